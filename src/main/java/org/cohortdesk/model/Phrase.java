package org.cohortdesk.model;

import java.util.List;

/**
 * Words to show in the reader's language, chosen where the language is not known: a message key
 * with its arguments, or text as the user typed it. A phrase given as an argument of a message
 * (a holiday's name in a conflict) is put in the same language as the message.
 */
public record Phrase(String key, List<Object> args, String text) {
    public Phrase {
        args = List.copyOf(args);
    }

    public static Phrase of(String key, Object... args) {
        return new Phrase(key, List.of(args), null);
    }

    /** Text shown as it is, in every language. */
    public static Phrase literal(String text) {
        return new Phrase(null, List.of(), text);
    }
}

package org.cohortdesk.model;

import java.util.List;
import java.util.Objects;

/**
 * A problem found in the user's data, as a value. {@code key} is a message key of the i18n bundles
 * (for example {@code rule.passport.expires_soon}); {@code args} fill its placeholders. The window
 * and the command line turn it into words in the user's language.
 */
public record Problem(Severity severity, String key, List<Object> args) {

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Problem error(String key, Object... args) {
        return new Problem(Severity.ERROR, key, List.of(args));
    }

    public static Problem warning(String key, Object... args) {
        return new Problem(Severity.WARNING, key, List.of(args));
    }
}

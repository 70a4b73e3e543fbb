package org.cohortdesk.service;

import java.text.Normalizer;

/** Text as typed into a form, made ready to store: trimmed, in NFC (so search and sorting see one spelling), blank as null. */
public final class Entered {
    private Entered() {}

    public static String text(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        return Normalizer.normalize(typed.strip(), Normalizer.Form.NFC);
    }
}

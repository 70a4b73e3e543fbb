package org.cohortdesk.model;

/** Courses have titles in Vietnamese, English and Lao; this picks the one to show. */
public final class Titles {
    private Titles() {}

    /**
     * The title for a language given by its tag ({@code vi}, {@code en}, {@code lo}): English for
     * any other tag, and English when the Lao title is missing (Lao is the one most often left blank).
     */
    public static String in(String languageTag, String vi, String en, String lo) {
        return switch (languageTag) {
            case "vi" -> vi;
            case "lo" -> lo != null && !lo.isBlank() ? lo : en;
            default -> en;
        };
    }
}

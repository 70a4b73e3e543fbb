package org.cohortdesk.service.spreadsheet;

/** A sheet name every spreadsheet accepts: at most 31 characters, none of {@code [ ] : * ? / \}, not blank. */
public final class SheetNames {
    private SheetNames() {}

    public static String safe(String name) {
        String cleaned = name == null ? "" : name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (cleaned.isEmpty()) {
            return "Sheet1";
        }
        return cleaned.codePointCount(0, cleaned.length()) <= 31 ? cleaned : cleaned.substring(0, cleaned.offsetByCodePoints(0, 31));
    }
}

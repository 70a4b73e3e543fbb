package org.cohortdesk.service.spreadsheet;

/** A spreadsheet's column letters, as problems name a column: 0 is A, 25 is Z, 26 is AA. */
public final class ColumnLetters {
    private ColumnLetters() {}

    public static String of(int index) {
        StringBuilder out = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            out.insert(0, (char) ('A' + i % 26));
        }
        return out.toString();
    }
}

package org.cohortdesk.service.spreadsheet;

/** Column widths fitted to the content, estimated from text lengths (no fonts are measured). */
final class ColumnWidths {
    static final int MIN = 6;
    static final int MAX = 60;
    /** Rows looked at: enough to fit a column, cheap for 100,000 rows. */
    private static final int SAMPLE = 2000;

    private ColumnWidths() {}

    /** Widths in characters, one per column: the longest header or cell, a little padding, between {@link #MIN} and {@link #MAX}. */
    static int[] of(Table table) {
        int[] widths = new int[table.columns().size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = length(table.columns().get(c).header());
        }
        int rows = Math.min(SAMPLE, table.rows().size());
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < widths.length; c++) {
                widths[c] = Math.max(widths[c], length(CellText.of(table.rows().get(r).get(c))));
            }
        }
        for (int c = 0; c < widths.length; c++) {
            widths[c] = Math.max(MIN, Math.min(MAX, widths[c] + 2));
        }
        return widths;
    }

    /** Characters as they take room: code points, less Lao and Vietnamese combining marks, which stack on their letter. */
    static int length(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int type = Character.getType(cp);
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK) {
                n++;
            }
            i += Character.charCount(cp);
        }
        return n;
    }
}

package org.cohortdesk.service.roster;

import java.util.ArrayList;
import java.util.List;

/**
 * Text copied from a spreadsheet (Excel, LibreOffice, Google Sheets): cells separated by tabs, rows
 * by CRLF, LF or CR (or another separator, for CSV). A cell holding a tab, a line break or a quote is wrapped in quotes with its
 * quotes doubled, as Excel writes it; a quote anywhere else is an ordinary character.
 */
public final class TabText {
    private TabText() {}

    /** The rows of {@code text}, each a list of its cells as written (not yet trimmed); a last empty line is dropped. */
    static List<List<String>> rows(String text) {
        return rows(text, '\t');
    }

    /**
     * As {@link #rows(String)} with another separator: CSV as Excel and LibreOffice write it (comma
     * or semicolon, quoted cells with doubled quotes, RFC 4180).
     */
    public static List<List<String>> rows(String text, char separator) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int i = 0;
        int n = text.length();
        boolean cellStart = true;
        while (i < n) {
            char c = text.charAt(i);
            if (cellStart && c == '"') {
                i = quoted(text, i + 1, cell);
                cellStart = false;
                continue;
            }
            cellStart = false;
            if (c == separator) {
                row.add(cell.toString());
                cell.setLength(0);
                cellStart = true;
            } else if (c == '\r' || c == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                cellStart = true;
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                cell.append(c);
            }
            i++;
        }
        if (!cellStart || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    /** Reads a quoted cell's text from just after its opening quote; returns where reading goes on. */
    private static int quoted(String text, int from, StringBuilder cell) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            cell.append(c);
            i++;
        }
        return i;
    }
}

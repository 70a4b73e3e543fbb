package org.cohortdesk.service.spreadsheet;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** A cell's value as text: what every format writes for text, and what CSV writes for every kind. */
public final class CellText {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private CellText() {}

    /**
     * Text that a spreadsheet would run as a formula (it starts with {@code = + - @}, a tab or a
     * carriage return) gets a single quote in front, as OWASP's CSV-injection guidance says, so it
     * is shown as typed and never run. Any other text is returned as it is.
     */
    public static String neutralised(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + text : text;
    }

    /** The text a CSV cell holds: dates day first, numbers as Java writes them, text neutralised; empty for null. */
    static String of(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate d) {
            return DATE.format(d);
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        return neutralised(value.toString());
    }
}

package org.cohortdesk.service.spreadsheet;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as RFC 4180 says (comma, CRLF, a field with a comma, quote or line break in quotes, quotes
 * doubled), in UTF-8 with a byte-order mark so that Excel reads Lao and Vietnamese right.
 * Dates are written day first; CSV has no frozen rows or widths.
 */
final class CsvWriter implements SpreadsheetWriter {
    @Override
    public void write(Table table, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write('\uFEFF');
        line(w, table.columns().stream().map(c -> (Object) c.header()).toList());
        for (List<Object> row : table.rows()) {
            line(w, row);
        }
        w.flush();
    }

    private static void line(Writer w, List<Object> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(field(CellText.of(values.get(i))));
        }
        w.write("\r\n");
    }

    static String field(String text) {
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}

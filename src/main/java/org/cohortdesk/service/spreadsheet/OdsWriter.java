package org.cohortdesk.service.spreadsheet;

import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import com.github.miachm.sods.Style;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * ODS through SODS, finished by {@link OdsFinish} (dates day first, header row frozen). SODS
 * builds the whole sheet in memory before it writes, so it is the slowest of the three formats;
 * a roster or everyone (~12,000 rows) is well within it.
 */
final class OdsWriter implements SpreadsheetWriter {
    /** Millimetres a character takes at the default font size. */
    private static final double MM_PER_CHAR = 2.1;
    /** SODS's names for its date style (made day first by {@link OdsFinish}) and its text style. */
    private static final String DATE_STYLE = "YYYY-MM-DD";
    private static final String TEXT_STYLE = "@";

    @Override
    public void write(Table table, OutputStream out) throws IOException {
        int columns = Math.max(1, table.columns().size());
        Sheet sheet = new Sheet(SheetNames.safe(table.name()), table.rows().size() + 1, columns);
        Object[][] values = new Object[table.rows().size() + 1][columns];
        Style[][] styles = new Style[table.rows().size() + 1][columns];
        Style header = new Style();
        header.setBold(true);
        Style[] kinds = new Style[columns];
        for (int c = 0; c < table.columns().size(); c++) {
            values[0][c] = table.columns().get(c).header();
            styles[0][c] = header;
            kinds[c] = dataStyle(table.columns().get(c).kind());
        }
        int r = 1;
        for (List<Object> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                Object value = row.get(c);
                values[r][c] = value instanceof String s ? CellText.neutralised(s) : value;
                styles[r][c] = kinds[c];
            }
            r++;
        }
        sheet.getDataRange().setValues(values);
        sheet.getDataRange().setStyles(styles);
        int[] widths = ColumnWidths.of(table);
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * MM_PER_CHAR);
        }
        SpreadSheet book = new SpreadSheet();
        book.appendSheet(sheet);
        ByteArrayOutputStream sods = new ByteArrayOutputStream();
        book.save(sods);
        OdsFinish.copy(sods.toByteArray(), sheet.getName(), out);
    }

    private static Style dataStyle(Table.CellKind kind) {
        Style style = new Style();
        if (kind != Table.CellKind.NUMBER) {
            style.setDataStyle(kind == Table.CellKind.DATE ? DATE_STYLE : TEXT_STYLE);
        }
        return style;
    }
}

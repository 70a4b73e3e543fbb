package org.cohortdesk.service.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** XLSX through fastexcel, which streams rows to the file (100,000 rows in little memory). */
final class XlsxWriter implements SpreadsheetWriter {
    static final String DATE_FORMAT = "dd/mm/yyyy";

    @Override
    public void write(Table table, OutputStream out) throws IOException {
        writeAll(List.of(table), out);
    }

    /** One workbook, a sheet per table in order, each named by its table (names must differ). */
    static void writeAll(List<Table> tables, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Cohort Desk", "1.0");
        for (Table table : tables) {
            sheet(workbook.newWorksheet(SheetNames.safe(table.name())), table);
        }
        workbook.finish();
    }

    private static void sheet(Worksheet ws, Table table) {
        List<Table.Column> columns = table.columns();
        int[] widths = ColumnWidths.of(table);
        for (int c = 0; c < columns.size(); c++) {
            ws.value(0, c, columns.get(c).header());
            ws.width(c, widths[c]);
        }
        if (!columns.isEmpty()) {
            ws.range(0, 0, 0, columns.size() - 1).style().bold().set();
        }
        ws.freezePane(0, 1);
        int r = 1;
        for (List<Object> row : table.rows()) {
            for (int c = 0; c < columns.size(); c++) {
                Object value = row.get(c);
                if (value instanceof LocalDate d) {
                    ws.value(r, c, d);
                    ws.style(r, c).format(DATE_FORMAT).set();
                } else if (value instanceof Number n) {
                    ws.value(r, c, n);
                } else if (value != null) {
                    ws.value(r, c, CellText.neutralised(value.toString()));
                }
            }
            r++;
        }
    }
}

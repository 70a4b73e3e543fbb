package org.cohortdesk.service.attendance;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * A sign-in workbook as a coordinator sends it back: every sheet of {@code from} copied cell by
 * cell as text (hidden sheets stay hidden) to {@code to}, with the cells of {@code written}
 * ("Monday 04-05!D3" to "P") set as if typed in.
 */
public final class SignInFill {
    private SignInFill() {}

    public static Path fill(Path from, Path to, Map<String, String> written) throws IOException {
        try (ReadableWorkbook in = new ReadableWorkbook(from.toFile()); OutputStream out = Files.newOutputStream(to)) {
            Workbook wb = new Workbook(out, "LibreOffice", "1.0");
            for (Sheet sheet : in.getSheets().toList()) {
                Worksheet ws = wb.newWorksheet(sheet.getName());
                if (sheet.getVisibility() != SheetVisibility.VISIBLE) {
                    ws.setVisibilityState(VisibilityState.HIDDEN);
                }
                List<Row> rows = new ArrayList<>();
                try (Stream<Row> stream = sheet.openStream()) {
                    stream.forEach(rows::add);
                }
                for (Row row : rows) {
                    for (int c = 0; c < row.getCellCount(); c++) {
                        Cell cell = row.getCell(c);
                        if (cell != null && cell.getText() != null && !cell.getText().isEmpty()) {
                            ws.value(row.getRowNum() - 1, c, cell.getText());
                        }
                    }
                }
                written.forEach((ref, value) -> {
                    int bang = ref.lastIndexOf('!');
                    if (ref.substring(0, bang).equals(sheet.getName())) {
                        String cell = ref.substring(bang + 1);
                        ws.value(Integer.parseInt(cell.substring(1)) - 1, cell.charAt(0) - 'A', value);
                    }
                });
            }
            wb.finish();
        }
        return to;
    }
}

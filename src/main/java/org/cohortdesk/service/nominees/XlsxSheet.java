package org.cohortdesk.service.nominees;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.ProblemException;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * Reads one sheet of an XLSX workbook with fastexcel-reader, streaming, values only: a formula
 * gives the value the spreadsheet saved with it, a date cell (a number with a date format) becomes
 * dd/MM/yyyy text, any other number its plain digits.
 */
final class XlsxSheet {
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** What is left of a number format once quoted text, [colours] and escapes are taken out. */
    private static final Pattern NOT_A_FORMAT_CODE = Pattern.compile("\"[^\"]*\"|\\[[^]]*]|\\\\.|_.|\\*.");
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);

    private XlsxSheet() {}

    /** The rows of the sheet named {@code sheetName}, or of the first sheet that is not hidden when it is null. */
    static SheetCells read(Path file, String sheetName) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
            Sheet sheet = SheetChoice.choose(workbook.getSheets().toList(), Sheet::getName, s -> s.getVisibility() != SheetVisibility.VISIBLE,
                    sheetName);
            LocalDate epoch = workbook.isDate1904() ? EPOCH_1904 : EPOCH_1900;
            SheetRows rows = new SheetRows();
            try (Stream<Row> stream = sheet.openStream()) {
                stream.forEach(row -> rows.add(row.getRowNum(), cells(row, epoch)));
            }
            return new SheetCells(sheet.getName(), rows.rows());
        } catch (ProblemException refused) {
            throw refused;
        } catch (IOException | RuntimeException e) {
            throw new ProblemException(Problem.error("error.nominees.unreadable", file.getFileName().toString()), e);
        }
    }

    /** The names of the sheets that are not hidden. */
    static List<String> visibleSheets(Path file) {
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
            return workbook.getSheets().filter(s -> s.getVisibility() == SheetVisibility.VISIBLE).map(Sheet::getName).toList();
        } catch (IOException | RuntimeException e) {
            throw new ProblemException(Problem.error("error.nominees.unreadable", file.getFileName().toString()), e);
        }
    }

    private static List<String> cells(Row row, LocalDate epoch) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < row.getCellCount(); c++) {
            Cell cell = row.getCell(c);
            out.add(cell == null ? "" : text(cell, epoch));
        }
        return out;
    }

    static String text(Cell cell, LocalDate epoch) {
        CellType type = cell.getType();
        String raw = cell.getRawValue();
        if (raw == null || type == CellType.EMPTY) {
            return "";
        }
        if (type == CellType.NUMBER || (type == CellType.FORMULA && isNumber(raw))) {
            BigDecimal number = new BigDecimal(raw);
            if (isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
                return epoch.plusDays(number.longValue()).format(DAY_FIRST);
            }
            return number.stripTrailingZeros().toPlainString();
        }
        if (type == CellType.BOOLEAN) {
            return "1".equals(raw) ? "TRUE" : "FALSE";
        }
        return type == CellType.STRING || type == CellType.FORMULA || type == CellType.ERROR ? cell.getText() : raw;
    }

    private static boolean isNumber(String raw) {
        try {
            new BigDecimal(raw);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Excel's built-in date formats (14 to 22, 45 to 47 are dates and times), or a custom format with days or years. */
    static boolean isDateFormat(Integer id, String format) {
        if (id != null && ((id >= 14 && id <= 17) || id == 22)) {
            return true;
        }
        if (format == null) {
            return false;
        }
        String code = NOT_A_FORMAT_CODE.matcher(format.toLowerCase(java.util.Locale.ROOT)).replaceAll("");
        return code.indexOf('d') >= 0 || code.indexOf('y') >= 0;
    }
}

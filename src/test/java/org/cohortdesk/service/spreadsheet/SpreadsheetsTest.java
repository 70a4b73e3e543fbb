package org.cohortdesk.service.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.miachm.sods.Range;
import com.github.miachm.sods.SpreadSheet;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.cohortdesk.service.spreadsheet.Table.CellKind;
import org.cohortdesk.service.spreadsheet.Table.Column;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each format read back by a real reader: values, date cells, text kept as text, Lao and Vietnamese, formulas neutralised. */
class SpreadsheetsTest {
    static final String LAO = "ສົມພອນ ແກ້ວມະນີ";
    static final String VI = "Nguyễn Thị Ánh, Học viện";
    static final LocalDate BORN = LocalDate.of(1985, 3, 7);

    @TempDir
    Path dir;

    static Table sample() {
        return new Table("LAO-2026-03", List.of(new Column("Tên (Lào)", CellKind.TEXT), new Column("Ngày sinh", CellKind.DATE),
                new Column("Hộ chiếu", CellKind.TEXT), new Column("Số", CellKind.NUMBER), new Column("Ghi chú", CellKind.TEXT)),
                List.of(Arrays.asList(LAO, BORN, "0012345", 3, "=HYPERLINK(\"http://x\")"),
                        Arrays.asList(VI, null, "P 007", 2.5, "say \"hi\"\r\nnext line"),
                        Arrays.asList("+856 20 555", null, "-1", null, "@SUM(A1)")));
    }

    @Test
    void xlsxHasTheHeaderDatesAsDateCellsTextAsTextAndNoFormula() throws IOException {
        Path file = dir.resolve("out.xlsx");
        Spreadsheets.write(sample(), SpreadsheetFormat.XLSX, file);
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false)); Stream<Row> rows = wb.getFirstSheet().openStream()) {
            assertEquals("LAO-2026-03", wb.getFirstSheet().getName());
            List<Row> all = rows.toList();
            assertEquals(4, all.size());
            assertEquals(List.of("Tên (Lào)", "Ngày sinh", "Hộ chiếu", "Số", "Ghi chú"), all.get(0).stream().map(Cell::getText).toList());
            Row first = all.get(1);
            assertEquals(LAO, first.getCellAsString(0).orElseThrow());
            Cell born = first.getCell(1);
            assertEquals(CellType.NUMBER, born.getType());
            assertEquals("dd/mm/yyyy", born.getDataFormatString());
            assertEquals(LocalDateTime.of(1985, 3, 7, 0, 0), born.asDate());
            assertEquals(CellType.STRING, first.getCell(2).getType());
            assertEquals("0012345", first.getCellText(2));
            assertEquals(new BigDecimal("3"), first.getCellAsNumber(3).orElseThrow().stripTrailingZeros());
            assertEquals("'=HYPERLINK(\"http://x\")", first.getCellText(4));
            assertEquals(CellType.STRING, first.getCell(4).getType());
            assertEquals(VI, all.get(2).getCellText(0));
            assertEquals(Optional.empty(), Optional.ofNullable(all.get(2).getCell(1)).filter(c -> c.getType() != CellType.EMPTY));
            assertEquals(List.of("'+856 20 555", "'-1", "'@SUM(A1)"),
                    List.of(all.get(3).getCellText(0), all.get(3).getCellText(2), all.get(3).getCellText(4)));
        }
    }

    @Test
    void xlsxFreezesTheHeaderAndFitsTheColumns() throws IOException {
        Path file = dir.resolve("out.xlsx");
        Spreadsheets.write(sample(), SpreadsheetFormat.XLSX, file);
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(file), left.toList(), "no temporary file left beside it");
        }
        String sheet = entry(file, "xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("state=\"frozen\""), sheet);
        assertTrue(sheet.contains("ySplit=\"1\""), sheet);
        assertTrue(sheet.contains("<col min=\"1\" max=\"1\""), sheet);
    }

    @Test
    void odsReadsBackWithDatesAsDatesAndTextAsText() throws IOException {
        Path file = dir.resolve("out.ods");
        Spreadsheets.write(sample(), SpreadsheetFormat.ODS, file);
        SpreadSheet book = new SpreadSheet(file.toFile());
        assertEquals("LAO-2026-03", book.getSheet(0).getName());
        Range range = book.getSheet(0).getDataRange();
        Object[][] v = range.getValues();
        assertArrayEquals(new Object[] {"Tên (Lào)", "Ngày sinh", "Hộ chiếu", "Số", "Ghi chú"}, v[0]);
        assertEquals(LAO, v[1][0]);
        assertEquals(BORN, v[1][1] instanceof LocalDateTime t ? t.toLocalDate() : v[1][1]);
        assertEquals("0012345", v[1][2]);
        assertEquals(3.0, ((Number) v[1][3]).doubleValue());
        assertEquals("'=HYPERLINK(\"http://x\")", v[1][4]);
        assertEquals(VI, v[2][0]);
        assertEquals("'+856 20 555", v[3][0]);
        assertEquals("'-1", v[3][2]);
        assertFalse(entry(file, "content.xml").contains("table:formula"));
    }

    @Test
    void odsShowsDatesDayFirstAndFreezesTheHeader() throws IOException {
        Path file = dir.resolve("out.ods");
        Spreadsheets.write(sample(), SpreadsheetFormat.ODS, file);
        String content = entry(file, "content.xml");
        assertTrue(content.contains(OdsFinish.DAY_FIRST), content);
        assertTrue(content.contains("style:data-style-name=\"datestyle\""), content);
        assertTrue(content.contains("office:date-value=\"1985-03-07"), content);
        assertFalse(content.contains("default-cell-style-name"), "a column default would show its numbers as dates");
        String settings = entry(file, "settings.xml");
        assertTrue(settings.contains("config:name=\"LAO-2026-03\"") && settings.contains("\"VerticalSplitPosition\" config:type=\"int\">1<"), settings);
        assertTrue(entry(file, "META-INF/manifest.xml").contains("\"settings.xml\""));
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(file.toFile())) {
            assertEquals("mimetype", z.entries().nextElement().getName());
        }
    }

    @Test
    void csvIsUtf8WithABomQuotedAsRfc4180AndNeutralised() throws IOException {
        Path file = dir.resolve("out.csv");
        Spreadsheets.write(sample(), SpreadsheetFormat.CSV, file);
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals("Tên (Lào),Ngày sinh,Hộ chiếu,Số,Ghi chú\r\n"
                + LAO + ",07/03/1985,0012345,3,\"'=HYPERLINK(\"\"http://x\"\")\"\r\n"
                + "\"" + VI + "\",,P 007,2.5,\"say \"\"hi\"\"\r\nnext line\"\r\n"
                + "'+856 20 555,,'-1,,'@SUM(A1)\r\n", text);
    }

    @Test
    void everyFormulaStartIsNeutralisedAndOtherTextIsLeftAlone() {
        for (String s : List.of("=1+1", "+1", "-1", "@x", "\tx", "\rx")) {
            assertEquals("'" + s, CellText.neutralised(s));
        }
        for (String s : List.of("", "0012", "a=b", " =1", LAO, VI)) {
            assertEquals(s, CellText.neutralised(s));
        }
    }

    @Test
    void widthsFollowTheLongestCellAndCountStackedMarksOnce() {
        int[] w = ColumnWidths.of(sample());
        assertEquals(ColumnWidths.length(VI) + 2, w[0]);
        assertEquals(12, w[1]);
        assertEquals(ColumnWidths.MIN, ColumnWidths.of(new Table("x", List.of(new Column("a", CellKind.TEXT)), List.of())) [0]);
        assertEquals(1, ColumnWidths.length("ກີ່"), "ກ with a vowel and a tone mark stacked on it");
    }

    @Test
    void theFormatComesFromItsNameOrTheFileExtension() {
        assertEquals(Optional.of(SpreadsheetFormat.ODS), SpreadsheetFormat.named("ODS"));
        assertEquals(Optional.of(SpreadsheetFormat.XLSX), SpreadsheetFormat.ofFile(Path.of("a/roster.XLSX")));
        assertEquals(Optional.empty(), SpreadsheetFormat.ofFile(Path.of("roster")));
        assertEquals(Optional.empty(), SpreadsheetFormat.named("xls"));
    }

    @Test
    void anUnwritableFileFailsAndLeavesNothing() {
        Path missing = dir.resolve("no-such-folder/out.xlsx");
        assertThrows(IOException.class, () -> Spreadsheets.write(sample(), SpreadsheetFormat.XLSX, missing));
        assertFalse(Files.exists(missing.getParent()));
    }

    static String entry(Path zip, String name) throws IOException {
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(zip.toFile()); InputStream in = z.getInputStream(z.getEntry(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

package org.cohortdesk.cli;

import static org.cohortdesk.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cohortdesk.cli.CommandLineTest.Result;
import org.cohortdesk.service.pdf.PdfReadBack;
import org.cohortdesk.service.report.ReportFixture;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.LegacyH2;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report annual}: the workbook and the PDF read back, figure by figure, and one clear line for each bad argument. */
class ReportCommandTest {
    @TempDir
    static Path dir;
    static String data;

    @BeforeAll
    static void workspace() {
        data = dir.resolve("data").toString();
        try (Database db = Database.open(new DataFolder(dir.resolve("data")), LegacyH2.none())) {
            ReportFixture.insert(db.jdbi());
        }
    }

    @Test
    void writesTheAnnualReportAsAWorkbookASheetPerTableWithTheYearsFigures() throws IOException {
        Path xlsx = dir.resolve("annual.xlsx");
        Result r = run("report", "annual", "--year", "2025", "--out", xlsx.toString(), "--data", data, "--lang", "en");
        assertEquals(0, r.code(), r.err());
        assertEquals("Annual report 2025 written to " + xlsx.toAbsolutePath() + ": 6 trainees in 2 cohorts.", r.out().strip());
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertEquals(List.of("Summary", "By year", "By field", "By sending partner", "By country", "By province", "Agreements"),
                    sheets.stream().map(Sheet::getName).toList());
            List<Row> summary = rows(sheets.get(0));
            assertEquals(List.of("Figure", "Value"), List.of(summary.get(0).getCellText(0), summary.get(0).getCellText(1)));
            assertEquals("2025", value(summary, "Year"));
            assertEquals("2", value(summary, "Cohorts"));
            assertEquals("6", value(summary, "Trainees"));
            assertEquals("5", value(summary, "People"));
            assertEquals("3", value(summary, "Women"));
            assertEquals("2", value(summary, "Men"));
            assertEquals("1", value(summary, "Sex not on file"));
            assertEquals(0, new BigDecimal("60").compareTo(new BigDecimal(value(summary, "Attendance rate (%)"))));
            assertEquals(0, new BigDecimal("83.3").compareTo(new BigDecimal(value(summary, "Completion rate (%)"))));

            List<Row> fields = rows(sheets.get(2));
            assertEquals(List.of("Field", "Cohorts", "Trainees", "Women", "Men"), texts(fields.get(0)));
            assertEquals(List.of("Archives and records", "1", "3", "1", "1"), texts(fields.get(1)), "as many trainees: by field");
            assertEquals(List.of("State organisation", "1", "3", "2", "1"), texts(fields.get(2)));
            assertEquals(List.of("Total", "2", "6", "3", "2"), texts(fields.get(3)));
            List<Row> countries = rows(sheets.get(4));
            assertTrue(countries.stream().anyMatch(row -> texts(row).equals(List.of("Cambodia", "1", "3", "1", "1"))));
            List<Row> agreements = rows(sheets.get(6));
            assertEquals(List.of("Annual plan 2025", ReportFixture.MOHA, "Annual plan"), texts(agreements.get(1)).subList(0, 3));
            assertEquals(List.of("3", "1", "60", "4"), texts(agreements.get(1)).subList(5, 9));
        }
    }

    @Test
    void writesThePdfInLaoWithTheFormatFromTheExtension() throws IOException {
        Path pdf = dir.resolve("annual-lo.pdf");
        Result r = run("report", "annual", "--year", "2025", "--out", pdf.toString(), "--data", data, "--lang", "lo", "--academy",
                "Học viện Hành chính và Quản trị công");
        assertEquals(0, r.code(), r.err());
        PdfReadBack read = PdfReadBack.of(pdf);
        String text = read.text();
        assertFalse(read.landscape(0), "A4 upright");
        assertTrue(text.contains("Học viện Hành chính và Quản trị công"), text);
        assertTrue(text.contains("ລາຍງານປະຈຳປີ 2025"), text);
        assertTrue(text.contains("ຕາມຂົງເຂດວິຊາ"), text);
        assertTrue(text.contains("Vientiane 2 3 2 1"), text);
        assertTrue(text.contains("60,0 %") || text.contains("60.0 %"), text);
        assertTrue(read.embeddedFonts().stream().anyMatch(f -> f.startsWith("NotoSansLao")), read.embeddedFonts().toString());
    }

    @Test
    void refusesABadYearFormatOrFolderWithOneClearLine() {
        Path out = dir.resolve("x.xlsx");
        Result year = run("report", "annual", "--year", "20256", "--out", out.toString(), "--data", data, "--lang", "en");
        assertEquals(2, year.code());
        assertEquals("The year 20256 is out of range: choose a year from 1900 to 2200.", year.err().strip());
        Result format = run("report", "annual", "--year", "2025", "--out", dir.resolve("x.doc").toString(), "--data", data, "--lang", "en");
        assertEquals(2, format.code());
        assertTrue(format.err().contains("does not end in .pdf or .xlsx"), format.err());
        Result folder = run("report", "annual", "--year", "2025", "--out", dir.resolve("no/such/x.pdf").toString(), "--data", data, "--lang", "en");
        assertEquals(1, folder.code());
        assertTrue(folder.err().startsWith("Cannot write"), folder.err());
        assertFalse(Files.exists(out));
        assertEquals(2, run("report", "--data", data).code(), "no subcommand is a usage error");
    }

    private static List<Row> rows(Sheet sheet) throws IOException {
        try (Stream<Row> rows = sheet.openStream()) {
            return rows.toList();
        }
    }

    private static List<String> texts(Row row) {
        return java.util.stream.IntStream.range(0, row.getCellCount()).mapToObj(row::getCellText).toList();
    }

    private static String value(List<Row> summary, String figure) {
        return summary.stream().filter(r -> figure.equals(r.getCellText(0))).findFirst().orElseThrow().getCellText(1);
    }
}

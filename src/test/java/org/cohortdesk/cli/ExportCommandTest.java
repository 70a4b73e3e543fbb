package org.cohortdesk.cli;

import static org.cohortdesk.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cohortdesk.cli.CommandLineTest.Result;
import org.cohortdesk.service.pdf.PdfReadBack;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export roster}, {@code export people} and {@code export signin}: the files they write, and one clear line for each bad argument. */
class ExportCommandTest {
    @TempDir
    static Path dir;
    static String data;
    static String code;
    static int size;

    @BeforeAll
    static void sample() {
        data = dir.resolve("data").toString();
        assertEquals(0, run("demo", "--data", data, "--years", "1", "--seed", "3").code());
        List<String> cohorts = run("cohorts", "--data", data).lines();
        code = cohorts.get(1).split("\t")[0];
        size = run("roster", "--cohort", code, "--data", data).lines().size() - 1;
    }

    @Test
    void exportsARosterInEachFormatWithTheFormatFromTheExtension() throws IOException {
        Path xlsx = dir.resolve("roster.xlsx");
        Result r = run("export", "roster", "--cohort", code, "--out", xlsx.toString(), "--data", data, "--lang", "vi");
        assertEquals(0, r.code(), r.err());
        assertEquals("Đã ghi " + size + " dòng vào " + xlsx.toAbsolutePath() + ".", r.out().strip());
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile()); Stream<Row> rows = wb.getFirstSheet().openStream()) {
            List<Row> all = rows.toList();
            assertEquals(size + 1, all.size());
            assertEquals("STT", all.get(0).getCellText(0));
            assertEquals(code, wb.getFirstSheet().getName());
        }
        Path ods = dir.resolve("visa.ods");
        assertEquals(0, run("export", "roster", "--cohort", code, "--template", "VISA", "--out", ods.toString(), "--data", data).code());
        assertTrue(Files.size(ods) > 0);
        Path csv = dir.resolve("catering.txt");
        Result c = run("export", "roster", "--cohort", code, "--template", "catering", "--format", "csv", "--out", csv.toString(),
                "--data", data, "--lang", "en");
        assertEquals(0, c.code(), c.err());
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFNo.,Name (Lao),Name (Latin),Diet,Health\r\n"), text);
    }

    @Test
    void exportsEveryoneOneRowAPerson() throws IOException {
        int people = run("people", "find", "a", "--data", data).lines().size() - 1;
        Path xlsx = dir.resolve("everyone.xlsx");
        Result r = run("export", "people", "--format", "xlsx", "--out", xlsx.toString(), "--data", data);
        assertEquals(0, r.code(), r.err());
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile()); Stream<Row> rows = wb.getFirstSheet().openStream()) {
            assertTrue(rows.count() - 1 >= people);
        }
    }

    @Test
    void exportsTheCohortListOneRowACohortAsTheCohortsCommandListsThem() throws IOException {
        List<String> listed = run("cohorts", "--data", data).lines().stream().skip(1).map(l -> l.split("\t")[0]).toList();
        Path csv = dir.resolve("cohorts.csv");
        Result r = run("export", "cohorts", "--out", csv.toString(), "--data", data, "--lang", "en");
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("\uFEFFCode,Course,Partner,Country,Start,End,Trainees,Planned size,Status", lines.get(0));
        assertEquals(listed, lines.stream().skip(1).map(l -> l.split(",")[0]).toList());
    }

    @Test
    void badArgumentsGetOneClearLine() {
        Path out = dir.resolve("x.xlsx");
        String x = out.toString();
        refused(2, "Unknown template menu: choose one of full, visa, catering, accommodation, embassy.",
                "roster", "--cohort", code, "--template", "menu", "--out", x);
        refused(2, "Unknown format xls: choose xlsx, ods or csv.", "people", "--format", "xls", "--out", x);
        Path noExtension = dir.resolve("everyone");
        refused(2, "Which format? " + noExtension + " does not end in .xlsx, .ods or .csv: add --format xlsx, ods or csv.",
                "people", "--out", noExtension.toString());
        refused(1, "There is no cohort with the code NOPE-1.", "roster", "--cohort", "NOPE-1", "--out", x);
        Path nowhere = dir.resolve("no-such-folder/x.xlsx");
        refused(1, "Cannot write " + nowhere.toAbsolutePath() + ": its folder does not exist or may not be written to.",
                "people", "--out", nowhere.toString());
        assertFalse(Files.exists(out));

        assertEquals(2, run("export", "--data", data).code());
        assertEquals(2, run("export", "roster", "--out", x, "--data", data).code(), "no --cohort");
    }

    private static void refused(int code, String line, String... args) {
        List<String> all = new ArrayList<>(List.of("export"));
        all.addAll(List.of(args));
        all.addAll(List.of("--data", data, "--lang", "en"));
        Result r = run(all.toArray(String[]::new));
        assertEquals(code, r.code(), r.err());
        assertEquals(line, r.err().strip());
        assertEquals("", r.out());
    }

    @Test
    void writesTheSignInSheetsOfAWeekOneSheetADay() throws IOException {
        Path xlsx = dir.resolve("signin.xlsx");
        Result r = run("export", "signin", "--cohort", code, "--week", "1", "--out", xlsx.toString(), "--data", data, "--lang", "en");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().strip().startsWith("Sign-in sheets for week 1 written to " + xlsx.toAbsolutePath() + ": "), r.out());
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
            List<org.dhatim.fastexcel.reader.Sheet> sheets = wb.getSheets()
                    .filter(s -> s.getVisibility() == org.dhatim.fastexcel.reader.SheetVisibility.VISIBLE).toList();
            assertTrue(!sheets.isEmpty() && sheets.size() <= 7, "sheets: " + sheets.size());
            try (Stream<Row> rows = sheets.get(0).openStream()) {
                List<Row> all = rows.toList();
                assertEquals(List.of("No.", "Name (Lao)", "Name (Latin)"),
                        List.of(all.get(1).getCellText(0), all.get(1).getCellText(1), all.get(1).getCellText(2)));
                assertTrue(all.get(1).getCellText(3).matches("\\d\\d:\\d\\d–\\d\\d:\\d\\d .+"), all.get(1).getCellText(3));
                assertTrue(all.size() - 2 <= size, "at most the roster, without the withdrawn");
            }
        }
    }

    @Test
    void writesTheSignInSheetsAsPdfOnePagePerSessionWhenAsked() throws IOException {
        Path pdf = dir.resolve("signin.pdf");
        Result days = run("export", "signin", "--cohort", code, "--week", "1", "--out", pdf.toString(), "--data", data, "--lang", "lo");
        assertEquals(0, days.code(), days.err());
        PdfReadBack perDay = PdfReadBack.of(pdf);
        assertTrue(perDay.text().contains("ຊື່ (ພາສາລາວ)"), perDay.text());
        assertTrue(perDay.text().contains(code + " · "), perDay.text());

        Result sessions = run("export", "signin", "--cohort", code, "--week", "1", "--per", "session", "--format", "PDF",
                "--out", pdf.toString(), "--data", data, "--lang", "en");
        assertEquals(0, sessions.code(), sessions.err());
        String said = sessions.out().strip();
        assertTrue(said.matches("Sign-in sheets for week 1 written to .*signin\\.pdf: \\d+ sessions?, \\d+ trainees?\\."), said);
        int count = Integer.parseInt(said.replaceAll(".*: (\\d+) sessions?.*", "$1"));
        PdfReadBack perSession = PdfReadBack.of(pdf);
        assertTrue(perSession.pages().size() >= count, perSession.pages().size() + " pages for " + count + " sessions");
        assertTrue(perSession.pages().size() > perDay.pages().size(), "more pages per session than per day");
        assertTrue(perSession.pages().stream().allMatch(p -> p.contains("Name (Latin)")), "every page has its header");
    }

    @Test
    void writesTheTimetableAWeekASheetOrPage() throws IOException {
        Path xlsx = dir.resolve("timetable.xlsx");
        Result all = run("export", "timetable", "--cohort", code, "--out", xlsx.toString(), "--data", data, "--lang", "en");
        assertEquals(0, all.code(), all.err());
        assertTrue(all.out().strip().matches("Timetable written to .*timetable\\.xlsx: \\d+ weeks?, \\d+ sessions?\\."), all.out());
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
            List<org.dhatim.fastexcel.reader.Sheet> sheets = wb.getSheets().toList();
            assertTrue(sheets.get(0).getName().matches("Week \\d+"), sheets.get(0).getName());
            try (Stream<Row> rows = sheets.get(0).openStream()) {
                List<Row> first = rows.toList();
                assertTrue(first.get(1).getCellText(1).startsWith("Monday "), first.get(1).getCellText(1));
                assertEquals("Morning", first.get(2).getCellText(0));
            }
        }
        Path pdf = dir.resolve("timetable.pdf");
        Result one = run("export", "timetable", "--cohort", code, "--week", "1", "--out", pdf.toString(), "--data", data, "--lang", "vi");
        assertEquals(0, one.code(), one.err());
        PdfReadBack read = PdfReadBack.of(pdf);
        assertEquals(1, read.pages().size());
        assertTrue(read.text().contains("Thời khóa biểu, tuần 1"), read.text());

        refused(2, "Unknown format csv: choose pdf or xlsx.", "timetable", "--cohort", code, "--format", "csv", "--out", pdf.toString());
        Result outside = run("export", "timetable", "--cohort", code, "--week", "99", "--out", pdf.toString(), "--data", data);
        assertEquals(2, outside.code(), outside.err());
    }

    @Test
    void signInSheetsRefuseABadWeekOrFormatWithOneLine() {
        Path out = dir.resolve("week.xlsx");
        String x = out.toString();
        Result zero = run("export", "signin", "--cohort", code, "--week", "0", "--out", x, "--data", data, "--lang", "en");
        assertEquals(2, zero.code(), zero.err());
        assertTrue(zero.err().strip().matches("Week 0 is outside the course of " + code + ": choose a week from 1 to \\d+\\."), zero.err());
        assertEquals(2, run("export", "signin", "--cohort", code, "--week", "99", "--out", x, "--data", data).code());
        refused(2, "Unknown format ods: choose pdf or xlsx.", "signin", "--cohort", code, "--week", "1", "--format", "ods", "--out", x);
        Path noExtension = dir.resolve("week1");
        refused(2, "Which format? " + noExtension + " does not end in .pdf or .xlsx: add --format pdf or xlsx.",
                "signin", "--cohort", code, "--week", "1", "--out", noExtension.toString());
        refused(2, "Unknown --per hour: choose day or session.", "signin", "--cohort", code, "--week", "1", "--per", "hour", "--out", x);
        refused(1, "There is no cohort with the code NOPE-1.", "signin", "--cohort", "NOPE-1", "--week", "1", "--out", x);
        assertEquals(2, run("export", "signin", "--cohort", code, "--out", x, "--data", data).code(), "no --week");
        assertFalse(Files.exists(out));
    }
}

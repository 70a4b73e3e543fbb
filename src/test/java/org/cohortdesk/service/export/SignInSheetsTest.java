package org.cohortdesk.service.export;

import static org.cohortdesk.service.person.PeopleFixture.enrollment;
import static org.cohortdesk.service.person.PeopleFixture.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.model.Session;
import org.cohortdesk.model.SessionKind;
import org.cohortdesk.service.pdf.PdfReadBack;
import org.cohortdesk.service.roster.RosterService;
import org.cohortdesk.store.TestDatabases;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.TestData;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sign-in sheets of a week from a real cohort: one sheet per day with sessions, the trainees who did not withdraw. */
class SignInSheetsTest {
    static final String CODE = "LAO-2026-05";

    @TempDir
    Path dir;
    Database db;
    SignInSheets sheets;
    Cohort cohort;

    @BeforeEach
    void cohortWithSessions() {
        db = TestDatabases.open(dir);
        TestData data = new TestData().insertBasics(db.jdbi());
        // Wednesday 6 May 2026: week 1 runs from Monday 4 May; the course ends on Friday 26 June, in week 8.
        cohort = data.cohort(CODE, LocalDate.of(2026, 5, 6), LocalDate.of(2026, 6, 26));
        Person vilay = person("Vilay Inthavong", "ວິໄລ ອິນທະວົງ", LocalDate.of(1986, 3, 3), null, null, "MoHA");
        Person anh = person("Nguyễn Thị Ánh", null, LocalDate.of(1990, 1, 1), null, null, "Học viện");
        Person gone = person("Bounmy Vongsa", "ບຸນມີ ວົງສາ", LocalDate.of(1979, 1, 1), null, null, "MoHA");
        db.jdbi().useTransaction(h -> {
            Tables.COHORTS.insert(h, cohort);
            Tables.PEOPLE.insertAll(h, List.of(vilay, anh, gone));
            Tables.ENROLLMENTS.insertAll(h, List.of(enrollment(cohort.id(), vilay.id(), EnrollmentStatus.CONFIRMED),
                    enrollment(cohort.id(), anh.id(), EnrollmentStatus.NOMINATED),
                    enrollment(cohort.id(), gone.id(), EnrollmentStatus.WITHDRAWN)));
            Tables.SESSIONS.insertAll(h, List.of(
                    session(cohort, "Khai giảng", LocalDateTime.of(2026, 5, 6, 8, 0), LocalDateTime.of(2026, 5, 6, 11, 30)),
                    session(cohort, "Tổ chức bộ máy", LocalDateTime.of(2026, 5, 6, 13, 30), LocalDateTime.of(2026, 5, 6, 16, 30)),
                    session(cohort, "ການຄຸ້ມຄອງລັດ", LocalDateTime.of(2026, 5, 8, 8, 0), LocalDateTime.of(2026, 5, 8, 11, 30)),
                    session(cohort, "Next week", LocalDateTime.of(2026, 5, 11, 8, 0), LocalDateTime.of(2026, 5, 11, 11, 30))));
        });
        sheets = new SignInSheets(db.jdbi(), new RosterService(db.jdbi()));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Session session(Cohort c, String title, LocalDateTime start, LocalDateTime end) {
        return new Session(UUID.randomUUID(), c.id(), null, SessionKind.LECTURE, title, start, end, null, null, TestData.NOW, TestData.NOW, 0);
    }

    @Test
    void writesOneSheetPerDayWithSessionsAndLeavesTheWithdrawnOut() throws IOException {
        Localization vi = new Localization(Language.VI);
        SignInSheets.Week week = sheets.week(CODE, 1, vi);
        assertEquals(LocalDate.of(2026, 5, 4), week.monday());
        Path file = dir.resolve("signin.xlsx");
        sheets.write(week, vi, file);
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            List<Sheet> all = wb.getSheets().filter(s -> s.getVisibility() == SheetVisibility.VISIBLE).toList();
            assertEquals(List.of("Thứ Tư 06-05", "Thứ Sáu 08-05"), all.stream().map(Sheet::getName).toList());
            assertEquals(List.of(SignInSheets.KEY_SHEET),
                    wb.getSheets().filter(s -> s.getVisibility() == SheetVisibility.HIDDEN).map(Sheet::getName).toList(),
                    "the key an import reads the sheets back with, hidden");
            List<Row> wednesday = rows(all.get(0));
            assertEquals("LAO-2026-05 · Quản lý nhà nước về tổ chức bộ máy · Danh sách ký tên, Thứ Tư ngày 06/05/2026",
                    wednesday.get(0).getCellText(0));
            assertEquals(List.of("STT", "Họ tên (chữ Lào)", "Họ tên (Latinh)", "08:00–11:30 Khai giảng", "13:30–16:30 Tổ chức bộ máy"),
                    texts(wednesday.get(1), 5));
            assertEquals(4, wednesday.size(), "title, header, two trainees");
            assertEquals(List.of("1", "", "Nguyễn Thị Ánh", "", ""), texts(wednesday.get(2), 5));
            assertEquals(List.of("2", "ວິໄລ ອິນທະວົງ", "Vilay Inthavong", "", ""), texts(wednesday.get(3), 5));
            List<Row> friday = rows(all.get(1));
            assertEquals(List.of("STT", "Họ tên (chữ Lào)", "Họ tên (Latinh)", "08:00–11:30 ການຄຸ້ມຄອງລັດ"), texts(friday.get(1), 4));
            assertTrue(friday.stream().noneMatch(r -> texts(r, 3).contains("Bounmy Vongsa")));
        }
    }

    @Test
    void printsEachDayOnOneA4LandscapePage() throws IOException {
        Localization en = new Localization(Language.EN);
        Path file = dir.resolve("signin.xlsx");
        sheets.write(sheets.week(CODE, 1, en), en, file);
        String xml = entry(file, "xl/worksheets/sheet1.xml");
        assertTrue(xml.contains("orientation=\"landscape\""), xml);
        assertTrue(xml.contains("paperSize=\"9\""), xml);
        assertTrue(xml.contains("fitToPage=\"true\""), xml);
        assertTrue(xml.contains("fitToWidth=\"1\""), xml);
        assertTrue(xml.contains("ht=\"28"), "signing rows are tall: " + xml);
        assertTrue(entry(file, "xl/workbook.xml").contains("_xlnm.Print_Titles"), "title and header repeated on every printed page");
        assertEquals("Wednesday 06-05", SignInSheets.sheetName(LocalDate.of(2026, 5, 6), en));
    }

    @Test
    void writesAPdfPagePerDayInLaoWithShapedNamesAndTheWithdrawnLeftOut() throws IOException {
        Localization lo = new Localization(Language.LO);
        enrol(List.of(person("Kingkeo Namsai", "ກິ່ງແກ້ວ ນ້ຳໃສ", LocalDate.of(1988, 8, 8), null, null, "MoHA")));
        SignInSheets.Week week = sheets.week(CODE, 1, lo);
        Path file = dir.resolve("signin.pdf");
        sheets.write(week, SignInSheets.Per.DAY, PrintFormat.PDF, lo, file);

        PdfReadBack pdf = PdfReadBack.of(file);
        assertEquals(2, pdf.pages().size(), "Wednesday and Friday");
        assertTrue(pdf.landscape(0) && pdf.landscape(1));
        String wednesday = pdf.pages().get(0);
        for (String expected : List.of("LAO-2026-05 · " + week.courseTitle() + " · ໃບລົງລາຍເຊັນ, ວັນພຸດ ວັນທີ 06/05/2026",
                "ລ/ດ", "ຊື່ (ພາສາລາວ)", "ຊື່ (ອັກສອນລາຕິນ)", "08:00–11:30 Khai giảng", "13:30–16:30 Tổ chức bộ máy",
                "ກິ່ງແກ້ວ ນ້ຳໃສ", "Kingkeo Namsai", "ວິໄລ ອິນທະວົງ", "Vilay Inthavong", "Nguyễn Thị Ánh")) {
            assertTrue(wednesday.contains(expected), expected + " in:\n" + wednesday);
        }
        assertTrue(pdf.pages().get(1).contains("ວັນສຸກ ວັນທີ 08/05/2026") && pdf.pages().get(1).contains("08:00–11:30 ການຄຸ້ມຄອງລັດ"),
                pdf.pages().get(1));
        assertFalse(pdf.text().contains("Bounmy") || pdf.text().contains("ບຸນມີ"), "withdrawn");
        assertTrue(pdf.embeddedFonts().containsAll(List.of("NotoSans-Regular", "NotoSans-Bold", "NotoSansLao-Regular", "NotoSansLao-Bold")),
                pdf.embeddedFonts().toString());
    }

    @Test
    void repeatsTheTitleAndHeaderWhenTheTraineesOverflowAPage() throws IOException {
        enrol(IntStream.rangeClosed(1, 40)
                .mapToObj(i -> person("Trainee " + i, "ນັກຮຽນ " + i, LocalDate.of(1980, 1, 1), null, null, "MoHA")).toList());
        Localization en = new Localization(Language.EN);
        Path file = dir.resolve("signin.pdf");
        sheets.write(sheets.week(CODE, 1, en), SignInSheets.Per.DAY, PrintFormat.PDF, en, file);

        List<String> pages = PdfReadBack.of(file).pages();
        assertTrue(pages.size() >= 4, "42 trainees take two pages a day: " + pages.size());
        for (String page : pages) {
            assertTrue(page.contains("Sign-in sheet, ") && page.contains("Name (Latin)"), page);
        }
        assertTrue(pages.get(0).contains("Trainee 1\n") || pages.get(0).contains("Trainee 1 "), pages.get(0));
        assertFalse(pages.get(0).contains("Trainee 40"), "the last trainee is on the next page");
        assertTrue(pages.get(1).contains("Trainee 40") && pages.get(1).contains("Wednesday"), pages.get(1));
    }

    @Test
    void writesASheetPerSessionWhenAsked() throws IOException {
        Localization vi = new Localization(Language.VI);
        Path file = dir.resolve("sessions.xlsx");
        sheets.write(sheets.week(CODE, 1, vi), SignInSheets.Per.SESSION, PrintFormat.XLSX, vi, file);
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            List<Sheet> all = wb.getSheets().filter(s -> s.getVisibility() == SheetVisibility.VISIBLE).toList();
            assertEquals(List.of("Thứ Tư 06-05 08h00", "Thứ Tư 06-05 13h30", "Thứ Sáu 08-05 08h00"), all.stream().map(Sheet::getName).toList());
            List<Row> afternoon = rows(all.get(1));
            assertEquals(List.of("STT", "Họ tên (chữ Lào)", "Họ tên (Latinh)", "13:30–16:30 Tổ chức bộ máy", ""), texts(afternoon.get(1), 5));
        }
    }

    private void enrol(List<Person> people) {
        db.jdbi().useTransaction(h -> {
            Tables.PEOPLE.insertAll(h, people);
            Tables.ENROLLMENTS.insertAll(h, people.stream().map(p -> enrollment(cohort.id(), p.id(), EnrollmentStatus.ARRIVED)).toList());
        });
    }

    private static String entry(Path file, String name) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void offersTheWeekHoldingTodayWhileTheCourseRuns() {
        assertEquals(8, SignInSheets.weeks(cohort).size());
        assertEquals(new SignInSheets.WeekSpan(2, LocalDate.of(2026, 5, 11)), SignInSheets.weeks(cohort).get(1));
        assertEquals(LocalDate.of(2026, 5, 17), SignInSheets.weeks(cohort).get(1).sunday());
        assertEquals(1, SignInSheets.currentWeek(cohort, LocalDate.of(2026, 5, 1)), "before the course");
        assertEquals(1, SignInSheets.currentWeek(cohort, LocalDate.of(2026, 5, 6)));
        assertEquals(2, SignInSheets.currentWeek(cohort, LocalDate.of(2026, 5, 17)));
        assertEquals(8, SignInSheets.currentWeek(cohort, LocalDate.of(2026, 6, 26)), "its last day");
        assertEquals(1, SignInSheets.currentWeek(cohort, LocalDate.of(2026, 6, 27)), "after the course");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 9})
    void refusesAWeekOutsideTheCourse(int number) {
        ProblemException refused = assertThrows(ProblemException.class, () -> sheets.week(CODE, number, new Localization(Language.EN)));
        assertEquals("error.signin.week_range", refused.problem().key());
        assertEquals("Week " + number + " is outside the course of LAO-2026-05: choose a week from 1 to 8.",
                new Localization(Language.EN).tr(refused.problem()));
    }

    @Test
    void refusesAWeekWithoutSessionsAndWritesNothing() {
        Localization en = new Localization(Language.EN);
        ProblemException refused = assertThrows(ProblemException.class, () -> sheets.week(CODE, 8, en));
        assertEquals("Week 8 of LAO-2026-05 (22/06/2026 to 28/06/2026) has no sessions; nothing was written.", en.tr(refused.problem()));
        assertEquals("error.cohort.unknown", assertThrows(ProblemException.class, () -> sheets.week("NOPE-1", 1, en)).problem().key());
        assertTrue(Files.notExists(dir.resolve("signin.xlsx")));
    }

    private static List<Row> rows(Sheet sheet) throws IOException {
        try (Stream<Row> rows = sheet.openStream()) {
            return rows.toList();
        }
    }

    private static List<String> texts(Row row, int columns) {
        return IntStream.range(0, columns).mapToObj(c -> {
            String text = row.getCellText(c);
            return text == null ? "" : text;
        }).toList();
    }
}

package org.cohortdesk.service.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Cohort;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cohort's timetable as weekly grids: days as columns, morning and afternoon as rows, a sheet or page per week. */
class TimetablesTest {
    static final String CODE = "LAO-2026-06";

    @TempDir
    Path dir;
    Database db;
    Timetables timetables;

    @BeforeEach
    void cohortWithSessions() {
        db = TestDatabases.open(dir);
        TestData data = new TestData().insertBasics(db.jdbi());
        // Monday 4 May to Friday 29 May 2026: four weeks; the second has no sessions, the third a visit on Sunday 24 May.
        Cohort cohort = data.cohort(CODE, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 29));
        db.jdbi().useTransaction(h -> {
            Tables.COHORTS.insert(h, cohort);
            Tables.SESSIONS.insertAll(h, List.of(
                    session(cohort, SessionKind.CEREMONY, "Khai giảng", "Hội trường A", LocalDateTime.of(2026, 5, 4, 8, 0), 2),
                    session(cohort, SessionKind.LECTURE, "ການຄຸ້ມຄອງລັດ", "A2-301", LocalDateTime.of(2026, 5, 4, 13, 30), 3),
                    session(cohort, SessionKind.EXAM, "Kiểm tra", null, LocalDateTime.of(2026, 5, 8, 14, 0), 2),
                    session(cohort, SessionKind.STUDY_VISIT, "Văn phòng Chính phủ", "Hà Nội", LocalDateTime.of(2026, 5, 24, 8, 30), 3)));
        });
        timetables = new Timetables(db.jdbi(), new RosterService(db.jdbi()));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Session session(Cohort c, SessionKind kind, String title, String where, LocalDateTime start, int hours) {
        return new Session(UUID.randomUUID(), c.id(), null, kind, title, start, start.plusHours(hours), where, null, TestData.NOW, TestData.NOW, 0);
    }

    @Test
    void writesASheetPerWeekWithSessionsDaysAsColumnsAndPartsOfTheDayAsRows() throws IOException {
        Localization vi = new Localization(Language.VI);
        Timetables.Grid grid = timetables.grid(CODE, null, vi);
        assertEquals(List.of(1, 3), grid.weeks().stream().map(Timetables.Week::number).toList(), "week 2 has no sessions");
        assertEquals(6, grid.weeks().get(0).days().size(), "Monday to Saturday");
        assertEquals(7, grid.weeks().get(1).days().size(), "to Sunday: a visit falls on one");
        Path file = dir.resolve("timetable.xlsx");
        timetables.write(grid, PrintFormat.XLSX, vi, file);

        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile())) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertEquals(List.of("Tuần 1", "Tuần 3"), sheets.stream().map(Sheet::getName).toList());
            List<Row> first = rows(sheets.get(0));
            assertTrue(first.get(0).getCellText(0).endsWith("Thời khóa biểu, tuần 1 (từ 04/05/2026 đến 10/05/2026)"), first.get(0).getCellText(0));
            assertEquals("Thứ Hai 04/05/2026", first.get(1).getCellText(1));
            assertEquals("Thứ Bảy 09/05/2026", first.get(1).getCellText(6));
            assertEquals(4, first.size(), "title, days, morning, afternoon");
            assertEquals("Sáng", first.get(2).getCellText(0));
            assertEquals("08:00–10:00\nKhai giảng\nLễ · Hội trường A", first.get(2).getCellText(1));
            assertEquals("Chiều", first.get(3).getCellText(0));
            assertEquals("13:30–16:30\nການຄຸ້ມຄອງລັດ\nBài giảng · A2-301", first.get(3).getCellText(1));
            assertEquals("14:00–16:00\nKiểm tra\nKiểm tra", first.get(3).getCellText(5), "no location: the kind alone");
            assertEquals("Chủ Nhật 24/05/2026", rows(sheets.get(1)).get(1).getCellText(7));
        }
    }

    @Test
    void writesAPdfPagePerWeekInLao() throws IOException {
        Localization lo = new Localization(Language.LO);
        Path file = dir.resolve("timetable.pdf");
        timetables.write(timetables.grid(CODE, null, lo), PrintFormat.PDF, lo, file);
        PdfReadBack pdf = PdfReadBack.of(file);
        assertEquals(2, pdf.pages().size());
        assertTrue(pdf.landscape(0));
        String first = pdf.pages().get(0);
        for (String expected : List.of("ຕາຕະລາງຮຽນ, ອາທິດທີ 1 (04/05/2026 ຫາ 10/05/2026)", "ຕອນເຊົ້າ", "ຕອນບ່າຍ", "ວັນຈັນ 04/05/2026",
                "08:00–10:00", "Khai giảng", "ພິທີ · Hội trường A", "ການຄຸ້ມຄອງລັດ", "ບັນຍາຍ · A2-301")) {
            assertTrue(first.contains(expected), expected + " in:\n" + first);
        }
        assertTrue(pdf.pages().get(1).contains("Văn phòng Chính") && pdf.pages().get(1).contains("ທັດສະນະສຶກສາ · Hà Nội"),
                pdf.pages().get(1));
    }

    @Test
    void oneWeekOnlyOrARefusalWhenThereIsNothingToShow() {
        Localization en = new Localization(Language.EN);
        assertEquals(List.of(3), timetables.grid(CODE, 3, en).weeks().stream().map(Timetables.Week::number).toList());
        ProblemException none = assertThrows(ProblemException.class, () -> timetables.grid(CODE, 2, en));
        assertEquals("LAO-2026-06 has no sessions from 11/05/2026 to 17/05/2026; nothing was written.", en.tr(none.problem()));
        assertEquals("error.signin.week_range", assertThrows(ProblemException.class, () -> timetables.grid(CODE, 5, en)).problem().key());
        assertTrue(Files.notExists(dir.resolve("timetable.pdf")));
    }

    private static List<Row> rows(Sheet sheet) throws IOException {
        try (Stream<Row> rows = sheet.openStream()) {
            return rows.toList();
        }
    }
}

package org.cohortdesk.service.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Mark;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.service.export.SignInSheets;
import org.cohortdesk.service.roster.RosterService;
import org.cohortdesk.store.TestDatabases;
import org.cohortdesk.store.Database;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sign-in sheets written by the real {@link SignInSheets}, filled in as a coordinator would and
 * read back: the marks stored, or nothing stored and every bad cell named.
 */
class AttendanceImportTest {
    static final String MONDAY = "Monday 04-05";
    static final String TUESDAY = "Tuesday 05-05";

    @TempDir
    Path dir;
    Database db;
    AttendanceFixture fx;
    AttendanceImport imports;
    Path printed;

    @BeforeEach
    void printedWeek() {
        db = TestDatabases.open(dir.resolve("data"));
        fx = AttendanceFixture.insert(db, 5);
        imports = new AttendanceImport(fx.service());
        SignInSheets sheets = new SignInSheets(db.jdbi(), new RosterService(db.jdbi()));
        Localization en = new Localization(Language.EN);
        printed = dir.resolve("week1.xlsx");
        sheets.write(sheets.week(AttendanceFixture.CODE, 1, en), en, printed);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** Rows 3 and 4 hold Ánh and Vilay (roster order); column D is the day's one lecture. */
    @Test
    void storesTheMarksWrittenOnTheSheetsInOneGo() throws IOException {
        Path filled = SignInFill.fill(printed, dir.resolve("filled.xlsx"), Map.of(MONDAY + "!D3", "P", MONDAY + "!D4", "l", TUESDAY + "!D4", " a "));
        AttendanceImport.Preview preview = imports.preview(filled, AttendanceFixture.CODE, false);
        assertEquals(List.of(), preview.problems());
        assertEquals(3, preview.cellsRead());
        assertEquals(3, preview.fresh().size());
        assertEquals(0, fx.service().sheet(AttendanceFixture.CODE).marks().size(), "a preview saves nothing");

        assertEquals(3, imports.save(preview));
        Map<AttendanceService.Key, AttendanceService.Cell> marks = fx.service().sheet(AttendanceFixture.CODE).marks();
        assertEquals(Mark.PRESENT, marks.get(key(fx.anh().id(), 0)).mark());
        assertEquals(Mark.LATE, marks.get(key(fx.vilay().id(), 0)).mark());
        assertEquals(Mark.ABSENT, marks.get(key(fx.vilay().id(), 1)).mark());
        assertEquals(3, marks.size());

        AttendanceImport.Preview again = imports.preview(filled, AttendanceFixture.CODE, false);
        assertEquals(List.of(3, 0, 0, 3), List.of(again.cellsRead(), again.fresh().size(), again.changed().size(), again.unchanged()));
    }

    @Test
    void readsSheetsPrintedOneASession() throws IOException {
        SignInSheets sheets = new SignInSheets(db.jdbi(), new RosterService(db.jdbi()));
        Localization en = new Localization(Language.EN);
        Path perSession = dir.resolve("sessions.xlsx");
        sheets.write(sheets.week(AttendanceFixture.CODE, 1, en), SignInSheets.Per.SESSION, org.cohortdesk.service.export.PrintFormat.XLSX, en,
                perSession);
        Path filled = SignInFill.fill(perSession, dir.resolve("filled.xlsx"), Map.of("Wednesday 06-05 08h00!D4", "E"));
        AttendanceImport.Preview preview = imports.preview(filled, AttendanceFixture.CODE, false);
        assertEquals(List.of(), preview.problems());
        imports.save(preview);
        assertEquals(Mark.EXCUSED, fx.service().sheet(AttendanceFixture.CODE).marks().get(key(fx.vilay().id(), 2)).mark());
    }

    @Test
    void refusesTheWholeFileForOneBadCellAndNamesIt() throws IOException {
        Path filled = SignInFill.fill(printed, dir.resolve("filled.xlsx"), Map.of(MONDAY + "!D3", "P", TUESDAY + "!D4", "Q"));
        AttendanceImport.Preview preview = imports.preview(filled, AttendanceFixture.CODE, false);
        assertEquals(List.of(new AttendanceImport.Found(TUESDAY, "D4", Problem.error("error.attimport.not_a_mark", "Q"))), preview.problems());
        assertEquals("Tuesday 05-05!D4", preview.problems().get(0).where());
        assertThrows(ProblemException.class, () -> imports.save(preview));
        assertEquals(0, fx.service().sheet(AttendanceFixture.CODE).marks().size(), "nothing saved, not even Monday's good cell");
    }

    @Test
    void refusesAStoredMarkThatDiffersUnlessToldToReplaceIt() throws IOException {
        fx.service().mark(AttendanceFixture.CODE, List.of(new AttendanceService.Change(key(fx.vilay().id(), 0), Mark.PRESENT, null)));
        Path filled = SignInFill.fill(printed, dir.resolve("filled.xlsx"), Map.of(MONDAY + "!D4", "E", MONDAY + "!D3", "P"));

        AttendanceImport.Preview kept = imports.preview(filled, AttendanceFixture.CODE, false);
        assertEquals(List.of(new AttendanceImport.Found(MONDAY, "D4", Problem.error("error.attimport.differs", "E", "P"))), kept.problems());

        AttendanceImport.Preview replaced = imports.preview(filled, AttendanceFixture.CODE, true);
        assertEquals(List.of(), replaced.problems());
        assertEquals(List.of(1, 1), List.of(replaced.fresh().size(), replaced.changed().size()));
        imports.save(replaced);
        assertEquals(Mark.EXCUSED, fx.service().sheet(AttendanceFixture.CODE).marks().get(key(fx.vilay().id(), 0)).mark());
    }

    @Test
    void refusesAnotherCohortsSheetsAndAWorkbookCohortDeskDidNotWrite() throws IOException {
        Path other = SignInFill.fill(printed, dir.resolve("other.xlsx"), Map.of(SignInSheets.KEY_SHEET + "!C1", "LAO-2025-11", MONDAY + "!D3", "P"));
        assertEquals(List.of(new AttendanceImport.Found(null, null,
                Problem.error("error.attimport.other_cohort", "other.xlsx", "LAO-2025-11", AttendanceFixture.CODE))),
                imports.preview(other, AttendanceFixture.CODE, false).problems());

        Path plain = dir.resolve("plain.xlsx");
        try (OutputStream out = Files.newOutputStream(plain)) {
            Workbook wb = new Workbook(out, "Excel", "1.0");
            wb.newWorksheet(MONDAY).value(2, 3, "P");
            wb.finish();
        }
        AttendanceImport.Preview preview = imports.preview(plain, AttendanceFixture.CODE, false);
        assertEquals(List.of(new AttendanceImport.Found(null, null, Problem.error("error.attimport.no_key", "plain.xlsx"))), preview.problems());
    }

    @Test
    void refusesRowsPutInAnotherOrderAndRowsBelowThePrintedOnes() throws IOException {
        Path filled = SignInFill.fill(printed, dir.resolve("sorted.xlsx"),
                Map.of(MONDAY + "!C3", "Vilay Inthavong", MONDAY + "!C4", "Nguyễn Thị Ánh", MONDAY + "!D3", "P", MONDAY + "!D5", "A"));
        List<AttendanceImport.Found> problems = imports.preview(filled, AttendanceFixture.CODE, false).problems();
        assertEquals(List.of("D3", "D5"), problems.stream().map(AttendanceImport.Found::cell).toList());
        assertEquals("error.attimport.row_moved", problems.get(0).problem().key());
        assertEquals("error.attimport.extra_row", problems.get(1).problem().key());
    }

    @Test
    void readsTheLettersInAnyCaseAndACheckMarkButNotAmbiguousCrosses() {
        assertEquals(Mark.PRESENT, AttendanceImport.mark("p").orElseThrow());
        assertEquals(Mark.PRESENT, AttendanceImport.mark("✓").orElseThrow());
        assertEquals(Mark.EXCUSED, AttendanceImport.mark(" E ").orElseThrow());
        assertFalse(AttendanceImport.mark("x").isPresent());
        assertFalse(AttendanceImport.mark("v").isPresent());
        assertTrue(AttendanceImport.mark("A").isPresent());
    }

    private AttendanceService.Key key(java.util.UUID enrollment, int session) {
        return new AttendanceService.Key(enrollment, fx.sessions().get(session).id());
    }
}

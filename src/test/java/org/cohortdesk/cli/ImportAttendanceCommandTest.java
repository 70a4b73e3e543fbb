package org.cohortdesk.cli;

import static org.cohortdesk.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.cohortdesk.service.attendance.AttendanceFixture;
import org.cohortdesk.service.attendance.SignInFill;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.LegacyH2;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export signin} then {@code import attendance}: the summary, each problem as FILE:SHEET!CELL, exit codes, all or nothing. */
class ImportAttendanceCommandTest {
    static final String CODE = AttendanceFixture.CODE;

    @TempDir
    Path dir;
    Path data;
    Path printed;

    @BeforeEach
    void printedWeek() {
        data = dir.resolve("data");
        try (Database db = Database.open(new DataFolder(data), LegacyH2.none())) {
            AttendanceFixture.insert(db, 5);
        }
        printed = dir.resolve("week1.xlsx");
        CommandLineTest.Result export = run("export", "signin", "--cohort", CODE, "--week", "1", "--out", printed.toString(),
                "--data", data.toString(), "--lang", "vi");
        assertEquals(0, export.code(), export.err());
    }

    @Test
    void aDryRunListsTheMarksAndSavesNothingThenTheImportSavesThem() throws IOException {
        Path filled = SignInFill.fill(printed, dir.resolve("filled.xlsx"), Map.of("Thứ Hai 04-05!D3", "P", "Thứ Hai 04-05!D4", "A"));
        CommandLineTest.Result dry = importing(filled, "--dry-run");
        assertEquals(0, dry.code(), dry.err());
        assertEquals("Cells read: 2; marks new: 2, changed: 0, unchanged: 0.", dry.lines().get(0));
        assertTrue(dry.lines().get(1).matches("  Thứ Hai 04-05!D3: Nguyễn Thị Ánh, .*: – → P"), dry.lines().get(1));
        assertEquals("Dry run: nothing was saved.", dry.lines().get(dry.lines().size() - 1));

        CommandLineTest.Result saved = importing(filled);
        assertEquals(0, saved.code(), saved.err());
        assertEquals(List.of("Cells read: 2; marks new: 2, changed: 0, unchanged: 0.", "2 marks were saved for " + CODE + "."), saved.lines());

        CommandLineTest.Result again = importing(filled);
        assertEquals("Cells read: 2; marks new: 0, changed: 0, unchanged: 2.", again.lines().get(0), "stored by the first import, not the dry run");
    }

    @Test
    void aBadCellRefusesTheFileWithItsSheetAndCell() throws IOException {
        Path filled = SignInFill.fill(printed, dir.resolve("filled.xlsx"), Map.of("Thứ Hai 04-05!D3", "P", "Thứ Ba 05-05!D4", "Q"));
        CommandLineTest.Result r = importing(filled);
        assertEquals(1, r.code());
        assertEquals(List.of(filled + ":Thứ Ba 05-05!D4: \"Q\" is not a mark: use P (present), L (late), E (excused) or A (absent).",
                "1 problem in the file; nothing was saved."), r.err().lines().toList());
        CommandLineTest.Result dry = importing(SignInFill.fill(printed, dir.resolve("good.xlsx"), Map.of("Thứ Hai 04-05!D3", "P")), "--dry-run");
        assertEquals("Cells read: 1; marks new: 1, changed: 0, unchanged: 0.", dry.lines().get(0), "Monday's good cell was not saved");
    }

    @Test
    void aStoredMarkIsOverwrittenOnlyWithReplace() throws IOException {
        assertEquals(0, importing(SignInFill.fill(printed, dir.resolve("p.xlsx"), Map.of("Thứ Hai 04-05!D3", "P"))).code());
        Path late = SignInFill.fill(printed, dir.resolve("l.xlsx"), Map.of("Thứ Hai 04-05!D3", "L"));
        CommandLineTest.Result refused = importing(late);
        assertEquals(1, refused.code());
        assertTrue(refused.err().startsWith(late + ":Thứ Hai 04-05!D3: L here, but P is already stored"), refused.err());
        CommandLineTest.Result replaced = importing(late, "--replace");
        assertEquals(0, replaced.code(), replaced.err());
        assertEquals("Cells read: 1; marks new: 0, changed: 1, unchanged: 0.", replaced.lines().get(0));
    }

    @Test
    void aFileCohortDeskDidNotWriteIsRefusedAndAMissingCohortIsAUsageError() {
        CommandLineTest.Result r = run("import", "attendance", dir.resolve("none.xlsx").toString(), "--cohort", CODE,
                "--data", data.toString(), "--lang", "en");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("There is no file"), r.err());
        assertEquals(2, run("import", "attendance", printed.toString(), "--data", data.toString()).code());
    }

    private CommandLineTest.Result importing(Path file, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("import", "attendance", file.toString(), "--cohort", CODE,
                "--data", data.toString(), "--lang", "en"));
        args.addAll(List.of(more));
        return run(args.toArray(String[]::new));
    }
}

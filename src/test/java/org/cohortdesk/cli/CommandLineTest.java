package org.cohortdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cohortdesk.Main;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.LegacyH2;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract of PRODUCT.md: output, exit codes 0/1/2, one clear line on failure. */
class CommandLineTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void infoOnANewFolderCreatesTheDatabaseAndCountsNothing() {
        Result r = run("info", "--data", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("partners: 0", "agreements: 0", "courses: 0", "cohorts: 0", "people: 0", "enrollments: 0",
                "sessions: 0", "attendance: 0", "schema-version: " + org.cohortdesk.store.Migrations.bundled().latestVersion()), r.lines());
        assertTrue(Files.exists(new DataFolder(dir).databaseFile()));
    }

    @Test
    void globalOptionsWorkBeforeAndAfterTheCommand() {
        assertEquals(0, run("--data", dir.toString(), "info").code());
        assertEquals(0, run("info", "--data", dir.toString(), "--lang", "lo").code());
    }

    @Test
    void cohortsPrintsATabSeparatedTableWithAHeader() {
        TestData data = new TestData();
        try (Database db = Database.open(new DataFolder(dir), LegacyH2.none())) {
            data.insertBasics(db.jdbi());
            db.jdbi().useTransaction(h -> Tables.COHORTS.insert(h, data.cohort("LAO-2026-03", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 24))));
        }
        Result r = run("cohorts", "--data", dir.toString(), "--lang", "vi");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("code\tcourse\tstart\tend\tsize\tstatus",
                "LAO-2026-03\tQuản lý nhà nước về tổ chức bộ máy\t2026-03-02\t2026-04-24\t0\tPLANNED"), r.lines());
        assertEquals("LAO-2026-03\tState organisation\t2026-03-02\t2026-04-24\t0\tPLANNED",
                run("cohorts", "--data", dir.toString(), "--lang", "en").lines().get(1));
    }

    @Test
    void checkPassesOnCleanDataAndFailsWithOneLineAProblem() {
        Result clean = run("check", "--data", dir.toString(), "--lang", "en");
        assertEquals(0, clean.code(), clean.err());
        assertEquals(List.of("No problems found."), clean.lines());

        TestData data = new TestData();
        try (Database db = Database.open(new DataFolder(dir), LegacyH2.none())) {
            data.insertBasics(db.jdbi());
            db.jdbi().useTransaction(h -> {
                Tables.COHORTS.insert(h, data.cohort("LAO-2026-03", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 24)));
                // Data that reached the database behind the constraints' back, as a hand-made restore could.
                h.execute("ALTER TABLE cohorts DROP CONSTRAINT ck_cohorts_dates");
                h.execute("UPDATE cohorts SET ends_on = DATE '2026-01-01'");
            });
        }
        Result broken = run("check", "--data", dir.toString(), "--lang", "en");
        assertEquals(1, broken.code());
        assertEquals(List.of("Cohort LAO-2026-03 ends before it starts."), broken.lines());
        assertEquals("1 problem(s) found.", broken.err().strip());
    }

    @Test
    void demoFillsAnEmptyWorkspaceOnceAndTheSampleHoldsTogether() {
        Result loaded = run("demo", "--data", dir.toString(), "--years", "1", "--seed", "7");
        assertEquals(0, loaded.code(), loaded.err());
        assertTrue(loaded.out().contains("cohorts: "), loaded.out());
        int cohorts = Integer.parseInt(loaded.lines().stream().filter(l -> l.startsWith("cohorts: ")).findFirst().orElseThrow().substring(9));
        assertTrue(cohorts >= 40 && cohorts <= 70, "cohorts in a year: " + cohorts);
        assertEquals(cohorts + 1, run("cohorts", "--data", dir.toString()).lines().size());
        assertEquals(0, run("check", "--data", dir.toString()).code());

        Result again = run("demo", "--data", dir.toString(), "--lang", "en");
        assertEquals(1, again.code());
        assertEquals(1, again.err().lines().count(), again.err());
        assertTrue(again.err().startsWith("Sample data can only be loaded into an empty workspace"), again.err());
        assertEquals(2, run("demo", "--data", dir.toString(), "--years", "0").code());
    }

    @Test
    void rosterAndPeopleCommandsReadTheSample() {
        assertEquals(0, run("demo", "--data", dir.toString(), "--years", "1", "--seed", "3").code());
        List<String> cohorts = run("cohorts", "--data", dir.toString()).lines();
        String code = cohorts.get(1).split("\t")[0];
        int size = Integer.parseInt(cohorts.get(1).split("\t")[4]);

        Result roster = run("roster", "--cohort", code, "--data", dir.toString());
        assertEquals(0, roster.code(), roster.err());
        assertEquals("no\tname_local\tname_latin\tsex\tbirth_date\tposition\tagency\tprovince\tpassport_no\tpassport_expiry\tvisa"
                + "\tarrival\tdeparture\troom\tstatus\tnotes\twarnings", roster.lines().get(0));
        long active = roster.lines().stream().skip(1).filter(l -> !l.split("\t", -1)[14].equals("WITHDRAWN")).count();
        assertEquals(size, active, "the roster agrees with the cohort list's size");
        assertTrue(roster.lines().stream().skip(1).allMatch(l -> l.split("\t", -1).length == 17));

        String latinName = roster.lines().get(1).split("\t")[2];
        Result found = run("people", "find", latinName.toLowerCase(java.util.Locale.ROOT), "--data", dir.toString());
        assertEquals(0, found.code(), found.err());
        assertTrue(found.lines().stream().skip(1).anyMatch(l -> l.contains(latinName) && l.contains(code)), found.out());
        assertEquals(List.of("id\tname_local\tname_latin\tbirth_date\tagency\tcohorts"),
                run("people", "find", "no-such-person-anywhere", "--data", dir.toString()).lines());

        Result duplicates = run("people", "duplicates", "--data", dir.toString());
        assertEquals(0, duplicates.code(), duplicates.err());
        assertEquals("id_1\tname_1\tid_2\tname_2\treason", duplicates.lines().get(0));

        Result unknown = run("roster", "--cohort", "NOPE-1", "--data", dir.toString(), "--lang", "en");
        assertEquals(1, unknown.code());
        assertEquals("There is no cohort with the code NOPE-1.", unknown.err().strip());
        assertEquals(2, run("roster", "--data", dir.toString()).code());
        Result empty = run("roster", "--cohort", " ", "--data", dir.toString(), "--lang", "en");
        assertEquals(2, empty.code());
        assertEquals("--cohort needs a cohort code, for example --cohort LAO-2026-03.", empty.err().strip());
        assertEquals(2, run("people", "--data", dir.toString()).code());
        assertEquals(2, run("people", "find", "--data", dir.toString()).code());
    }

    @Test
    void refusalsSpeakTheSavedLanguageWhenNoLangIsGiven() throws Exception {
        java.nio.file.Files.writeString(dir.resolve("settings.properties"), "language=vi\n");
        Result r = run("roster", "--cohort", "NOPE-1", "--data", dir.toString());
        assertEquals(1, r.code());
        assertEquals("Không có đoàn nào mang mã NOPE-1.", r.err().strip());
        assertEquals("There is no cohort with the code NOPE-1.", run("roster", "--cohort", "NOPE-1", "--data", dir.toString(), "--lang", "en").err().strip());
    }

    @Test
    void aFileWhereTheDataFolderShouldBeIsOneClearLine() throws Exception {
        Path file = java.nio.file.Files.writeString(dir.resolve("notes.txt"), "not a folder");
        Result r = run("info", "--data", file.toString(), "--lang", "en");
        assertEquals(1, r.code());
        assertEquals(file + " is a file, not a folder: choose a folder for the data with --data.", r.err().strip());
    }

    @Test
    void aBadOptionIsAUsageErrorInOneLine() {
        Result r = run("info", "--no-such-option");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("Unknown option: '--no-such-option'"), r.err());
        assertTrue(r.err().lines().count() <= 2, r.err());
        assertEquals(2, run("--lang", "fr", "info").code());
        assertEquals(2, run("no-such-command").code());
    }

    @Test
    void aDatabaseThatCannotBeOpenedIsOneClearLineAndNoStackTrace() {
        Result r = run("info", "--data", dir.toString(), "--db", "jdbc:postgresql://127.0.0.1:1/cohortdesk?password=secret", "--lang", "en");
        assertEquals(1, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("The database jdbc:postgresql://127.0.0.1:1/cohortdesk?password=*** cannot be opened"), r.err());
        assertFalse(r.err().contains("secret"));
        Result debug = run("info", "--data", dir.toString(), "--db", "jdbc:nothing:here", "--debug");
        assertEquals(1, debug.code());
        assertTrue(debug.err().contains("\tat "), "--debug prints the stack trace");
    }

    @Test
    void versionAndHelpAnswerAtEveryLevel() {
        Result version = run("--version");
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("Cohort Desk "), version.out());
        for (String command : List.of("demo", "info", "check", "cohorts", "roster", "people", "people find", "people duplicates")) {
            List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
            args.add("--help");
            Result help = run(args.toArray(String[]::new));
            assertEquals(0, help.code(), command);
            assertTrue(help.out().contains("Usage: cohortdesk " + command), help.out());
        }
        assertTrue(run("--help").out().contains("--measure-startup"));
    }

    @Test
    void aSecondProcessOnTheSameDataIsToldPlainly() throws Exception {
        try (Database open = Database.open(new DataFolder(dir), LegacyH2.none())) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                    Main.class.getName(), "info", "--data", dir.toString(), "--lang", "en")
                    .redirectErrorStream(false)
                    .start();
            String err = new String(child.getErrorStream().readAllBytes());
            assertEquals(1, child.waitFor());
            assertEquals("The data in " + dir.toAbsolutePath() + " is already open in another Cohort Desk window."
                    + " Close that window first, or choose another data folder with --data.", err.strip());
        }
    }
}

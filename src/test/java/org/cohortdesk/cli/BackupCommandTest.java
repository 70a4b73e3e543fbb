package org.cohortdesk.cli;

import static org.cohortdesk.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.cohortdesk.Main;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.service.backup.BackupRequests;
import org.cohortdesk.service.backup.BackupService;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup --out} (also while another process has the folder open) and {@code restore}. */
class BackupCommandTest {
    @TempDir
    Path dir;

    Path data;
    TestData test = new TestData();

    @BeforeEach
    void oneCohort() {
        data = dir.resolve("data");
        try (Workspace w = open(data)) {
            test.insertBasics(w.database().jdbi());
            w.database().jdbi().useTransaction(h -> Tables.COHORTS.insert(h, test.cohort("LAO-2026-01", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 27))));
        }
    }

    static Workspace open(Path folder) {
        return Workspace.open(new DataFolder(folder), null, Clock.systemDefaultZone());
    }

    static int cohorts(Path folder) {
        try (Workspace w = open(folder)) {
            return w.services().integrity().counts().get("cohorts");
        }
    }

    @Test
    void aSecondProcessBacksUpWhileTheWindowHasTheFolderOpen() throws Exception {
        Path out = dir.resolve("while open.zip");
        try (Workspace window = open(data); BackupRequests serving = BackupRequests.serve(window.folder(), window.backups())) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                    Main.class.getName(), "backup", "--out", out.toString(), "--data", data.toString(), "--lang", "en")
                    .start();
            String stdout = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String stderr = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, child.waitFor(), stderr);
            assertTrue(stdout.startsWith("The data is open in the window; asking it to write the backup..."), stdout);
            assertTrue(stdout.contains("Backup written: " + out.toAbsolutePath()), stdout);
        }
        BackupService.check(out);
        Path elsewhere = dir.resolve("elsewhere");
        CommandLineTest.Result r = run("restore", out.toString(), "--yes", "--data", elsewhere.toString(), "--lang", "en");
        assertEquals(0, r.code(), r.err());
        assertEquals("Restored into " + elsewhere.toAbsolutePath() + "; there was no database to replace.", r.lines().get(1));
        assertEquals(1, cohorts(elsewhere));
    }

    @Test
    void aFolderOpenInAProcessThatDoesNotAnswerIsToldPlainly() {
        try (Workspace busy = open(data)) {
            CommandLineTest.Result r = run("backup", "--out", dir.resolve("x.zip").toString(), "--data", data.toString(), "--lang", "en");
            assertEquals(1, r.code());
            assertTrue(r.err().startsWith("The data in " + data.toAbsolutePath() + " is open in another Cohort Desk that did not answer"), r.err());
            assertTrue(Files.notExists(dir.resolve("x.zip")));
        }
    }

    @Test
    void restoreAsksForConfirmationThenReplacesTheDataKeepingACopy() throws Exception {
        Path out = dir.resolve("b.zip");
        CommandLineTest.Result b = run("backup", "--out", out.toString(), "--data", data.toString(), "--lang", "en");
        assertEquals(0, b.code(), b.err());
        try (Workspace w = open(data)) {
            w.database().jdbi().useTransaction(h -> Tables.COHORTS.insert(h, test.cohort("LAO-2026-02", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 24))));
        }
        CommandLineTest.Result unconfirmed = run("restore", out.toString(), "--data", data.toString(), "--lang", "en");
        assertEquals(2, unconfirmed.code());
        assertTrue(unconfirmed.err().contains("confirm with --yes"), unconfirmed.err());
        assertEquals(2, cohorts(data));

        CommandLineTest.Result r = run("restore", out.toString(), "--yes", "--data", data.toString(), "--lang", "en");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.lines().get(0).startsWith("Backup " + out + ": made "), r.out());
        assertEquals("Restored into " + data.toAbsolutePath() + ". The database it replaced is kept in "
                + new DataFolder(data).backups() + ".", r.lines().get(1));
        assertEquals(1, cohorts(data));
        try (var kept = Files.list(new DataFolder(data).backups())) {
            assertEquals(1, kept.filter(p -> p.getFileName().toString().startsWith("replaced-by-restore-")).count());
        }
    }

    @Test
    void restoreRefusesWhatIsNotABackupAndWhileTheFolderIsOpen() throws Exception {
        Path text = Files.writeString(dir.resolve("roster.xlsx"), "not a backup");
        byte[] before = Files.readAllBytes(new DataFolder(data).databaseFile());
        CommandLineTest.Result r = run("restore", text.toString(), "--yes", "--data", data.toString(), "--lang", "en");
        assertEquals(1, r.code());
        assertEquals("The file " + text + " is not a Cohort Desk backup. Nothing was replaced.", r.err().strip());

        Path out = dir.resolve("b.zip");
        assertArrayEquals(before, Files.readAllBytes(new DataFolder(data).databaseFile()));
        assertEquals(0, run("backup", "--out", out.toString(), "--data", data.toString()).code());
        try (Workspace busy = open(data)) {
            CommandLineTest.Result inUse = run("restore", out.toString(), "--yes", "--data", data.toString(), "--lang", "en");
            assertEquals(1, inUse.code());
            assertTrue(inUse.err().contains("is already open in another Cohort Desk window"), inUse.err());
            assertTrue(Files.notExists(data.resolve("restore")), "nothing staged");
        }
        Path backups = new DataFolder(data).backups();
        if (Files.isDirectory(backups)) {
            try (var files = Files.list(backups)) {
                assertEquals(0, files.filter(p -> p.getFileName().toString().startsWith("replaced-by-restore-")).count(), "nothing replaced");
            }
        }
        assertEquals(1, cohorts(data));
    }

    @Test
    void aServerDatabaseIsBackedUpByTheServer() {
        for (List<String> args : List.of(List.of("backup", "--out", dir.resolve("x.zip").toString()), List.of("restore", "x.zip", "--yes"))) {
            List<String> all = new java.util.ArrayList<>(args);
            all.addAll(List.of("--db", "jdbc:postgresql://127.0.0.1:1/none", "--lang", "en"));
            CommandLineTest.Result r = run(all.toArray(String[]::new));
            assertEquals(1, r.code(), args.toString());
            assertTrue(r.err().startsWith("The database is a server: back it up with the server's own tools"), r.err());
        }
    }

    @Test
    void anImportBacksUpFirstAndADryRunDoesNot() throws Exception {
        Path list = Files.writeString(dir.resolve("list.csv"), "Họ tên;Giới tính;Ngày sinh\nNoy Vong;F;01/02/1990\n", StandardCharsets.UTF_8);
        Path backups = new DataFolder(data).backups();
        CommandLineTest.Result dry = run("import", "nominees", list.toString(), "--cohort", "LAO-2026-01", "--dry-run", "--data", data.toString());
        assertEquals(0, dry.code(), dry.err());
        assertTrue(Files.notExists(backups) || automatic(backups).isEmpty(), "a dry run saves nothing, backs up nothing");
        CommandLineTest.Result r = run("import", "nominees", list.toString(), "--cohort", "LAO-2026-01", "--data", data.toString());
        assertEquals(0, r.code(), r.err());
        List<Path> taken = automatic(backups);
        assertEquals(1, taken.size(), taken.toString());
        assertTrue(taken.get(0).getFileName().toString().endsWith("-import.zip"));
        Path before = dir.resolve("before");
        assertEquals(0, run("restore", taken.get(0).toString(), "--yes", "--data", before.toString()).code());
        try (Workspace w = open(before)) {
            assertEquals(0, w.services().integrity().counts().get("enrollments"), "the backup is of the data before the import");
        }
    }

    static List<Path> automatic(Path backups) throws java.io.IOException {
        try (var files = Files.list(backups)) {
            return files.filter(p -> p.getFileName().toString().startsWith("auto-")).toList();
        }
    }
}

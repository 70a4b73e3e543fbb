package org.cohortdesk.service.backup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.FilePassword;
import org.cohortdesk.store.Migrations;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups written and read back, restores checked before they replace anything, and a restore never half done. */
class BackupServiceTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:15:30Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    @TempDir
    Path dir;

    DataFolder folder;
    TestData data = new TestData();

    @BeforeEach
    void workspaceWithOneCohort() {
        folder = new DataFolder(dir.resolve("data"));
        try (Workspace w = open()) {
            data.insertBasics(w.database().jdbi());
            w.database().jdbi().useTransaction(h -> Tables.COHORTS.insert(h, data.cohort("LAO-2026-01", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 27))));
        }
    }

    Workspace open() {
        return Workspace.open(folder, null, CLOCK);
    }

    List<String> codes() {
        try (Workspace w = open()) {
            return w.database().jdbi().withHandle(h -> h.createQuery("SELECT code FROM cohorts ORDER BY code").mapTo(String.class).list());
        }
    }

    void addCohort(String code) {
        try (Workspace w = open()) {
            w.database().jdbi().useTransaction(h -> Tables.COHORTS.insert(h, data.cohort(code, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 24))));
        }
    }

    /** A backup of the one cohort, then a second cohort added after it. */
    Path backupThenAddACohort() {
        Path file = dir.resolve("b.zip");
        try (Workspace w = open()) {
            w.backups().backupTo(file, "manual");
        }
        addCohort("LAO-2026-02");
        return file;
    }

    @Test
    void aBackupRestoredBringsBackTheDataAndKeepsWhatItReplaced() throws IOException {
        Path file = dir.resolve("out/my backup.zip");
        BackupFile.Manifest written;
        try (Workspace w = open()) {
            written = w.backups().backupTo(file, "manual");
        }
        assertEquals(Migrations.bundled().latestVersion(), written.schemaVersion());
        assertEquals(CLOCK.instant(), written.createdAt());
        try (ZipFile zip = new ZipFile(file.toFile())) {
            assertEquals(List.of("manifest.properties", "data.sql"), zip.stream().map(ZipEntry::getName).toList());
        }
        addCohort("LAO-2026-02");
        assertEquals(List.of("LAO-2026-01", "LAO-2026-02"), codes());

        BackupService.restoreNow(folder, file, FilePassword.NONE);
        assertEquals(List.of("LAO-2026-01"), codes());
        List<Path> kept = files(folder.backups(), "replaced-by-restore-");
        assertEquals(1, kept.size(), "the replaced database is kept");
        DataFolder elsewhere = new DataFolder(dir.resolve("kept"));
        Files.createDirectories(elsewhere.path());
        Files.copy(kept.get(0), elsewhere.databaseFile());
        try (Workspace w = Workspace.open(elsewhere, null, CLOCK)) {
            assertEquals(2, w.services().integrity().counts().get("cohorts"), "the kept copy holds the data it replaced");
        }
    }

    @Test
    void aRestoreFromTheWindowIsStagedAndSwappedInAtTheNextOpen() {
        Path file = backupThenAddACohort();
        try (Workspace w = open()) {
            w.backups().restoreAtNextStart(file);
            assertTrue(w.backups().pendingRestore().isPresent());
            assertEquals(2, w.services().integrity().counts().get("cohorts"), "the open database is not touched");
        }
        assertEquals(List.of("LAO-2026-01"), codes());
        try (Workspace w = open()) {
            assertTrue(w.backups().pendingRestore().isEmpty());
        }
    }

    @Test
    void aRestoreCutShortBetweenItsTwoRenamesIsFinishedAtTheNextOpen() throws IOException {
        Path file = backupThenAddACohort();
        try (Workspace w = open()) {
            w.backups().restoreAtNextStart(file);
        }
        // as if killed right after the live file was moved away: no database file in the folder
        Files.createDirectories(folder.backups());
        Files.move(folder.databaseFile(), folder.backups().resolve("replaced-by-restore-cut.mv.db"));
        assertEquals(List.of("LAO-2026-01"), codes());
    }

    @Test
    void aCancelledRestoreChangesNothing() {
        Path file = backupThenAddACohort();
        try (Workspace w = open()) {
            w.backups().restoreAtNextStart(file);
            w.backups().cancelPendingRestore();
        }
        assertEquals(List.of("LAO-2026-01", "LAO-2026-02"), codes());
    }

    @Test
    void refusesAFileThatIsNotABackupAndChangesNothing() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.zip"), "not a zip at all", StandardCharsets.UTF_8);
        Path otherZip = dir.resolve("other.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(otherZip))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        byte[] before = Files.readAllBytes(folder.databaseFile());
        for (Path file : List.of(text, otherZip)) {
            ProblemException e = assertThrows(ProblemException.class, () -> BackupService.restoreNow(folder, file, FilePassword.NONE));
            assertEquals("error.backup.not_a_backup", e.problem().key(), file.toString());
        }
        ProblemException missing = assertThrows(ProblemException.class, () -> BackupService.restoreNow(folder, dir.resolve("nowhere.zip"), FilePassword.NONE));
        assertEquals("error.backup.missing", missing.problem().key());
        assertArrayEquals(before, Files.readAllBytes(folder.databaseFile()));
        assertFalse(Files.exists(folder.backups()) && !files(folder.backups(), "replaced").isEmpty());
    }

    @Test
    void refusesABackupFromANewerVersionAndADamagedOne() throws IOException {
        Path good = dir.resolve("good.zip");
        try (Workspace w = open()) {
            w.backups().backupTo(good, "manual");
        }
        Path newer = rewrite(good, dir.resolve("newer.zip"), "schema.version=" + Migrations.bundled().latestVersion(), "schema.version=99", null);
        Path damaged = rewrite(good, dir.resolve("damaged.zip"), null, null, "-- changed\n");
        byte[] before = Files.readAllBytes(folder.databaseFile());

        ProblemException e = assertThrows(ProblemException.class, () -> BackupService.restoreNow(folder, newer, FilePassword.NONE));
        assertEquals("error.backup.newer", e.problem().key());
        assertEquals(99, Integer.parseInt(e.problem().args().get(2).toString()));
        ProblemException d = assertThrows(ProblemException.class, () -> BackupService.restoreNow(folder, damaged, FilePassword.NONE));
        assertEquals("error.backup.damaged", d.problem().key());
        assertArrayEquals(before, Files.readAllBytes(folder.databaseFile()));
        assertEquals(List.of("LAO-2026-01"), codes());
    }

    @Test
    void atCloseBacksUpOnceADayAndImportsAlwaysBackUpFirst() {
        try (Workspace w = open()) {
            assertTrue(w.backups().beforeImport().isPresent());
            assertTrue(w.backups().beforeImport().isPresent());
            assertTrue(w.backups().atClose().isPresent());
            assertTrue(w.backups().atClose().isEmpty(), "one a day");
            List<String> names = w.backups().list().stream().map(b -> b.file().getFileName().toString()).sorted().toList();
            assertEquals(List.of("auto-20261123-171530-2-import.zip", "auto-20261123-171530-daily.zip", "auto-20261123-171530-import.zip"), names);
            for (BackupService.Listed b : w.backups().list()) {
                BackupService.check(b.file());
            }
        }
    }

    /** Copies a backup, replacing text in its manifest or appending to its data, keeping the recorded checksum. */
    static Path rewrite(Path from, Path to, String find, String replace, String appendToData) throws IOException {
        try (ZipFile in = new ZipFile(from.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e : in.stream().toList()) {
                byte[] bytes;
                try (InputStream s = in.getInputStream(e)) {
                    bytes = s.readAllBytes();
                }
                if (e.getName().equals("manifest.properties") && find != null) {
                    bytes = new String(bytes, StandardCharsets.ISO_8859_1).replace(find, replace).getBytes(StandardCharsets.ISO_8859_1);
                }
                if (e.getName().equals("data.sql") && appendToData != null) {
                    bytes = (new String(bytes, StandardCharsets.UTF_8) + appendToData).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        return to;
    }

    static List<Path> files(Path in, String prefix) throws IOException {
        if (!Files.isDirectory(in)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(in)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
        }
    }

    @Test
    void anEncryptedDatabasesBackupIsEncryptedAndComesBackWithItsPassword() throws IOException {
        FilePassword password = FilePassword.of("ປະຕູ-cửa 2026");
        Path file = dir.resolve("encrypted.zip");
        try (Workspace w = open()) {
            w.database().changeEncryption(password);
        }
        try (Workspace w = Workspace.open(folder, null, CLOCK, password)) {
            assertTrue(w.backups().backupTo(file, "manual").encrypted());
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            String data = new String(zip.getInputStream(zip.getEntry("data.sql")).readAllBytes(), StandardCharsets.ISO_8859_1);
            assertFalse(data.contains("LAO-2026-01"), "no cohort code in clear in the backup");
            assertFalse(data.contains("CREATE"), "no SQL in clear in the backup");
        }
        DataFolder elsewhere = new DataFolder(dir.resolve("restored"));
        assertThrows(RuntimeException.class, () -> BackupService.restoreNow(elsewhere, file, FilePassword.of("wrong")));
        BackupService.restoreNow(elsewhere, file, password);
        assertTrue(Database.isEncrypted(elsewhere), "the restored database keeps the password");
        try (Workspace w = Workspace.open(elsewhere, null, CLOCK, password)) {
            assertEquals(List.of("LAO-2026-01"),
                    w.database().jdbi().withHandle(h -> h.createQuery("SELECT code FROM cohorts").mapTo(String.class).list()));
        }
    }
}

package org.cohortdesk.cli;

import static org.cohortdesk.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.LegacyH2;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code package export} and {@code package import} between two data folders: summaries, conflicts listed with exit 1, refusals. */
class PackageCommandTest {
    static final String CODE = "LAO-2026-09";

    @TempDir
    Path dir;
    Path academy;
    Path partner;
    UUID person;

    @BeforeEach
    void aCohortWithOneTrainee() {
        academy = dir.resolve("academy");
        partner = dir.resolve("partner");
        TestData data = new TestData();
        Cohort cohort = data.cohort(CODE, LocalDate.of(2026, 9, 7), LocalDate.of(2026, 10, 30));
        try (Database db = Database.open(new DataFolder(academy), LegacyH2.none())) {
            data.insertBasics(db.jdbi());
            person = data.insertCohortWithTrainee(db.jdbi(), cohort, "Khamla Vongsa", "+856 20 1", null);
        }
    }

    void setPhone(Path folder, String phone) {
        try (Database db = Database.open(new DataFolder(folder), LegacyH2.none())) {
            db.jdbi().useHandle(h -> h.execute("UPDATE people SET phone = ?, version = version + 1 WHERE id = ?", phone, person));
        }
    }

    @Test
    void exportsImportsAndListsAConflictWithExitOne() throws IOException {
        CommandLineTest.Result named = run("package", "name", "  Học viện Hành chính Quốc gia ", "--data", academy.toString(), "--lang", "en");
        assertEquals(0, named.code(), named.err());
        assertTrue(named.out().strip().matches("This institution: [0-9a-f-]{36} Học viện Hành chính Quốc gia"), named.out());
        assertEquals(1, run("package", "name", " ", "--data", academy.toString()).code(), "a blank name is refused");
        Path first = dir.resolve("first.cohortdesk");
        CommandLineTest.Result exported = run("package", "export", "--cohort", CODE, "--out", first.toString(), "--data", academy.toString(), "--lang", "en");
        assertEquals(0, exported.code(), exported.err());
        assertEquals("Wrote " + first + ": cohort " + CODE + ", 5 rows.", exported.out().strip());

        CommandLineTest.Result dry = run("package", "import", first.toString(), "--dry-run", "--data", partner.toString(), "--lang", "en");
        assertEquals(0, dry.code(), dry.err());
        assertTrue(dry.out().contains("added 5, updated 0, unchanged 0, kept as here 0, conflicts 0."), dry.out());
        assertTrue(dry.out().contains("Dry run: nothing was saved."), dry.out());
        Path backups = new DataFolder(partner).backups();
        assertTrue(Files.notExists(backups) || BackupCommandTest.automatic(backups).isEmpty(), "a dry run backs up nothing");

        CommandLineTest.Result imported = run("package", "import", first.toString(), "--data", partner.toString(), "--lang", "en");
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("added 5,"), imported.out());
        assertEquals(1, BackupCommandTest.automatic(backups).size(), "a backup before the import");
        assertTrue(imported.out().contains(" from institution Học viện Hành chính Quốc gia ("), imported.out());
        CommandLineTest.Result again = run("package", "import", first.toString(), "--data", partner.toString(), "--lang", "en");
        assertTrue(again.out().contains("added 0, updated 0, unchanged 5, kept as here 0, conflicts 0."), again.out());

        setPhone(partner, "+856 20 2222");
        setPhone(academy, "+84 91 3333");
        Path back = dir.resolve("back.cohortdesk");
        assertEquals(0, run("package", "export", "--cohort", CODE, "--out", back.toString(), "--data", partner.toString()).code());
        CommandLineTest.Result conflicted = run("package", "import", back.toString(), "--data", academy.toString(), "--lang", "en");
        assertEquals(1, conflicted.code(), conflicted.out());
        assertTrue(conflicted.err().contains("Person " + person + " \"Khamla Vongsa\": changed here and at the other institution"), conflicted.err());
        assertTrue(conflicted.err().contains("  Phone: here \"+84 91 3333\", theirs \"+856 20 2222\""), conflicted.err());

        CommandLineTest.Result listed = run("package", "conflicts", "--data", academy.toString(), "--lang", "en");
        assertEquals(1, listed.code());
        assertEquals(conflicted.err(), listed.err());
    }

    @Test
    void aDamagedPackageIsRefusedWithOneLine() throws IOException {
        Path file = dir.resolve("first.cohortdesk");
        assertEquals(0, run("package", "export", "--cohort", CODE, "--out", file.toString(), "--data", academy.toString()).code());
        byte[] bytes = Files.readAllBytes(file);
        Path cut = Files.write(dir.resolve("cut.cohortdesk"), Arrays.copyOf(bytes, bytes.length - 30));

        CommandLineTest.Result r = run("package", "import", cut.toString(), "--data", partner.toString(), "--lang", "en");

        assertEquals(1, r.code());
        assertEquals("The package " + cut + " is incomplete (cut short while copying or downloading). Nothing was changed; ask for the file again.",
                r.err().strip());
        assertEquals(0, run("package", "conflicts", "--data", partner.toString()).code());
    }

    @Test
    void anUnknownCohortIsRefused() {
        CommandLineTest.Result r = run("package", "export", "--cohort", "NO-SUCH", "--out", dir.resolve("x.cohortdesk").toString(),
                "--data", academy.toString(), "--lang", "en");
        assertEquals(1, r.code());
        assertEquals("No cohort has the code NO-SUCH.", r.err().strip());
        assertTrue(Files.notExists(dir.resolve("x.cohortdesk")));
    }
    @Test
    void aRemovedTraineeLeavesThePartnerOrIsListedAsAConflictInTheFormsWords() {
        assertEquals(0, run("package", "name", "Học viện Hành chính Quốc gia", "--data", academy.toString()).code());
        Path first = dir.resolve("first.cohortdesk");
        assertEquals(0, run("package", "export", "--cohort", CODE, "--out", first.toString(), "--data", academy.toString()).code());
        assertEquals(0, run("package", "import", first.toString(), "--data", partner.toString()).code());
        try (Database db = Database.open(new DataFolder(partner), LegacyH2.none())) {
            db.jdbi().useHandle(h -> h.execute("UPDATE enrollments SET room = 'B-204', version = version + 1"));
        }
        try (Database db = Database.open(new DataFolder(academy), LegacyH2.none())) {
            db.jdbi().useTransaction(h -> {
                var e = h.createQuery("SELECT id, version FROM enrollments").mapToMap().one();
                assertTrue(Tables.ENROLLMENTS.delete(h, (UUID) e.get("id"),
                        ((Number) e.get("version")).intValue()));
            });
        }
        Path second = dir.resolve("second.cohortdesk");
        assertEquals(0, run("package", "export", "--cohort", CODE, "--out", second.toString(), "--data", academy.toString()).code());

        CommandLineTest.Result imported = run("package", "import", second.toString(), "--data", partner.toString(), "--lang", "en");

        assertEquals(1, imported.code(), imported.out());
        assertTrue(imported.err().contains("Enrollment \"Khamla Vongsa\": deleted at Học viện Hành chính Quốc gia on "), imported.err());
        assertTrue(imported.err().contains("  Room: here \"B-204\", theirs \"\""), imported.err());
        CommandLineTest.Result listed = run("package", "conflicts", "--data", partner.toString(), "--lang", "vi");
        assertEquals(1, listed.code());
        assertTrue(listed.err().contains("Danh sách lớp \"Khamla Vongsa\": đã xóa tại Học viện Hành chính Quốc gia ngày "), listed.err());
        assertTrue(listed.err().contains("  Phòng: "), listed.err());
    }
}

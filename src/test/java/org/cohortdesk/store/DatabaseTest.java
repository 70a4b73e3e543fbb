package org.cohortdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.cohortdesk.model.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void createsNewDatabaseWithEveryTableAndStampsTheFolder() throws Exception {
        DataFolder folder = new DataFolder(dir.resolve("data"));
        try (Database db = Database.open(folder, LegacyH2.none())) {
            assertEquals(Migrations.bundled().latestVersion(), db.schemaVersion());
            List<String> tables = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT LOWER(table_name) FROM information_schema.tables WHERE LOWER(table_schema) = 'public' ORDER BY 1")
                    .mapTo(String.class).list());
            assertEquals(List.of("agreements", "attendance", "audit_log", "certificate_counters", "certificates", "cohorts", "course_modules", "courses", "enrollments",
                    "exchange_bases", "exchange_conflicts", "exchange_deletions", "exchange_institution",
                    "holidays", "partners", "people", "resources", "schema_history", "session_resources", "sessions", "study_visits"), tables);
        }
        Properties stamp = H2Files.readStamp(folder);
        assertEquals(H2Files.CURRENT_VERSION, stamp.getProperty("h2.version"));
        assertEquals("3", stamp.getProperty("h2.format"));
        assertTrue(Files.exists(folder.databaseFile()));
    }

    @Test
    void reopensWithDataKept() {
        DataFolder folder = new DataFolder(dir);
        TestData data = new TestData();
        try (Database db = Database.open(folder, LegacyH2.none())) {
            data.insertBasics(db.jdbi());
        }
        try (Database db = Database.open(folder, LegacyH2.none())) {
            assertEquals(data.partner, db.jdbi().withHandle(h -> Tables.PARTNERS.find(h, data.partner.id())).orElseThrow());
        }
    }

    @Test
    void secondOpenOfTheSameFolderIsToldItIsInUse() {
        DataFolder folder = new DataFolder(dir);
        try (Database first = Database.open(folder, LegacyH2.none())) {
            ProblemException e = assertThrows(ProblemException.class, () -> Database.open(folder, LegacyH2.none()));
            assertEquals("error.folder.in_use", e.problem().key());
        }
        Database.open(folder, LegacyH2.none()).close();
    }

    @ParameterizedTest(name = "stamp: {0}")
    @ValueSource(strings = {"written by the newer version", "missing"})
    void refusesASchemaNewerThanThisBuildAndLeavesTheFileUntouched(String stamp) throws Exception {
        DataFolder folder = new DataFolder(dir);
        try (Database db = Database.open(folder, LegacyH2.none())) {
            db.jdbi().useHandle(h -> h.execute(
                    "INSERT INTO schema_history (version, description, checksum, applied_at) VALUES (99, 'future', 'x', CURRENT_TIMESTAMP)"));
        }
        if (stamp.equals("missing")) {
            Files.delete(folder.stampFile());
        } else {
            H2Files.writeStamp(folder, 99);
        }
        byte[] before = Files.readAllBytes(folder.databaseFile());
        ProblemException e = assertThrows(ProblemException.class, () -> Database.open(folder, LegacyH2.none()));
        assertEquals("error.schema.newer", e.problem().key());
        assertEquals(List.of(99, Migrations.bundled().latestVersion()), e.args());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(folder.databaseFile())), "database file changed");
        if (stamp.equals("written by the newer version")) {
            assertEquals("99", H2Files.readStamp(folder).getProperty("schema.version"), "the stamp must not be lowered");
        }
    }

    @Test
    void refusesAFileThatIsNotADatabase() throws Exception {
        DataFolder folder = new DataFolder(dir);
        Files.writeString(folder.databaseFile(), "this is a spreadsheet, not a database");
        ProblemException e = assertThrows(ProblemException.class, () -> Database.open(folder, LegacyH2.none()));
        assertEquals("error.db.not_h2", e.problem().key());
        assertEquals("this is a spreadsheet, not a database", Files.readString(folder.databaseFile()));
    }

    @Test
    void aServerUrlThatCannotBeOpenedIsOneClearProblem() {
        ProblemException e = assertThrows(ProblemException.class, () -> Database.open("jdbc:postgresql://127.0.0.1:1/none?user=x&password=secret"));
        assertEquals("error.db.open_failed", e.problem().key());
        assertTrue(e.args().get(0).toString().contains("password=***"), "password shown: " + e.args());
    }

    @Test
    void checksMigrationOrderAndSplitsStatements() {
        assertEquals(List.of("CREATE TABLE a (x INT)", "CREATE INDEX i ON a (x)"),
                Migrations.statements("-- comment\nCREATE TABLE a (x INT);\n\nCREATE INDEX i ON a (x);\n"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"cut to half its length", "cut after its header", "its middle overwritten with random bytes", "random bytes"})
    void aDamagedDatabaseFileIsOneClearProblemAndIsLeftAsItWas(String damage) throws Exception {
        DataFolder folder = new DataFolder(dir);
        TestData data = new TestData();
        try (Database db = Database.open(folder, LegacyH2.none())) {
            data.insertBasics(db.jdbi());
        }
        byte[] whole = Files.readAllBytes(folder.databaseFile());
        java.util.Random random = new java.util.Random(7);
        byte[] damaged = switch (damage) {
            case "cut to half its length" -> java.util.Arrays.copyOf(whole, whole.length / 2);
            case "cut after its header" -> java.util.Arrays.copyOf(whole, 4096 + 100);
            case "its middle overwritten with random bytes" -> {
                byte[] copy = whole.clone();
                byte[] noise = new byte[copy.length - 8192];
                random.nextBytes(noise);
                System.arraycopy(noise, 0, copy, 8192, noise.length);
                yield copy;
            }
            default -> {
                byte[] noise = new byte[whole.length];
                random.nextBytes(noise);
                yield noise;
            }
        };
        java.nio.file.attribute.FileTime closedAt = Files.getLastModifiedTime(folder.databaseFile());
        Files.write(folder.databaseFile(), damaged);
        // damage comes later than the close; the file system's clock need not tick between two writes this close together
        Files.setLastModifiedTime(folder.databaseFile(), java.nio.file.attribute.FileTime.fromMillis(closedAt.toMillis() + 2000));
        ProblemException e = assertThrows(ProblemException.class, () -> Database.open(folder, LegacyH2.none()));
        assertTrue(List.of("error.db.damaged", "error.db.not_h2").contains(e.problem().key()), e.problem().toString());
        assertTrue(java.util.Arrays.equals(damaged, Files.readAllBytes(folder.databaseFile())), "the damaged file was changed");
        Database.open(new DataFolder(dir.resolve("elsewhere")), LegacyH2.none()).close();
    }
}

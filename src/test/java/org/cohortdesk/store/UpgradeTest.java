package org.cohortdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.cohortdesk.model.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Carrying the user's data across a schema change and across an H2 file-format change. */
class UpgradeTest {
    @TempDir
    Path dir;

    @Test
    void upgradesAnOlderSchemaAfterSavingACopy() throws IOException {
        DataFolder folder = new DataFolder(dir);
        Migrations v1 = Migrations.bundled();
        TestData data = new TestData();
        try (Database db = Database.open(folder, LegacyH2.none(), v1)) {
            data.insertBasics(db.jdbi());
        }
        List<Migrations.Script> scripts = new ArrayList<>(v1.scripts());
        int next = v1.latestVersion() + 1;
        scripts.add(new Migrations.Script(next, "add partner website", "ALTER TABLE partners ADD COLUMN website VARCHAR(200);\n", "c0ffee"));
        try (Database db = Database.open(folder, LegacyH2.none(), Migrations.of(scripts))) {
            assertEquals(next, db.schemaVersion());
            assertEquals(1, (int) db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM partners WHERE website IS NULL").mapTo(Integer.class).one()));
        }
        try (Stream<Path> copies = Files.list(folder.backups())) {
            List<Path> saved = copies.filter(p -> p.getFileName().toString().startsWith("before-schema-upgrade-v" + v1.latestVersion())).toList();
            assertEquals(1, saved.size(), "one copy saved before the upgrade");
            assertTrue(Files.size(saved.get(0)) > 0);
        }
        assertEquals(Integer.toString(next), H2Files.readStamp(folder).getProperty("schema.version"));
    }

    @Test
    void addsStudyVisitsToADatabaseOfVersionOneKeepingItsSessions() {
        DataFolder folder = new DataFolder(dir);
        TestData data = new TestData();
        var cohort = data.cohort("LAO-2026-01", java.time.LocalDate.of(2026, 1, 5), java.time.LocalDate.of(2026, 2, 27));
        var start = java.time.LocalDateTime.of(2026, 1, 5, 8, 0);
        var session = new org.cohortdesk.model.Session(java.util.UUID.randomUUID(), cohort.id(), null, org.cohortdesk.model.SessionKind.STUDY_VISIT,
                "Văn phòng Chính phủ", start, start.plusHours(4), null, null, TestData.NOW, TestData.NOW, 0);
        try (Database db = Database.open(folder, LegacyH2.none(), Migrations.of(Migrations.bundled().scripts().subList(0, 1)))) {
            data.insertBasics(db.jdbi());
            db.jdbi().useTransaction(h -> {
                Tables.COHORTS.insert(h, cohort);
                Tables.SESSIONS.insert(h, session);
            });
        }
        try (Database db = Database.open(folder, LegacyH2.none())) {
            assertEquals(Migrations.bundled().latestVersion(), db.schemaVersion());
            assertEquals(session, db.jdbi().withHandle(h -> Tables.SESSIONS.find(h, session.id())).orElseThrow());
            var visit = new org.cohortdesk.model.StudyVisit(java.util.UUID.randomUUID(), session.id(), "Văn phòng Chính phủ", "Xe 29 chỗ", 21,
                    TestData.NOW, TestData.NOW, 0);
            db.jdbi().useTransaction(h -> Tables.STUDY_VISITS.insert(h, visit));
            assertEquals(visit, db.jdbi().withHandle(h -> Tables.STUDY_VISITS.find(h, visit.id())).orElseThrow());
        }
    }

    @Test
    void refusesToRunOnAnEditedReleasedMigration() {
        DataFolder folder = new DataFolder(dir);
        Database.open(folder, LegacyH2.none()).close();
        Migrations.Script v1 = Migrations.bundled().scripts().get(0);
        List<Migrations.Script> scripts = new ArrayList<>(Migrations.bundled().scripts());
        scripts.set(0, new Migrations.Script(1, v1.description(), v1.sql() + "\n-- edited", "different"));
        Migrations edited = Migrations.of(scripts);
        ProblemException e = assertThrows(ProblemException.class, () -> Database.open(folder, LegacyH2.none(), edited));
        assertEquals("error.schema.checksum", e.problem().key());
    }

    @Test
    void carriesAnOlderH2FileFormatAcrossKeepingTheOldFile() throws Exception {
        Path legacyJar = Path.of(System.getProperty("cohortdesk.h2.legacy.jar", "target/h2-legacy/h2-2.1.214.jar"));
        assertTrue(Files.isRegularFile(legacyJar), "legacy H2 jar missing: " + legacyJar);
        DataFolder folder = new DataFolder(dir);
        writeWithLegacyH2(legacyJar, folder);
        assertEquals(Optional.of(2), H2Files.formatOfFile(folder.databaseFile()));

        ProblemException refused = assertThrows(ProblemException.class, () -> Database.open(folder, LegacyH2.none()));
        assertEquals("error.db.format_older", refused.problem().key());
        assertEquals(Optional.of(2), H2Files.formatOfFile(folder.databaseFile()), "refusal must leave the file as it was");

        try (Database db = Database.open(folder, format -> format == 2 ? Optional.of(legacyJar) : Optional.empty())) {
            assertEquals("ກະຊວງພາຍໃນ", db.jdbi().withHandle(h -> h.createQuery("SELECT name_local FROM partners").mapTo(String.class).one()));
            assertEquals(Migrations.bundled().latestVersion(), db.schemaVersion());
        }
        assertEquals(Optional.of(H2Files.CURRENT_FORMAT), H2Files.formatOfFile(folder.databaseFile()));
        try (Stream<Path> kept = Files.list(folder.backups())) {
            assertEquals(1, kept.filter(p -> p.getFileName().toString().matches("cohortdesk-h2-format2-.*\\.mv\\.db")).count());
        }
        assertEquals(H2Files.CURRENT_VERSION, H2Files.readStamp(folder).getProperty("h2.version"));
    }

    /** Builds a Cohort Desk database the way an H2 2.1 release would have written it. */
    private static void writeWithLegacyH2(Path jar, DataFolder folder) throws Exception {
        Files.createDirectories(folder.path());
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            Driver driver = (Driver) Class.forName("org.h2.Driver", true, loader).getDeclaredConstructor().newInstance();
            Properties login = new Properties();
            login.setProperty("user", "sa");
            login.setProperty("password", "");
            String url = "jdbc:h2:file:" + folder.databaseBase() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
            try (Connection c = driver.connect(url, login); Statement s = c.createStatement()) {
                Migrations.Script v1 = Migrations.bundled().scripts().get(0);
                s.execute("CREATE TABLE schema_history (version INTEGER NOT NULL, description VARCHAR(200) NOT NULL,"
                        + " checksum VARCHAR(64) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY (version))");
                for (String statement : Migrations.statements(v1.sql())) {
                    s.execute(statement);
                }
                s.execute("INSERT INTO schema_history VALUES (1, '" + v1.description() + "', '" + v1.checksum() + "', CURRENT_TIMESTAMP)");
                s.execute("INSERT INTO partners VALUES (RANDOM_UUID(), 'Ministry of Home Affairs', 'ກະຊວງພາຍໃນ', 'MoHA', 'LA', 'MINISTRY',"
                        + " NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)");
                s.execute("SHUTDOWN");
            }
        }
        Files.writeString(folder.path().resolve("datafolder.properties"), "h2.version=2.1.214\nh2.format=2\n", StandardCharsets.UTF_8);
    }
}

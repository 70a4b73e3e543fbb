package org.cohortdesk.cli;

import static org.cohortdesk.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.cohortdesk.cli.CommandLineTest.Result;
import org.cohortdesk.service.Services;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.LegacyH2;
import org.cohortdesk.store.TestDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code copy-to-server}: a data folder with a year of sample data copied onto an empty database
 * (the PostgreSQL server in the {@code postgresql} run, another H2 file otherwise); every table
 * arrives whole, agreements' links to their parents too, the copy opens as a workspace, and a second
 * copy onto the filled database is refused and changes nothing.
 */
class CopyToServerCommandTest {
    static final List<String> TABLES = List.of("partners", "agreements", "courses", "course_modules", "cohorts", "people", "enrollments",
            "sessions", "resources", "session_resources", "study_visits", "attendance", "audit_log");

    static final String PARENT_LINKS = "agreements with their parent";

    @TempDir
    Path dir;
    String data;
    String server;

    @BeforeEach
    void sampleAndEmptyServer() {
        data = dir.resolve("data").toString();
        try (Database db = Database.open(new DataFolder(dir.resolve("data")), LegacyH2.none())) {
            Services.over(db.jdbi(), Clock.fixed(Instant.parse("2026-11-23T03:00:00Z"), ZoneOffset.UTC)).demo().load(1, 7, p -> {});
        }
        server = TestDatabases.onPostgres() ? TestDatabases.schemaUrl(dir.resolve("server"))
                : "jdbc:h2:file:" + dir.resolve("server").resolve("office") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    @Test
    void copiesEveryRowOntoTheEmptyServerOnceAndRefusesASecondTime() {
        Map<String, Long> before = counts(Database.open(new DataFolder(dir.resolve("data")), LegacyH2.none()));
        assertTrue(before.get("attendance") > 1000 && before.get(PARENT_LINKS) > 0, "a year of sample data: " + before);

        Result copied = run("copy-to-server", "--to", server, "--data", data, "--lang", "en");
        assertEquals(0, copied.code(), copied.err());
        assertTrue(copied.lines().contains(String.format(Locale.ENGLISH, "attendance: %,d rows", before.get("attendance"))), copied.out());
        assertTrue(copied.lines().get(copied.lines().size() - 1).startsWith("Copied "), copied.out());
        assertEquals(before, counts(Database.open(server)), "every table whole");
        try (Database office = Database.open(server)) {
            Services services = Services.over(office.jdbi(), Clock.systemUTC());
            assertEquals(before.get("cohorts").intValue(), services.cohorts().summaries().size(), "the copy opens and reads");
        }

        Result again = run("copy-to-server", "--to", server, "--data", data, "--lang", "en");
        assertEquals(1, again.code(), again.out());
        assertTrue(again.err().contains("already holds data") && again.err().contains("Nothing was copied"), again.err());
        assertEquals(before, counts(Database.open(server)), "nothing changed by the refusal");
    }

    @Test
    void theSourceIsTheFolderNotAServer() {
        Result refused = run("copy-to-server", "--to", server, "--db", server, "--data", data, "--lang", "en");
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("--to, not --db"), refused.err());
    }

    private static Map<String, Long> counts(Database opened) {
        try (Database db = opened) {
            Map<String, Long> counts = new TreeMap<>();
            db.jdbi().useHandle(h -> {
                TABLES.forEach(t -> counts.put(t, h.createQuery("SELECT COUNT(*) FROM " + t).mapTo(Long.class).one()));
                // an agreement's parent is the same table: linked after its rows are copied
                counts.put(PARENT_LINKS, h.createQuery("SELECT COUNT(*) FROM agreements a JOIN agreements p ON a.parent_id = p.id")
                        .mapTo(Long.class).one());
            });
            return counts;
        }
    }
}

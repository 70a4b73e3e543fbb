package org.cohortdesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.ProblemException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What is particular to a database server: the migrations run in the connection's own schema, the
 * server's constraint violations read as the same messages as H2's, a newer schema is refused, and
 * no password reaches a message. The tests that need a server run in the {@code postgresql}
 * execution (store/TestDatabases).
 */
class PostgresStoreTest {
    static final LocalDate MAY = LocalDate.of(2026, 5, 4);
    static final LocalDate JUNE = LocalDate.of(2026, 6, 26);

    @TempDir
    Path dir;

    static void requireServer() {
        Assumptions.assumeTrue(TestDatabases.onPostgres(), "needs the postgresql run");
    }

    @Test
    void migratesAnEmptySchemaAndReopensWithTheDataKept() {
        requireServer();
        TestData data = new TestData();
        try (Database db = TestDatabases.open(dir)) {
            assertEquals(Migrations.bundled().latestVersion(), db.schemaVersion());
            List<String> tables = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = CURRENT_SCHEMA ORDER BY 1")
                    .mapTo(String.class).list());
            assertTrue(tables.containsAll(List.of("cohorts", "people", "enrollments", "schema_history", "study_visits")), tables.toString());
            assertTrue(db.description().startsWith("jdbc:postgresql://"), db.description());
            data.insertBasics(db.jdbi());
        }
        try (Database db = TestDatabases.open(dir)) {
            assertEquals(data.partner, db.jdbi().withHandle(h -> Tables.PARTNERS.find(h, data.partner.id())).orElseThrow());
            int applied = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM schema_history").mapTo(Integer.class).one());
            assertEquals(Migrations.bundled().latestVersion(), applied, "each migration recorded once");
        }
    }

    @Test
    void desktopsStartedTogetherOnAnEmptyServerMigrateItOnce() throws Exception {
        requireServer();
        String url = TestDatabases.schemaUrl(dir);
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(3);
        List<java.util.concurrent.CompletableFuture<Database>> starts = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            starts.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    together.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return Database.open(url);
            }));
        }
        List<Database> opened = new java.util.ArrayList<>();
        try {
            for (var start : starts) {
                opened.add(start.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            int latest = Migrations.bundled().latestVersion();
            for (Database db : opened) {
                assertEquals(latest, db.schemaVersion());
            }
            assertEquals(latest, (int) opened.get(0).jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM schema_history")
                    .mapTo(Integer.class).one()));
        } finally {
            opened.forEach(Database::close);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"uq_cohorts_code", "fk_cohorts_course", "ck_cohorts_dates", "ck_cohorts_planned_size"})
    void aConstraintTheServerEnforcesBecomesItsMessageAndNothingIsWritten(String constraint) {
        requireServer();
        try (Database db = TestDatabases.open(dir)) {
            TestData data = new TestData().insertBasics(db.jdbi());
            Cohort first = data.cohort("LAO-2026-05", MAY, JUNE);
            Transactions.useTransaction(db.jdbi(), h -> Tables.COHORTS.insert(h, first));
            Function<Cohort, Cohort> breaking = switch (constraint) {
                case "uq_cohorts_code" -> c -> c;
                case "fk_cohorts_course" -> c -> new Cohort(c.id(), "LAO-2026-06", UUID.randomUUID(), c.partnerId(), null, MAY, JUNE, 20,
                        c.status(), null, null, null, null, c.createdAt(), c.updatedAt(), 0);
                case "ck_cohorts_dates" -> c -> new Cohort(c.id(), "LAO-2026-06", c.courseId(), c.partnerId(), null, JUNE, MAY, 20,
                        c.status(), null, null, null, null, c.createdAt(), c.updatedAt(), 0);
                default -> c -> new Cohort(c.id(), "LAO-2026-06", c.courseId(), c.partnerId(), null, MAY, JUNE, 0,
                        c.status(), null, null, null, null, c.createdAt(), c.updatedAt(), 0);
            };
            Cohort bad = breaking.apply(data.cohort("LAO-2026-05", MAY, JUNE));
            Cohort good = data.cohort("LAO-2026-07", MAY, JUNE);

            ProblemException e = assertThrows(ProblemException.class, () -> Transactions.useTransaction(db.jdbi(), h -> {
                Tables.COHORTS.insert(h, good);
                Tables.COHORTS.insert(h, bad);
            }));

            assertEquals("error.constraint." + constraint, e.problem().key());
            assertEquals(1, db.jdbi().withHandle(Tables.COHORTS::count), "the whole transaction is undone");
        }
    }

    @Test
    void refusesASchemaNewerThanThisBuild() {
        requireServer();
        try (Database db = TestDatabases.open(dir)) {
            db.jdbi().useHandle(h -> h.execute(
                    "INSERT INTO schema_history (version, description, checksum, applied_at) VALUES (99, 'future', 'x', CURRENT_TIMESTAMP)"));
        }
        ProblemException e = assertThrows(ProblemException.class, () -> TestDatabases.open(dir));
        assertEquals("error.schema.newer", e.problem().key());
    }

    @Test
    void anUnreachableServerIsAClearProblemWithoutThePassword() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> Database.open("jdbc:postgresql://127.0.0.1:1/cohortdesk?user=coord&password=s3cret&connectTimeout=2"));
        assertEquals("error.db.open_failed", e.problem().key());
        assertFalse(e.args().toString().contains("s3cret"), e.args().toString());
    }

    @Test
    void thePasswordVariableIsUsedOnlyWhenTheAddressHasNone() {
        assertEquals("pw", Database.credentials("jdbc:postgresql://office/cd?user=coord", "pw").getProperty("password"));
        assertTrue(Database.credentials("jdbc:postgresql://office/cd?user=coord&password=x", "pw").isEmpty());
        assertTrue(Database.credentials("jdbc:postgresql://office/cd?user=coord", null).isEmpty());
    }

    @ParameterizedTest(name = "SQL state {0}")
    @ValueSource(strings = {"40P01", "40001"})
    void aTransactionTheServerUndidForAConcurrentOneIsToldAsSuch(String state) {
        var undone = new org.jdbi.v3.core.statement.UnableToExecuteStatementException(
                new java.sql.SQLException("deadlock detected", state), null);
        RuntimeException e = Transactions.translate(undone);
        assertEquals("error.db.concurrent", ((ProblemException) e).problem().key());
    }
}

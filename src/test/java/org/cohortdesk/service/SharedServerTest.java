package org.cohortdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.StaleEditException;
import org.cohortdesk.service.enrollment.EnrollmentService.Trainee;
import org.cohortdesk.service.person.PeopleFixture;
import org.cohortdesk.service.settings.Settings;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.TestData;
import org.cohortdesk.store.TestDatabases;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two desktops on one PostgreSQL server (two workspaces, each with its own data folder and its own
 * connections) edit the same trainee of the same roster. The second to save is told, in words,
 * that someone else changed it; the first one's edit stays. Runs in the {@code postgresql}
 * execution only (store/TestDatabases): on H2 a second workspace cannot open the same database.
 */
class SharedServerTest {
    static final Clock CLOCK = Clock.fixed(TestData.NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;

    Workspace first;
    Workspace second;
    Trainee stored;

    @BeforeEach
    void openTwoDesktopsOnOneServer() throws Exception {
        Assumptions.assumeTrue(TestDatabases.onPostgres(), "two desktops share a server only in the postgresql run");
        String url = TestDatabases.schemaUrl(dir.resolve("server"));
        first = Workspace.open(new DataFolder(Files.createDirectories(dir.resolve("desk-1"))), url, CLOCK);
        second = Workspace.open(new DataFolder(Files.createDirectories(dir.resolve("desk-2"))), url, CLOCK);
        TestData data = new TestData().insertBasics(first.database().jdbi());
        Cohort cohort = data.cohort("LAO-2026-05", LocalDate.of(2026, 5, 4), LocalDate.of(2026, 6, 26));
        Person vilay = PeopleFixture.person("Vilay Inthavong", "ວິໄລ ອິນທະວົງ", LocalDate.of(1986, 3, 3), "P1111111",
                LocalDate.of(2031, 1, 1), "MoHA");
        Enrollment enrollment = PeopleFixture.enrollment(cohort.id(), vilay.id(), EnrollmentStatus.NOMINATED);
        first.database().jdbi().useTransaction(h -> {
            Tables.COHORTS.insert(h, cohort);
            Tables.PEOPLE.insert(h, vilay);
            Tables.ENROLLMENTS.insert(h, enrollment);
        });
        stored = new Trainee(vilay, enrollment);
    }

    @AfterEach
    void close() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    @Test
    void theSecondDesktopSavingAStaleTraineeIsToldAndTheFirstEditStays() {
        first.services().enrollments().save(withRoom(stored, "A-101"));

        StaleEditException refused = assertThrows(StaleEditException.class,
                () -> second.services().enrollments().save(withRoom(stored, "B-202")));

        assertEquals("error.stale.changed", refused.problem().key());
        assertTrue(new Localization(Language.EN).tr(refused.problem()).startsWith("Someone else changed this"),
                new Localization(Language.EN).tr(refused.problem()));
        for (Language language : Language.values()) {
            String text = new Localization(language).tr(refused.problem());
            assertTrue(!text.startsWith("[") && !text.contains("SQL"), language + ": " + text);
        }
        assertRoomIs("A-101", 1);
    }

    @Test
    void savesAtTheSameInstantNeverLoseAnUpdate() throws Exception {
        Enrollment firstEdit = withRoom(stored, "A-101").enrollment();
        try (Handle inFlight = first.database().jdbi().open()) {
            inFlight.begin();
            assertTrue(Tables.ENROLLMENTS.update(inFlight, firstEdit), "the first desktop's update, not yet committed");

            CompletableFuture<Trainee> secondSave = CompletableFuture.supplyAsync(
                    () -> second.services().enrollments().save(withRoom(stored, "B-202")));
            awaitSomeoneWaitingForARowLock(secondSave);
            inFlight.commit();

            ExecutionException failed = assertThrows(ExecutionException.class, () -> secondSave.get(30, TimeUnit.SECONDS));
            StaleEditException refused = assertInstanceOf(StaleEditException.class, failed.getCause());
            assertEquals("error.stale.changed", refused.problem().key());
        }
        assertRoomIs("A-101", 1);
    }

    @Test
    void aDesktopWhoseSettingNamesTheServerOpensItAndDbOverridesIt() throws Exception {
        DataFolder third = new DataFolder(Files.createDirectories(dir.resolve("desk-3")));
        Settings settings = Settings.load(third.settingsFile());
        settings.setServerUrl(TestDatabases.schemaUrl(dir.resolve("server")));
        settings.save();

        try (Workspace fromSetting = Workspace.open(third, null, CLOCK)) {
            assertEquals(first.database().description(), fromSetting.database().description());
            assertEquals(1, fromSetting.database().jdbi().withHandle(Tables.ENROLLMENTS::count), "the roster the others edit");
        }
        String elsewhere = TestDatabases.schemaUrl(dir.resolve("another-server"));
        try (Workspace overridden = Workspace.open(third, elsewhere, CLOCK)) {
            assertTrue(overridden.database().description().endsWith(elsewhere.substring(elsewhere.lastIndexOf('='))),
                    overridden.database().description());
            assertEquals(0, overridden.database().jdbi().withHandle(Tables.ENROLLMENTS::count));
        }
    }

    /** Waits (bounded) until the second desktop's save blocks on the row the first one holds: the two are really at once. */
    private void awaitSomeoneWaitingForARowLock(CompletableFuture<?> save) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            int waiting = first.database().jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")
                    .mapTo(Integer.class).one());
            if (waiting > 0) {
                return;
            }
            if (save.isDone()) {
                throw new AssertionError("the second save finished while the first held the row: " + save);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the second save never waited for the row the first one holds");
    }

    private void assertRoomIs(String room, int version) {
        Enrollment now = second.database().jdbi().withHandle(h -> Tables.ENROLLMENTS.find(h, stored.enrollment().id())).orElseThrow();
        assertEquals(room, now.room());
        assertEquals(version, now.version());
    }

    private static Trainee withRoom(Trainee t, String room) {
        Enrollment e = t.enrollment();
        return new Trainee(t.person(), new Enrollment(e.id(), e.cohortId(), e.personId(), e.status(), e.arrivalOn(), e.arrivalFlight(),
                e.departureOn(), e.departureFlight(), room, e.visaNo(), e.visaExpiry(), e.withdrawnOn(), e.withdrawalReason(), e.notes(),
                e.createdAt(), e.updatedAt(), e.version()));
    }
}

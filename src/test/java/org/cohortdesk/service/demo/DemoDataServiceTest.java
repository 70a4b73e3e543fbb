package org.cohortdesk.service.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.Partner;
import org.cohortdesk.model.PartnerKind;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.model.rules.TraineeRules;
import org.cohortdesk.store.Tables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Loading the sample: the refusals, the determinism and the progress reports. */
class DemoDataServiceTest {
    private static final String COHORTS = "SELECT code || ' ' || starts_on || ' ' || status || ' ' || planned_size FROM cohorts ORDER BY code";
    private static final String PEOPLE = "SELECT CAST(id AS VARCHAR(40)) || ' ' || name_latin || ' ' || COALESCE(name_local, '-')"
            + " || ' ' || COALESCE(passport_no, '-') FROM people ORDER BY id";
    private static final String MARKS = "SELECT mark || ' ' || COUNT(*) FROM attendance GROUP BY mark ORDER BY mark";

    @TempDir
    Path dir;

    @Test
    void sameSeedGivesTheSameData() {
        List<List<String>> first = loadAndRead(dir.resolve("a"), 42);
        List<List<String>> second = loadAndRead(dir.resolve("b"), 42);
        assertEquals(first, second);
        List<List<String>> other = loadAndRead(dir.resolve("c"), 43);
        assertNotEquals(first.get(1), other.get(1), "another seed, other people");
    }

    private List<List<String>> loadAndRead(Path folder, long seed) {
        try (DemoFixture f = new DemoFixture(folder)) {
            DemoDataService.Loaded loaded = f.services.demo().load(1, seed, p -> { });
            List<String> counts = new ArrayList<>(List.of(loaded.toString()));
            f.services.integrity().counts().forEach((k, v) -> counts.add(k + "=" + v));
            return List.of(f.column(COHORTS, String.class), f.column(PEOPLE, String.class), f.column(MARKS, String.class), counts);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-02T01:00:00Z", "2026-07-01T12:00:00Z", "2026-12-31T16:30:00Z"})
    void loadsOnAnyDayOfTheYear(String instant) {
        try (DemoFixture f = new DemoFixture(dir, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC))) {
            DemoDataService.Loaded loaded = f.services.demo().load(1, 3, p -> { });
            assertEquals(List.of(), f.services.integrity().check());
            assertTrue(loaded.cohorts() > 40, loaded.toString());
            List<String> warnings = f.db.jdbi().withHandle(h -> {
                Map<UUID, Cohort> cohorts = Tables.COHORTS.all(h, "id").stream().collect(Collectors.toMap(Cohort::id, c -> c));
                Map<UUID, Person> people = Tables.PEOPLE.all(h, "id").stream().collect(Collectors.toMap(Person::id, p -> p));
                return Tables.ENROLLMENTS.all(h, "id").stream()
                        .flatMap(e -> TraineeRules.check(people.get(e.personId()), e, cohorts.get(e.cohortId())).stream())
                        .map(Problem::key).toList();
            });
            assertTrue(List.of("rule.passport.expires_soon", "rule.passport.missing").containsAll(warnings), warnings.toString());
        }
    }

    @Test
    void refusesAWorkspaceWithDataAndChangesNothing() {
        try (DemoFixture f = new DemoFixture(dir)) {
            f.db.jdbi().useTransaction(h -> Tables.PARTNERS.insert(h, new Partner(UUID.randomUUID(), "Ministry of Home Affairs",
                    "ກະຊວງພາຍໃນ", "MoHA", "LA", PartnerKind.MINISTRY, null, DemoFixture.NOW, DemoFixture.NOW, 0)));
            Map<String, Integer> before = f.services.integrity().counts();
            List<DemoDataService.Progress> reports = new ArrayList<>();

            ProblemException refused = assertThrows(ProblemException.class, () -> f.services.demo().load(1, 42, reports::add));

            assertEquals("error.demo.not_empty", refused.problem().key());
            assertEquals(List.of(1, 0, 0), refused.args());
            assertEquals(before, f.services.integrity().counts());
            assertEquals(0, f.count("SELECT COUNT(*) FROM audit_log"));
            assertEquals(0, f.count("SELECT COUNT(*) FROM resources") + f.count("SELECT COUNT(*) FROM holidays"));
            assertEquals(List.of(), reports);
        }
    }

    @Test
    void refusesASecondLoad() {
        try (DemoFixture f = new DemoFixture(dir)) {
            f.services.demo().load(1, 7, p -> { });
            Map<String, Integer> before = f.services.integrity().counts();
            ProblemException refused = assertThrows(ProblemException.class, () -> f.services.demo().load(1, 8, p -> { }));
            assertEquals(before.get("cohorts"), refused.args().get(2));
            assertEquals(before, f.services.integrity().counts());
            assertEquals(1, f.count("SELECT COUNT(*) FROM audit_log WHERE action = 'BULK' AND entity = 'workspace'"));
        }
    }

    @Test
    void refusesLessThanOneYear() {
        try (DemoFixture f = new DemoFixture(dir)) {
            assertThrows(IllegalArgumentException.class, () -> f.services.demo().load(0, 1, p -> { }));
        }
    }

    @Test
    void reportsProgressFromZeroToOneOnTheCallingThreadWithKnownKeys() {
        try (DemoFixture f = new DemoFixture(dir)) {
            List<DemoDataService.Progress> reports = new ArrayList<>();
            List<Thread> threads = new ArrayList<>();
            f.services.demo().load(1, 42, p -> {
                reports.add(p);
                threads.add(Thread.currentThread());
            });

            assertTrue(reports.size() >= 8, "reports: " + reports.size());
            assertEquals(0.0, reports.get(0).fraction());
            assertEquals(new DemoDataService.Progress(1.0, "demo.step.done"), reports.get(reports.size() - 1));
            for (int i = 1; i < reports.size(); i++) {
                assertTrue(reports.get(i).fraction() >= reports.get(i - 1).fraction(), "fractions never go back: " + reports);
            }
            assertTrue(threads.stream().allMatch(t -> t == Thread.currentThread()));
            List<String> keys = reports.stream().map(DemoDataService.Progress::stepKey).distinct().toList();
            assertEquals(List.of("demo.step.planning", "demo.step.reference", "demo.step.cohorts", "demo.step.people",
                    "demo.step.enrollments", "demo.step.sessions", "demo.step.attendance", "demo.step.done"), keys);
            for (Language language : Language.values()) {
                Localization tr = new Localization(language);
                keys.forEach(k -> assertTrue(tr.has(k), k + " in " + language));
            }
        }
    }

    @Test
    void reusesRoomsAndKeepsTheExtraDaysOffTheWorkspaceAlreadyHas() {
        try (DemoFixture f = new DemoFixture(dir)) {
            UUID hall = UUID.randomUUID();
            f.db.jdbi().useTransaction(h -> {
                h.createUpdate("INSERT INTO resources (id, kind, name, capacity, active, created_at, updated_at, version)"
                        + " VALUES (:id, 'ROOM', :name, 200, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)")
                        .bind("id", hall).bind("name", DemoNames.nfc("Hội trường lớn (Nhà A)")).execute();
                h.createUpdate("INSERT INTO holidays (id, country, holiday_on, name, kind, created_at, updated_at, version)"
                        + " VALUES (:id, 'VN', DATE '2026-09-04', 'Nghỉ bù', 'EXTRA', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)")
                        .bind("id", UUID.randomUUID()).execute();
            });

            f.services.demo().load(1, 42, p -> { });

            assertEquals(12, f.count("SELECT COUNT(*) FROM resources WHERE kind = 'ROOM'"));
            assertEquals(1, f.count("SELECT COUNT(*) FROM resources WHERE kind = 'ROOM' AND capacity = 200"));
            assertTrue(f.count("SELECT COUNT(*) FROM session_resources WHERE resource_id = '" + hall + "'") > 0);
            assertEquals(List.of("VN 2026-09-04 EXTRA"), f.column("SELECT country || ' ' || holiday_on || ' ' || kind FROM holidays",
                    String.class), "the workspace's extra day kept, no holiday added");
            assertEquals(List.of(), f.services.integrity().check());
        }
    }
}

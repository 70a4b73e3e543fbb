package org.cohortdesk.service.roster;

import static org.cohortdesk.service.person.PeopleFixture.enrollment;
import static org.cohortdesk.service.person.PeopleFixture.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.model.rules.DuplicateReason;
import org.cohortdesk.store.TestDatabases;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterServiceTest {
    @TempDir
    Path dir;

    @Test
    void numbersTheRosterByNameAndWarnsPerTraineeAndForTheCohort() {
        try (Database db = TestDatabases.open(dir)) {
            TestData data = new TestData().insertBasics(db.jdbi());
            Cohort base = data.cohort("LAO-2026-05", LocalDate.of(2026, 5, 4), LocalDate.of(2026, 6, 26));
            Cohort cohort = new Cohort(base.id(), base.code(), base.courseId(), base.partnerId(), null, base.startsOn(), base.endsOn(), 2,
                    base.status(), null, null, null, null, base.createdAt(), base.updatedAt(), 0);
            Person vilay = person("Vilay Inthavong", "ວິໄລ ອິນທະວົງ", LocalDate.of(1986, 3, 3), "P1111111", LocalDate.of(2026, 9, 1), "MoHA");
            Person bounmy = person("Bounmy Vongsa", "ບຸນມີ ວົງສາ", LocalDate.of(1979, 1, 1), "P2222222", LocalDate.of(2031, 1, 1), "MoHA");
            Person anou = person("Anousone Keomany", null, LocalDate.of(1990, 1, 1), null, null, "PMO");
            Person bounmyElsewhere = person("Vongsa Bounmy", null, LocalDate.of(1979, 1, 1), null, null, "Province");
            db.jdbi().useTransaction(h -> {
                Tables.COHORTS.insert(h, cohort);
                Tables.PEOPLE.insertAll(h, List.of(vilay, bounmy, anou, bounmyElsewhere));
                Tables.ENROLLMENTS.insertAll(h, List.of(enrollment(cohort.id(), vilay.id(), EnrollmentStatus.CONFIRMED),
                        enrollment(cohort.id(), bounmy.id(), EnrollmentStatus.CONFIRMED),
                        enrollment(cohort.id(), anou.id(), EnrollmentStatus.NOMINATED)));
            });

            RosterService.Roster roster = new RosterService(db.jdbi()).roster(" LAO-2026-05 ");

            assertEquals(List.of("Anousone Keomany", "Bounmy Vongsa", "Vilay Inthavong"),
                    roster.lines().stream().map(l -> l.person().nameLatin()).toList());
            assertEquals(List.of(1, 2, 3), roster.lines().stream().map(RosterService.Line::no).toList());
            assertEquals(List.of("rule.passport.missing"), keys(roster.lines().get(0).warnings()));
            assertEquals(List.of(Problem.warning("rule.person.likely_duplicate", "Vongsa Bounmy", DuplicateReason.SAME_BIRTH_DATE_AND_NAME)),
                    roster.lines().get(1).warnings());
            assertEquals(List.of("rule.passport.expires_soon"), keys(roster.lines().get(2).warnings()), "expires two months after the end");
            assertEquals(List.of(Problem.warning("rule.cohort.over_size", 3L, 2)), roster.warnings());

            ProblemException unknown = assertThrows(ProblemException.class, () -> new RosterService(db.jdbi()).roster("NOPE-1"));
            assertEquals(List.of("NOPE-1"), unknown.args());
        }
    }

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(Problem::key).toList();
    }
}

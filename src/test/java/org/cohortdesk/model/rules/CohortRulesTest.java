package org.cohortdesk.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.cohortdesk.model.CohortStatus;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CohortRulesTest {

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource({
        "2026-03-02, 2026-04-01, ''",                      // exactly one month, both days counted
        "2026-03-02, 2026-03-31, rule.cohort.length",      // a day short of a month
        "2026-03-02, 2026-06-01, ''",                      // exactly three months
        "2026-03-02, 2026-06-02, rule.cohort.length",      // a day over three months
        "2026-01-31, 2026-02-27, ''",                      // a month from the 31st ends on the 27th of February
        "2026-03-02, 2026-03-01, rule.cohort.end_before_start"
    })
    void checksTheLengthOfACohort(LocalDate start, LocalDate end, String expected) {
        List<Problem> problems = CohortRules.checkDates(start, end);
        assertEquals(expected, problems.isEmpty() ? "" : problems.get(0).key());
    }

    @Test
    void anEndBeforeTheStartIsAnErrorAndALengthOnlyAWarning() {
        assertEquals(Severity.ERROR, CohortRules.checkDates(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)).get(0).severity());
        assertEquals(Severity.WARNING, CohortRules.checkDates(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9)).get(0).severity());
        assertEquals("rule.cohort.dates_missing", CohortRules.checkDates(null, LocalDate.of(2026, 3, 9)).get(0).key());
    }

    @Test
    void warnsOnlyWhenMoreAreEnrolledThanPlanned() {
        assertTrue(CohortRules.checkSize(20, 20).isEmpty());
        Problem over = CohortRules.checkSize(20, 21).get(0);
        assertEquals("rule.cohort.over_size", over.key());
        assertEquals(List.of(21L, 20), over.args());
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        "PLANNED, CONFIRMED, true", "CONFIRMED, IN_PROGRESS, true", "IN_PROGRESS, COMPLETED, true",
        "COMPLETED, REPORTED, true", "PLANNED, CANCELLED, true", "CONFIRMED, PLANNED, true",
        "PLANNED, COMPLETED, false", "REPORTED, PLANNED, false", "IN_PROGRESS, CANCELLED, false", "CANCELLED, CONFIRMED, false"
    })
    void allowsOnlyTheStepsOfTheCohortLife(CohortStatus from, CohortStatus to, boolean allowed) {
        assertEquals(allowed, CohortRules.checkTransition(from, to).isEmpty());
    }

    @Test
    void withdrawalCanBeUndoneButCompletionOnlyReopened() {
        assertTrue(EnrollmentStatus.ARRIVED.canMoveTo(EnrollmentStatus.WITHDRAWN));
        assertTrue(EnrollmentStatus.WITHDRAWN.canMoveTo(EnrollmentStatus.NOMINATED));
        assertTrue(!EnrollmentStatus.COMPLETED.canMoveTo(EnrollmentStatus.WITHDRAWN));
        assertTrue(!EnrollmentStatus.WITHDRAWN.isActive());
    }
}

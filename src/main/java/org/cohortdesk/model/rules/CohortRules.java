package org.cohortdesk.model.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cohortdesk.model.CohortStatus;
import org.cohortdesk.model.Problem;

/** Rules about a cohort as a whole: its dates, its size, its status changes. */
public final class CohortRules {
    /** Short courses run from one to three months. */
    public static final int MIN_MONTHS = 1;
    public static final int MAX_MONTHS = 3;

    private CohortRules() {}

    /**
     * Checks a cohort's dates: an end before the start is an error; a length outside one to three
     * months (counting both the first and the last day) is a warning.
     */
    public static List<Problem> checkDates(LocalDate startsOn, LocalDate endsOn) {
        List<Problem> problems = new ArrayList<>();
        if (startsOn == null || endsOn == null) {
            problems.add(Problem.error("rule.cohort.dates_missing"));
            return problems;
        }
        if (endsOn.isBefore(startsOn)) {
            problems.add(Problem.error("rule.cohort.end_before_start", startsOn, endsOn));
            return problems;
        }
        LocalDate dayAfterEnd = endsOn.plusDays(1);
        if (dayAfterEnd.isBefore(startsOn.plusMonths(MIN_MONTHS)) || dayAfterEnd.isAfter(startsOn.plusMonths(MAX_MONTHS))) {
            problems.add(Problem.warning("rule.cohort.length", MIN_MONTHS, MAX_MONTHS));
        }
        return problems;
    }

    /** A warning when more people are active in the cohort than planned. */
    public static List<Problem> checkSize(int plannedSize, long activeEnrollments) {
        return activeEnrollments > plannedSize
                ? List.of(Problem.warning("rule.cohort.over_size", activeEnrollments, plannedSize))
                : List.of();
    }

    /** An error when the status change is not one of the allowed steps. */
    public static List<Problem> checkTransition(CohortStatus from, CohortStatus to) {
        return from.canMoveTo(to) ? List.of() : List.of(Problem.error("rule.cohort.transition", from, to));
    }
}

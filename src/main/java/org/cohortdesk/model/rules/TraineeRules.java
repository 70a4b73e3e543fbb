package org.cohortdesk.model.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.Problem;

/** Rules about one trainee in one cohort: passport and visa. */
public final class TraineeRules {
    /** A passport must stay valid this many months after the course ends. */
    public static final int PASSPORT_MONTHS_AFTER_END = 6;

    private TraineeRules() {}

    /**
     * Warnings for a person enrolled in a cohort: no passport; a passport that expires before the
     * course ends, or within six months after; a visa that expires before the departure date (or
     * the course's end when no departure is known). A withdrawn enrollment gets none.
     */
    public static List<Problem> check(Person person, Enrollment enrollment, Cohort cohort) {
        List<Problem> problems = new ArrayList<>();
        if (enrollment.status() == EnrollmentStatus.WITHDRAWN) {
            return problems;
        }
        problems.addAll(checkPassport(person.passportNo(), person.passportExpiry(), cohort.endsOn()));
        LocalDate leaving = enrollment.departureOn() != null ? enrollment.departureOn() : cohort.endsOn();
        if (enrollment.visaExpiry() != null && enrollment.visaExpiry().isBefore(leaving)) {
            problems.add(Problem.warning("rule.visa.expires_before_departure", enrollment.visaExpiry(), leaving));
        }
        return problems;
    }

    public static List<Problem> checkPassport(String passportNo, LocalDate expiry, LocalDate cohortEnd) {
        if (passportNo == null || passportNo.isBlank()) {
            return List.of(Problem.warning("rule.passport.missing"));
        }
        if (expiry == null) {
            return List.of(Problem.warning("rule.passport.expiry_missing"));
        }
        if (expiry.isBefore(cohortEnd)) {
            return List.of(Problem.warning("rule.passport.expires_during", expiry, cohortEnd));
        }
        LocalDate requiredUntil = cohortEnd.plusMonths(PASSPORT_MONTHS_AFTER_END);
        if (expiry.isBefore(requiredUntil)) {
            return List.of(Problem.warning("rule.passport.expires_soon", expiry, requiredUntil));
        }
        return List.of();
    }
}

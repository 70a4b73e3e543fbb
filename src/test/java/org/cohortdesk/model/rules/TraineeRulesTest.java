package org.cohortdesk.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.CohortStatus;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.Sex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TraineeRulesTest {
    static final LocalDate END = LocalDate.of(2026, 4, 24);
    static final Instant T = Instant.parse("2026-01-01T00:00:00Z");
    final Cohort cohort = new Cohort(UUID.randomUUID(), "LAO-2026-03", UUID.randomUUID(), UUID.randomUUID(), null,
            LocalDate.of(2026, 3, 2), END, 20, CohortStatus.CONFIRMED, null, null, null, null, T, T, 0);

    @ParameterizedTest(name = "passport {0} expiring {1}: {2}")
    @CsvSource({
        "P1234567, 2030-01-01, ''",
        "P1234567, 2026-10-24, ''",                              // exactly six months after the end
        "P1234567, 2026-10-23, rule.passport.expires_soon",
        "P1234567, 2026-04-23, rule.passport.expires_during",
        "'',       2030-01-01, rule.passport.missing",
        "P1234567, ,           rule.passport.expiry_missing"
    })
    void checksThePassportAgainstTheEndOfTheCourse(String number, LocalDate expiry, String expected) {
        List<Problem> problems = TraineeRules.check(person(number, expiry), enrollment(EnrollmentStatus.CONFIRMED, null, null), cohort);
        assertEquals(expected, problems.isEmpty() ? "" : problems.get(0).key());
    }

    @Test
    void warnsWhenTheVisaEndsBeforeDepartureOrTheCourseEnd() {
        Person ok = person("P1", LocalDate.of(2030, 1, 1));
        assertEquals(List.of(), TraineeRules.check(ok, enrollment(EnrollmentStatus.ARRIVED, LocalDate.of(2026, 4, 25), LocalDate.of(2026, 4, 25)), cohort));
        assertEquals("rule.visa.expires_before_departure",
                TraineeRules.check(ok, enrollment(EnrollmentStatus.ARRIVED, LocalDate.of(2026, 4, 26), LocalDate.of(2026, 4, 25)), cohort).get(0).key());
        assertEquals("rule.visa.expires_before_departure",
                TraineeRules.check(ok, enrollment(EnrollmentStatus.ARRIVED, null, LocalDate.of(2026, 4, 20)), cohort).get(0).key());
    }

    @Test
    void aWithdrawnTraineeRaisesNoWarning() {
        assertEquals(List.of(), TraineeRules.check(person("", null), enrollment(EnrollmentStatus.WITHDRAWN, null, null), cohort));
    }

    private static Person person(String passport, LocalDate expiry) {
        return new Person(UUID.randomUUID(), "ສົມສັກ ພົມມະຈັນ", "SOMSAK PHOMMACHANH", Sex.M, LocalDate.of(1985, 5, 1), "LA", null,
                null, null, null, passport, expiry, null, null, null, null, null, null, T, T, 0);
    }

    private Enrollment enrollment(EnrollmentStatus status, LocalDate departure, LocalDate visaExpiry) {
        return new Enrollment(UUID.randomUUID(), cohort.id(), UUID.randomUUID(), status, null, null, departure, null, null,
                "V1", visaExpiry, null, null, null, T, T, 0);
    }
}

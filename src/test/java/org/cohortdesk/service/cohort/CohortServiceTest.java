package org.cohortdesk.service.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Agreement;
import org.cohortdesk.model.AgreementKind;
import org.cohortdesk.model.Attendance;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.CohortStatus;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.Mark;
import org.cohortdesk.model.Partner;
import org.cohortdesk.model.PartnerKind;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.model.Session;
import org.cohortdesk.model.SessionKind;
import org.cohortdesk.model.StaleEditException;
import org.cohortdesk.service.Services;
import org.cohortdesk.service.person.PeopleFixture;
import org.cohortdesk.store.TestDatabases;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CohortServiceTest {
    @TempDir
    Path dir;

    Database db;
    CohortService cohorts;
    TestData data;

    @BeforeEach
    void open() {
        db = TestDatabases.open(dir);
        cohorts = Services.over(db.jdbi(), Clock.fixed(TestData.NOW, ZoneOffset.UTC)).cohorts();
        data = new TestData().insertBasics(db.jdbi());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Cohort march() {
        return cohorts.create(data.cohort("LAO-2026-03", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 24)));
    }

    @Test
    void createsACohortAndListsItWithItsCourseAndSize() {
        Cohort saved = march();
        var summaries = cohorts.summaries();
        assertEquals(1, summaries.size());
        assertEquals("LAO-2026-03", summaries.get(0).code());
        assertEquals("Quản lý nhà nước về tổ chức bộ máy", summaries.get(0).courseTitle("vi"));
        assertEquals(0, summaries.get(0).enrolled());
        assertEquals(CohortStatus.PLANNED, saved.status());
        assertEquals(1, auditCount("CREATE"));
    }

    @Test
    void refusesAStaleEditAndKeepsTheFirstOne() {
        Cohort original = march();
        Cohort mine = withVenue(original, "Room 301");
        Cohort theirs = withVenue(original, "Room 405");
        Cohort saved = cohorts.update(mine);
        assertEquals(original.version() + 1, saved.version());

        StaleEditException e = assertThrows(StaleEditException.class, () -> cohorts.update(theirs));
        assertEquals("error.stale.changed", e.problem().key());
        assertEquals("Room 301", cohorts.find(original.id()).orElseThrow().venue());
    }

    @Test
    void aDuplicateCodeIsAClearMessageInEveryLanguage() {
        march();
        ProblemException e = assertThrows(ProblemException.class,
                () -> cohorts.create(data.cohort("LAO-2026-03", LocalDate.of(2026, 5, 4), LocalDate.of(2026, 6, 26))));
        assertEquals("error.constraint.uq_cohorts_code", e.problem().key());
        for (Language language : Language.values()) {
            String text = new Localization(language).tr(e.problem());
            assertTrue(!text.startsWith("[") && !text.contains("SQL"), language + ": " + text);
        }
        assertEquals(1, cohorts.summaries().size());
    }

    @Test
    void refusesAnEndBeforeTheStartBeforeTouchingTheDatabase() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> cohorts.create(data.cohort("LAO-2026-09", LocalDate.of(2026, 9, 30), LocalDate.of(2026, 9, 1))));
        assertEquals("rule.cohort.end_before_start", e.problem().key());
        assertTrue(cohorts.summaries().isEmpty());
    }

    @Test
    void movesThroughStatusesOneAllowedStepAtATime() {
        Cohort c = march();
        Cohort confirmed = cohorts.changeStatus(c.id(), c.version(), CohortStatus.CONFIRMED);
        assertEquals(CohortStatus.CONFIRMED, confirmed.status());
        ProblemException skip = assertThrows(ProblemException.class,
                () -> cohorts.changeStatus(c.id(), confirmed.version(), CohortStatus.REPORTED));
        assertEquals("rule.cohort.transition", skip.problem().key());
        assertThrows(StaleEditException.class, () -> cohorts.changeStatus(c.id(), c.version(), CohortStatus.IN_PROGRESS));
        assertEquals(CohortStatus.CONFIRMED, cohorts.find(c.id()).orElseThrow().status());
        assertEquals(List.of("status PLANNED -> CONFIRMED"), db.jdbi().withHandle(h -> h.createQuery(
                "SELECT details FROM audit_log WHERE action = 'UPDATE'").mapTo(String.class).list()));
    }

    @ParameterizedTest
    @CsvSource({
            "' ', true, true, 20, false, error.cohort.code_missing",
            "LAO-2027-01, false, true, 20, false, error.cohort.course_missing",
            "LAO-2027-01, true, false, 20, false, error.cohort.partner_missing",
            "LAO-2027-01, true, true, 0, false, error.cohort.size_range",
            "LAO-2027-01, true, true, 20, true, error.cohort.agreement_other_partner"})
    void refusesANewCohortMissingWhatItNeedsAndWritesNothing(String code, boolean course, boolean partner, int size,
            boolean otherAgreement, String key) {
        UUID agreementId = null;
        if (otherAgreement) {
            Services services = Services.over(db.jdbi(), Clock.fixed(TestData.NOW, ZoneOffset.UTC));
            Partner other = services.partners().create(new Partner(null, "Sở Nội vụ Chăm-pa-sắc", null, null, "LA", PartnerKind.PROVINCE,
                    null, null, null, 0));
            agreementId = services.agreements().create(new Agreement(null, other.id(), null, AgreementKind.MOU, "MoU", LocalDate.of(2026, 1, 1),
                    LocalDate.of(2030, 12, 31), null, null, null, null, null, 0)).id();
        }
        Cohort c = data.cohort(code, LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 23));
        Cohort draft = new Cohort(null, c.code(), course ? c.courseId() : null, partner ? c.partnerId() : null, agreementId, c.startsOn(),
                c.endsOn(), size, c.status(), c.venue(), c.coordinator(), c.funding(), c.notes(), null, null, 0);
        ProblemException refused = assertThrows(ProblemException.class, () -> cohorts.create(draft));
        assertEquals(key, refused.problem().key());
        assertTrue(cohorts.summaries().isEmpty());
        assertEquals(0, auditCount("CREATE") - (otherAgreement ? 2 : 0));
    }

    private int auditCount(String action) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_log WHERE action = :a").bind("a", action).mapTo(Integer.class).one());
    }

    private static Cohort withVenue(Cohort c, String venue) {
        return new Cohort(c.id(), c.code(), c.courseId(), c.partnerId(), c.agreementId(), c.startsOn(), c.endsOn(), c.plannedSize(),
                c.status(), venue, c.coordinator(), c.funding(), c.notes(), c.createdAt(), c.updatedAt(), c.version());
    }

    @Test
    void completingACohortCompletesTheTraineesWhoMeetTheRuleAndReopeningTakesThatBack() {
        Cohort march = march(); // 2 March to 24 April 2026; the clock is in November
        Person full = PeopleFixture.person("Full Attendance", null, LocalDate.of(1980, 1, 1), "P1", LocalDate.of(2030, 1, 1), "MoHA");
        Person half = PeopleFixture.person("Half Attendance", null, LocalDate.of(1981, 1, 1), "P2", LocalDate.of(2030, 1, 1), "MoHA");
        Person never = PeopleFixture.person("Never Came", null, LocalDate.of(1982, 1, 1), "P3", LocalDate.of(2030, 1, 1), "MoHA");
        Enrollment fullIn = PeopleFixture.enrollment(march.id(), full.id(), EnrollmentStatus.ARRIVED);
        Enrollment halfIn = PeopleFixture.enrollment(march.id(), half.id(), EnrollmentStatus.ARRIVED);
        Enrollment neverIn = PeopleFixture.enrollment(march.id(), never.id(), EnrollmentStatus.CONFIRMED);
        List<Session> sessions = new java.util.ArrayList<>();
        List<Attendance> marks = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            java.time.LocalDateTime start = java.time.LocalDateTime.of(2026, 3, 2 + i, 8, 0);
            Session s = new Session(UUID.randomUUID(), march.id(), null, SessionKind.LECTURE, "L" + i, start, start.plusHours(3), null, null,
                    TestData.NOW, TestData.NOW, 0);
            sessions.add(s);
            marks.add(new Attendance(UUID.randomUUID(), fullIn.id(), s.id(), i == 3 ? Mark.LATE : Mark.PRESENT, null, TestData.NOW, TestData.NOW, 0));
            marks.add(new Attendance(UUID.randomUUID(), halfIn.id(), s.id(), i < 2 ? Mark.PRESENT : Mark.ABSENT, null, TestData.NOW, TestData.NOW, 0));
        }
        db.jdbi().useTransaction(h -> {
            Tables.PEOPLE.insertAll(h, List.of(full, half, never));
            Tables.ENROLLMENTS.insertAll(h, List.of(fullIn, halfIn, neverIn));
            Tables.SESSIONS.insertAll(h, sessions);
            Tables.ATTENDANCE.insertAll(h, marks);
        });
        Cohort c = cohorts.changeStatus(march.id(), march.version(), CohortStatus.CONFIRMED);
        c = cohorts.changeStatus(c.id(), c.version(), CohortStatus.IN_PROGRESS);

        c = cohorts.changeStatus(c.id(), c.version(), CohortStatus.COMPLETED);
        assertEquals(EnrollmentStatus.COMPLETED, statusOf(fullIn), "4 of 4 present or late, threshold 80 %");
        assertEquals(EnrollmentStatus.ARRIVED, statusOf(halfIn), "2 of 4 does not complete");
        assertEquals(EnrollmentStatus.CONFIRMED, statusOf(neverIn), "never arrived: untouched");

        cohorts.changeStatus(c.id(), c.version(), CohortStatus.IN_PROGRESS);
        assertEquals(EnrollmentStatus.ARRIVED, statusOf(fullIn));
    }

    private EnrollmentStatus statusOf(Enrollment e) {
        return db.jdbi().withHandle(h -> Tables.ENROLLMENTS.find(h, e.id()).orElseThrow().status());
    }
}

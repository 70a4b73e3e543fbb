package org.cohortdesk.service.agreement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.cohortdesk.model.Agreement;
import org.cohortdesk.model.AgreementKind;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.CohortStatus;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.Partner;
import org.cohortdesk.model.PartnerKind;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.model.StaleEditException;
import org.cohortdesk.service.Services;
import org.cohortdesk.store.TestDatabases;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgreementServiceTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2026, 12, 31);

    @TempDir
    Path dir;

    Database db;
    Services services;
    TestData data;

    @BeforeEach
    void open() {
        db = TestDatabases.open(dir);
        services = Services.over(db.jdbi(), Clock.fixed(TestData.NOW, ZoneOffset.UTC));
        data = new TestData().insertBasics(db.jdbi());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Agreement draft(UUID partnerId, String title, LocalDate start, LocalDate end, Integer cohorts, Integer trainees) {
        return new Agreement(null, partnerId, null, AgreementKind.ANNUAL_PLAN, title, start, end, cohorts, trainees, null, null, null, 0);
    }

    @Test
    void listsPlannedAgainstActualCohortsAndTraineesNotWithdrawn() {
        Agreement plan = services.agreements().create(draft(data.partner.id(), "Kế hoạch hợp tác năm 2026", START, END, 3, 60));
        Cohort first = services.cohorts().create(withAgreement(data.cohort("LAO-2026-01", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 24)),
                plan.id()));
        services.cohorts().create(withAgreement(data.cohort("LAO-2026-02", LocalDate.of(2026, 5, 4), LocalDate.of(2026, 6, 26)), plan.id()));
        services.cohorts().create(data.cohort("LAO-2026-09", LocalDate.of(2026, 9, 7), LocalDate.of(2026, 10, 30)));
        enroll(first.id(), EnrollmentStatus.CONFIRMED, EnrollmentStatus.ARRIVED, EnrollmentStatus.WITHDRAWN);

        List<AgreementService.Line> lines = services.agreements().list(data.partner.id());
        assertEquals(1, lines.size());
        AgreementService.Line line = lines.get(0);
        assertEquals("Kế hoạch hợp tác năm 2026", line.agreement().title());
        assertEquals("Ministry of Home Affairs", line.partnerName());
        assertEquals(3, line.agreement().plannedCohorts());
        assertEquals(60, line.agreement().plannedTrainees());
        assertEquals(2, line.actualCohorts(), "the cohort outside the agreement does not count");
        assertEquals(2, line.actualTrainees(), "the withdrawn trainee does not count");
        assertEquals(List.of(), services.agreements().list(UUID.randomUUID()));
        assertEquals(1, services.agreements().list(null).size());
    }

    @Test
    void refusesWrongDatesOrMissingTitleAndWritesNothing() {
        ProblemException dates = assertThrows(ProblemException.class,
                () -> services.agreements().create(draft(data.partner.id(), "MoU", END, START, null, null)));
        assertEquals("error.agreement.end_before_start", dates.problem().key());
        ProblemException title = assertThrows(ProblemException.class,
                () -> services.agreements().create(draft(data.partner.id(), "  ", START, END, null, null)));
        assertEquals("error.agreement.title_missing", title.problem().key());
        ProblemException partner = assertThrows(ProblemException.class,
                () -> services.agreements().create(draft(null, "MoU", START, END, null, null)));
        assertEquals("error.agreement.partner_missing", partner.problem().key());
        ProblemException negative = assertThrows(ProblemException.class,
                () -> services.agreements().create(draft(data.partner.id(), "MoU", START, END, -1, null)));
        assertEquals("error.agreement.planned_negative", negative.problem().key());
        assertEquals(0, (int) db.jdbi().withHandle(Tables.AGREEMENTS::count));
    }

    @Test
    void refusesAnAnnualPlanUnderAnotherPartnersAgreement() {
        Partner other = services.partners().create(new Partner(null, "Sở Nội vụ Chăm-pa-sắc", null, null, "LA", PartnerKind.PROVINCE,
                null, null, null, 0));
        Agreement mou = services.agreements().create(draft(other.id(), "MoU 2025-2030", START, END.plusYears(4), 20, 400));
        Agreement plan = draft(data.partner.id(), "Kế hoạch 2026", START, END, 3, 60);
        Agreement underOther = new Agreement(null, plan.partnerId(), mou.id(), plan.kind(), plan.title(), plan.startsOn(), plan.endsOn(),
                plan.plannedCohorts(), plan.plannedTrainees(), null, null, null, 0);
        ProblemException refused = assertThrows(ProblemException.class, () -> services.agreements().create(underOther));
        assertEquals("error.agreement.parent_other_partner", refused.problem().key());
    }

    @Test
    void editsAnAgreementAndRefusesAStaleEdit() {
        Agreement created = services.agreements().create(draft(data.partner.id(), "Kế hoạch 2026", START, END, 3, 60));
        Agreement edited = services.agreements().update(planned(created, 4));
        assertEquals(4, edited.plannedCohorts());
        assertEquals(1, edited.version());
        StaleEditException stale = assertThrows(StaleEditException.class, () -> services.agreements().update(planned(created, 5)));
        assertEquals("error.stale.changed", stale.problem().key());
        assertEquals(4, services.agreements().find(created.id()).orElseThrow().plannedCohorts());
        Agreement cleared = services.agreements().update(planned(edited, null));
        assertNull(cleared.plannedCohorts(), "a plan may leave the number open");
    }

    private static Agreement planned(Agreement a, Integer cohorts) {
        return new Agreement(a.id(), a.partnerId(), a.parentId(), a.kind(), a.title(), a.startsOn(), a.endsOn(), cohorts,
                a.plannedTrainees(), a.notes(), a.createdAt(), a.updatedAt(), a.version());
    }

    private static Cohort withAgreement(Cohort c, UUID agreementId) {
        return new Cohort(c.id(), c.code(), c.courseId(), c.partnerId(), agreementId, c.startsOn(), c.endsOn(), c.plannedSize(),
                c.status(), c.venue(), c.coordinator(), c.funding(), c.notes(), c.createdAt(), c.updatedAt(), c.version());
    }

    private void enroll(UUID cohortId, EnrollmentStatus... statuses) {
        db.jdbi().useTransaction(h -> {
            int i = 0;
            for (EnrollmentStatus status : statuses) {
                Person p = new Person(UUID.randomUUID(), null, "TRAINEE " + ++i, null, null, "LA", null, null, null, null, null, null, null,
                        null, null, null, null, null, TestData.NOW, TestData.NOW, 0);
                Tables.PEOPLE.insert(h, p);
                Tables.ENROLLMENTS.insert(h, new Enrollment(UUID.randomUUID(), cohortId, p.id(), status, null, null, null, null, null,
                        null, null, status == EnrollmentStatus.WITHDRAWN ? LocalDate.of(2026, 3, 1) : null, null, null, TestData.NOW,
                        TestData.NOW, 0));
            }
        });
    }

    @Test
    void aMemorandumCountsTheCohortsOfItsAnnualPlans() {
        Agreement mou = services.agreements().create(new Agreement(null, data.partner.id(), null, AgreementKind.MOU, "MoU 2026-2030", START,
                END.plusYears(4), 15, 300, null, null, null, 0));
        Agreement plan = services.agreements().create(new Agreement(null, data.partner.id(), mou.id(), AgreementKind.ANNUAL_PLAN,
                "Kế hoạch 2026", START, END, 3, 60, null, null, null, 0));
        Cohort cohort = services.cohorts().create(withAgreement(data.cohort("LAO-2026-01", LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 4, 24)), plan.id()));
        enroll(cohort.id(), EnrollmentStatus.CONFIRMED);
        services.cohorts().create(withAgreement(data.cohort("LAO-2026-02", LocalDate.of(2026, 5, 4), LocalDate.of(2026, 6, 26)), mou.id()));
        List<AgreementService.Line> lines = services.agreements().list(data.partner.id());
        AgreementService.Line mouLine = lines.stream().filter(l -> l.agreement().id().equals(mou.id())).findFirst().orElseThrow();
        AgreementService.Line planLine = lines.stream().filter(l -> l.agreement().id().equals(plan.id())).findFirst().orElseThrow();
        assertEquals(List.of(2, 1), List.of(mouLine.actualCohorts(), mouLine.actualTrainees()));
        assertEquals(List.of(1, 1), List.of(planLine.actualCohorts(), planLine.actualTrainees()));
    }

    @Test
    void doesNotCountCancelledCohorts() {
        Agreement plan = services.agreements().create(draft(data.partner.id(), "Kế hoạch 2026", START, END, 3, 60));
        Cohort cohort = services.cohorts().create(withAgreement(data.cohort("LAO-2026-01", LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 4, 24)), plan.id()));
        services.cohorts().changeStatus(cohort.id(), cohort.version(), CohortStatus.CANCELLED);
        assertEquals(0, services.agreements().list(null).get(0).actualCohorts());
    }
}

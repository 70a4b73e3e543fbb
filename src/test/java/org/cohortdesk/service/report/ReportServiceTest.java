package org.cohortdesk.service.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cohortdesk.model.AgreementKind;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.service.Services;
import org.cohortdesk.service.report.ReportFigures.Counts;
import org.cohortdesk.service.report.ReportFigures.Group;
import org.cohortdesk.service.report.ReportFigures.PlanLine;
import org.cohortdesk.service.report.ReportFigures.Totals;
import org.cohortdesk.service.report.ReportFigures.YearTotals;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each figure of the dashboard and the annual report against a workspace counted by hand ({@link ReportFixture}). */
class ReportServiceTest {
    @TempDir
    Path dir;

    Database db;
    ReportService reports;

    @BeforeEach
    void open() {
        db = TestDatabases.open(dir);
        reports = Services.over(db.jdbi(), Clock.fixed(ReportFixture.NOW, ZoneOffset.UTC)).reports();
        ReportFixture.insert(db.jdbi());
    }

    @AfterEach
    void close() {
        if (db != null) { // null when the PostgreSQL run is skipped
            db.close();
        }
    }

    @Test
    void countsTheTraineesOfAYearOnceAnEnrollmentArrivedOrCompletedInCohortsEndingThatYear() {
        ReportFigures f = reports.figures(2025);
        assertEquals(2025, f.year());
        // A and C; D is cancelled. A: p1, p2, p3 (p4 withdrew, p7 only confirmed); C: p5, p6, p1 again.
        assertEquals(new Counts(2, 6, 5, 3, 2), f.totals().counts());
        assertEquals(1, f.totals().counts().unknownSex());
        assertEquals(6, f.totals().finished());
        assertEquals(5, f.totals().completed(), "p3 arrived but did not complete");
        assertEquals(500.0 / 6, f.totals().completionRate(), 1e-9);
        // p1 P P, p2 L A, p3 E: 3 attended of 5 marks; the withdrawn p4's marks do not count.
        assertEquals(5, f.totals().marks());
        assertEquals(3, f.totals().attended());
        assertEquals(60.0, f.totals().attendanceRate(), 1e-9);
    }

    @Test
    void breaksTheYearDownByFieldPartnerCountryAndProvinceBySex() {
        ReportFigures f = reports.figures(2025);
        assertEquals(Map.of("STATE_ORGANISATION", new Counts(1, 3, 3, 2, 1), "ARCHIVES_AND_RECORDS", new Counts(1, 3, 3, 1, 1)),
                byKey(f.byField()));
        assertEquals(List.of(ReportFixture.MCS, ReportFixture.MOHA), f.byPartner().stream().map(Group::name).toList(),
                "as many trainees each: by name");
        assertEquals(new Counts(1, 3, 3, 1, 1), f.byPartner().get(0).counts());
        assertEquals(new Counts(1, 3, 3, 2, 1), f.byPartner().get(1).counts());
        assertEquals(Map.of("LA", new Counts(1, 3, 3, 2, 1), "KH", new Counts(1, 3, 3, 1, 1)), byKey(f.byCountry()));
        assertEquals("Vientiane", f.byProvince().get(0).key(), "most trainees first");
        assertEquals(Map.of("Vientiane", new Counts(2, 3, 2, 2, 1), "Champasak", new Counts(1, 1, 1, 1, 0),
                "Phnom Penh", new Counts(1, 1, 1, 0, 1), "Savannakhet", new Counts(1, 1, 1, 0, 0)), byKey(f.byProvince()));
    }

    @Test
    void aCohortCountsInTheYearItEndsAndARunningOneCountsMarksOfSessionsEndedOnly() {
        ReportFigures f = reports.figures(2026);
        // B (Nov 2025 to Jan 2026): p2, p3; E (running): p7, p4.
        assertEquals(new Counts(2, 4, 4, 2, 2), f.totals().counts());
        assertEquals(2, f.totals().finished(), "E has not finished");
        assertEquals(100.0, f.totals().completionRate(), 1e-9);
        assertEquals(2, f.totals().marks(), "p7's mark at the session of 1 December is not counted yet");
        assertEquals(50.0, f.totals().attendanceRate(), 1e-9);
        Group none = f.byProvince().stream().filter(g -> g.key() == null).findFirst().orElseThrow();
        assertEquals(new Counts(1, 1, 1, 0, 1), none.counts(), "p4 has no province on file");
    }

    @Test
    void everyYearCountsEachPersonOnceAndKeepsTheTrendPerYear() {
        ReportFigures f = reports.figures(null);
        assertNull(f.year());
        assertEquals(new Counts(4, 10, 7, 5, 4), f.totals().counts());
        assertEquals(8, f.totals().finished());
        assertEquals(7, f.totals().completed());
        assertEquals(7, f.totals().marks());
        assertEquals(4, f.totals().attended());
        assertEquals(List.of(2025, 2026), f.years().stream().map(YearTotals::year).toList());
        Totals y2025 = f.years().get(0).totals();
        assertEquals(reports.figures(2025).totals(), y2025, "the trend's year is the year's own figures");
        assertEquals(10, f.byField().stream().mapToInt(g -> g.counts().trainees()).sum());
        assertEquals(10, f.byProvince().stream().mapToInt(g -> g.counts().trainees()).sum());
    }

    @Test
    void showsTheAgreementsOfTheYearPlannedAgainstActual() {
        List<PlanLine> plans = reports.figures(2025).agreements();
        assertEquals(1, plans.size());
        PlanLine plan = plans.get(0);
        assertEquals("Annual plan 2025", plan.title());
        assertEquals(ReportFixture.MOHA, plan.partner());
        assertEquals(AgreementKind.ANNUAL_PLAN, plan.kind());
        assertEquals(3, plan.plannedCohorts());
        assertEquals(60, plan.plannedTrainees());
        assertEquals(1, plan.actualCohorts(), "the cancelled cohort D does not count");
        assertEquals(4, plan.actualTrainees(), "as the agreements page counts: enrolled in A and not withdrawn");
        assertEquals(2, reports.figures(null).agreements().size());
        assertEquals(LocalDate.of(2026, 1, 1), reports.figures(2026).agreements().get(0).startsOn());
    }

    @Test
    void aYearWithoutTraineesIsEmptyAndAYearOutOfRangeIsRefused() {
        ReportFigures none = reports.figures(2019);
        assertTrue(none.empty());
        assertEquals(new Counts(0, 0, 0, 0, 0), none.totals().counts());
        assertNull(none.totals().attendanceRate());
        assertNull(none.totals().completionRate());
        assertEquals(List.of(), none.byField());
        ProblemException refused = assertThrows(ProblemException.class, () -> reports.figures(20256));
        assertEquals("error.report.year", refused.problem().key());
    }

    private static Map<String, Counts> byKey(List<Group> groups) {
        return groups.stream().collect(Collectors.toMap(Group::key, Group::counts));
    }
}

package org.cohortdesk.service.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.cohortdesk.service.Services;
import org.cohortdesk.service.report.ReportFigures.Group;
import org.cohortdesk.service.report.ReportFigures.YearTotals;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.LegacyH2;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The figures of the sample data against plain counts written apart from the report's queries. */
class ReportDemoTest {
    @TempDir
    static Path dir;

    static Database db;
    static ReportService reports;

    @BeforeAll
    static void sample() {
        db = Database.open(new DataFolder(dir), LegacyH2.none());
        Services services = Services.over(db.jdbi(), Clock.fixed(ReportFixture.NOW, ZoneOffset.UTC));
        services.demo().load(2, 7, progress -> {});
        reports = services.reports();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static int count(String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    private static String trainedIn(int year) {
        return " FROM enrollments e, cohorts c, people p WHERE e.cohort_id = c.id AND e.person_id = p.id AND c.status <> 'CANCELLED'"
                + " AND (e.status = 'ARRIVED' OR e.status = 'COMPLETED') AND c.ends_on >= DATE '" + year + "-01-01' AND c.ends_on < DATE '"
                + (year + 1) + "-01-01'";
    }

    @Test
    void everyYearAgreesWithPlainCountsOfTheSample() {
        ReportFigures all = reports.figures(null);
        assertTrue(all.years().size() >= 2, "two years of sample data");
        int trainees = 0;
        for (YearTotals y : all.years()) {
            int year = y.year();
            String from = trainedIn(year);
            assertEquals(count("SELECT COUNT(*)" + from), y.totals().counts().trainees(), "trainees of " + year);
            assertEquals(count("SELECT COUNT(DISTINCT c.id)" + from), y.totals().counts().cohorts(), "cohorts of " + year);
            assertEquals(count("SELECT COUNT(DISTINCT p.id)" + from), y.totals().counts().people(), "people of " + year);
            assertEquals(count("SELECT COUNT(*)" + from + " AND p.sex = 'F'"), y.totals().counts().women(), "women of " + year);
            assertEquals(count("SELECT COUNT(*)" + from + " AND p.sex = 'M'"), y.totals().counts().men(), "men of " + year);
            assertEquals(count("SELECT COUNT(*)" + from + " AND e.status = 'COMPLETED' AND c.status IN ('COMPLETED', 'REPORTED')"),
                    y.totals().completed(), "completed of " + year);
            assertEquals(count("SELECT COUNT(*) FROM attendance a, sessions s, enrollments e, cohorts c, people p WHERE a.session_id = s.id"
                    + " AND a.enrollment_id = e.id AND e.cohort_id = c.id AND e.person_id = p.id AND c.status <> 'CANCELLED'"
                    + " AND (e.status = 'ARRIVED' OR e.status = 'COMPLETED') AND c.ends_on >= DATE '" + year + "-01-01'"
                    + " AND c.ends_on < DATE '" + (year + 1) + "-01-01' AND s.ends_at <= TIMESTAMP '2026-11-23 03:00:00'"),
                    (int) y.totals().marks(), "marks of " + year);
            trainees += y.totals().counts().trainees();
        }
        assertEquals(count("SELECT COUNT(*) FROM enrollments e JOIN cohorts c ON c.id = e.cohort_id WHERE c.status <> 'CANCELLED'"
                + " AND e.status IN ('ARRIVED', 'COMPLETED')"), trainees, "every trained enrollment is in one year");
        assertEquals(trainees, all.totals().counts().trainees());
        assertEquals(count("SELECT COUNT(DISTINCT e.person_id) FROM enrollments e JOIN cohorts c ON c.id = e.cohort_id"
                + " WHERE c.status <> 'CANCELLED' AND e.status IN ('ARRIVED', 'COMPLETED')"), all.totals().counts().people());
    }

    @Test
    void eachBreakdownAddsUpToTheYear() {
        for (YearTotals y : reports.figures(null).years()) {
            ReportFigures f = reports.figures(y.year());
            int trainees = f.totals().counts().trainees();
            for (List<Group> groups : List.of(f.byField(), f.byPartner(), f.byCountry(), f.byProvince())) {
                assertEquals(trainees, groups.stream().mapToInt(g -> g.counts().trainees()).sum(), "trainees of " + y.year());
                assertEquals(f.totals().counts().women(), groups.stream().mapToInt(g -> g.counts().women()).sum(), "women of " + y.year());
            }
            assertEquals(f.totals().counts().cohorts(), f.byField().stream().mapToInt(g -> g.counts().cohorts()).sum(),
                    "a cohort has one field");
            assertEquals(count("SELECT COUNT(DISTINCT p.province)" + trainedIn(y.year())), f.byProvince().size());
        }
    }
}

package org.cohortdesk.service.integrity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.cohortdesk.model.Problem;
import org.cohortdesk.store.IntegrityDao;
import org.cohortdesk.store.Migrations;
import org.cohortdesk.store.RecordTable;
import org.cohortdesk.store.Tables;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** How much is stored ({@code info}) and whether it holds together ({@code check}). */
public final class IntegrityService {
    private static final Map<String, RecordTable<?>> COUNTED = countedTables();

    private static final Map<String, Function<IntegrityDao, List<String>>> CHECKS = Map.ofEntries(
            Map.entry("orphan_enrollments", IntegrityDao::orphanEnrollments),
            Map.entry("orphan_attendance", IntegrityDao::orphanAttendance),
            Map.entry("orphan_sessions", IntegrityDao::orphanSessions),
            Map.entry("orphan_cohorts", IntegrityDao::orphanCohorts),
            Map.entry("attendance_across_cohorts", IntegrityDao::attendanceAcrossCohorts),
            Map.entry("cohort_date_order", IntegrityDao::cohortDateOrder),
            Map.entry("session_time_order", IntegrityDao::sessionTimeOrder),
            Map.entry("agreement_date_order", IntegrityDao::agreementDateOrder),
            Map.entry("travel_date_order", IntegrityDao::travelDateOrder),
            Map.entry("duplicate_marks", IntegrityDao::duplicateMarks),
            Map.entry("duplicate_enrollments", IntegrityDao::duplicateEnrollments),
            Map.entry("duplicate_cohort_codes", IntegrityDao::duplicateCohortCodes));

    private final Jdbi jdbi;

    public IntegrityService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    private static Map<String, RecordTable<?>> countedTables() {
        Map<String, RecordTable<?>> m = new LinkedHashMap<>();
        m.put("partners", Tables.PARTNERS);
        m.put("agreements", Tables.AGREEMENTS);
        m.put("courses", Tables.COURSES);
        m.put("cohorts", Tables.COHORTS);
        m.put("people", Tables.PEOPLE);
        m.put("enrollments", Tables.ENROLLMENTS);
        m.put("sessions", Tables.SESSIONS);
        m.put("attendance", Tables.ATTENDANCE);
        return m;
    }

    /** Row counts of the main tables and the schema version, in a fixed order. */
    public Map<String, Integer> counts() {
        return jdbi.withHandle(h -> {
            Map<String, Integer> out = new LinkedHashMap<>();
            COUNTED.forEach((name, table) -> out.put(name, table.count(h)));
            out.put("schema-version", Migrations.currentVersion(h));
            return out;
        });
    }

    /** How much of the set-up exists: the workspace is empty (the first-run state) while there is none. */
    public record Setup(int partners, int courses, int cohorts) {
        public boolean isEmpty() {
            return partners + courses + cohorts == 0;
        }
    }

    /** True when no partner, course or cohort exists yet: the first-run state. */
    public boolean isEmpty() {
        return jdbi.withHandle(IntegrityService::setup).isEmpty();
    }

    /** The set-up counts, read with the caller's handle (inside its transaction). */
    public static Setup setup(Handle h) {
        return new Setup(Tables.PARTNERS.count(h), Tables.COURSES.count(h), Tables.COHORTS.count(h));
    }

    /** Every integrity problem, one per offending row: {@code check.<name>} with the row's id or code. */
    public List<Problem> check() {
        return jdbi.withExtension(IntegrityDao.class, dao -> {
            List<Problem> problems = new ArrayList<>();
            CHECKS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(check -> {
                for (String row : check.getValue().apply(dao)) {
                    problems.add(Problem.error("check." + check.getKey(), row));
                }
            });
            return problems;
        });
    }
}

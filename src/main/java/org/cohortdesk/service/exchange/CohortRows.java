package org.cohortdesk.service.exchange;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which rows of each table a cohort's package carries: the cohort, its course with the modules,
 * its partner and agreement (with the agreement's parent), the people of its enrollments (with their
 * partners), the enrollments, the sessions with their study visits, rooms, lecturers and
 * interpreters, and the attendance. Every condition is SQL over the cohort's id {@code :c}; the
 * tables come in the order of {@code ExchangeRows.TABLES}, so a row is inserted after what it
 * refers to.
 */
final class CohortRows {
    private static final String AGREEMENTS = "id IN (SELECT agreement_id FROM cohorts WHERE id = :c)"
            + " OR id IN (SELECT a.parent_id FROM agreements a JOIN cohorts k ON k.agreement_id = a.id WHERE k.id = :c)";

    /** Table name to the condition choosing its rows. */
    static final Map<String, String> WHERE = new LinkedHashMap<>();

    static {
        WHERE.put("partners", "id IN (SELECT partner_id FROM cohorts WHERE id = :c)"
                + " OR id IN (SELECT p.partner_id FROM people p JOIN enrollments e ON e.person_id = p.id WHERE e.cohort_id = :c)"
                + " OR id IN (SELECT partner_id FROM agreements WHERE " + AGREEMENTS + ")");
        WHERE.put("agreements", AGREEMENTS);
        WHERE.put("courses", "id IN (SELECT course_id FROM cohorts WHERE id = :c)");
        WHERE.put("course_modules", "course_id IN (SELECT course_id FROM cohorts WHERE id = :c)");
        WHERE.put("cohorts", "id = :c");
        WHERE.put("people", "id IN (SELECT person_id FROM enrollments WHERE cohort_id = :c)");
        WHERE.put("enrollments", "cohort_id = :c");
        WHERE.put("sessions", "cohort_id = :c");
        WHERE.put("study_visits", "session_id IN (SELECT id FROM sessions WHERE cohort_id = :c)");
        WHERE.put("resources", "id IN (SELECT r.resource_id FROM session_resources r JOIN sessions s ON s.id = r.session_id WHERE s.cohort_id = :c)");
        WHERE.put("session_resources", "session_id IN (SELECT id FROM sessions WHERE cohort_id = :c)");
        WHERE.put("attendance", "enrollment_id IN (SELECT id FROM enrollments WHERE cohort_id = :c)");
    }

    /** The order rows are written in: a parent agreement before its annual plans, otherwise by id (stable packages). */
    static String orderBy(String table) {
        return table.equals("agreements") ? "CASE WHEN parent_id IS NULL THEN 0 ELSE 1 END, id" : "id";
    }

    private CohortRows() {}
}

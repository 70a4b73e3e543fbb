package org.cohortdesk.store;

import java.util.List;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Read-only checks of the database's integrity. Each query returns one line per problem found:
 * the key of the check is the method's name ({@code check.<name>}) and the line is its argument.
 * The constraints prevent most of these; the checks catch data that reached the database by
 * another road (a restore, a server copied by hand).
 */
public interface IntegrityDao {

    @SqlQuery("SELECT CAST(e.id AS VARCHAR(40)) FROM enrollments e LEFT JOIN cohorts c ON c.id = e.cohort_id"
            + " LEFT JOIN people p ON p.id = e.person_id WHERE c.id IS NULL OR p.id IS NULL")
    List<String> orphanEnrollments();

    @SqlQuery("SELECT CAST(a.id AS VARCHAR(40)) FROM attendance a LEFT JOIN enrollments e ON e.id = a.enrollment_id"
            + " LEFT JOIN sessions s ON s.id = a.session_id WHERE e.id IS NULL OR s.id IS NULL")
    List<String> orphanAttendance();

    @SqlQuery("SELECT CAST(s.id AS VARCHAR(40)) FROM sessions s LEFT JOIN cohorts c ON c.id = s.cohort_id WHERE c.id IS NULL")
    List<String> orphanSessions();

    @SqlQuery("SELECT c.code FROM cohorts c LEFT JOIN courses co ON co.id = c.course_id"
            + " LEFT JOIN partners p ON p.id = c.partner_id WHERE co.id IS NULL OR p.id IS NULL")
    List<String> orphanCohorts();

    @SqlQuery("SELECT CAST(a.id AS VARCHAR(40)) FROM attendance a JOIN enrollments e ON e.id = a.enrollment_id"
            + " JOIN sessions s ON s.id = a.session_id WHERE e.cohort_id <> s.cohort_id")
    List<String> attendanceAcrossCohorts();

    @SqlQuery("SELECT code FROM cohorts WHERE ends_on < starts_on")
    List<String> cohortDateOrder();

    @SqlQuery("SELECT CAST(id AS VARCHAR(40)) FROM sessions WHERE ends_at <= starts_at")
    List<String> sessionTimeOrder();

    @SqlQuery("SELECT title FROM agreements WHERE ends_on < starts_on")
    List<String> agreementDateOrder();

    @SqlQuery("SELECT CAST(id AS VARCHAR(40)) FROM enrollments WHERE departure_on < arrival_on")
    List<String> travelDateOrder();

    @SqlQuery("SELECT CAST(enrollment_id AS VARCHAR(40)) || ' / ' || CAST(session_id AS VARCHAR(40)) FROM attendance"
            + " GROUP BY enrollment_id, session_id HAVING COUNT(*) > 1")
    List<String> duplicateMarks();

    @SqlQuery("SELECT CAST(cohort_id AS VARCHAR(40)) || ' / ' || CAST(person_id AS VARCHAR(40)) FROM enrollments"
            + " GROUP BY cohort_id, person_id HAVING COUNT(*) > 1")
    List<String> duplicateEnrollments();

    @SqlQuery("SELECT code FROM cohorts GROUP BY code HAVING COUNT(*) > 1")
    List<String> duplicateCohortCodes();
}

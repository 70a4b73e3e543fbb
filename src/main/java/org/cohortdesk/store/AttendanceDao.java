package org.cohortdesk.store;

import java.util.List;
import java.util.UUID;
import org.cohortdesk.model.Attendance;
import org.cohortdesk.model.Session;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Reading a cohort's attendance: its sessions and every mark of its enrollments. */
public interface AttendanceDao {
    @SqlQuery("SELECT * FROM sessions WHERE cohort_id = :cohortId ORDER BY starts_at, ends_at, title")
    List<Session> sessionsOf(UUID cohortId);

    @SqlQuery("SELECT a.* FROM attendance a JOIN enrollments e ON e.id = a.enrollment_id WHERE e.cohort_id = :cohortId")
    List<Attendance> marksOf(UUID cohortId);
}

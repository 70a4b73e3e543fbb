package org.cohortdesk.store;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.CohortSummary;
import org.cohortdesk.model.Session;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Queries over cohorts beyond plain CRUD ({@link Tables#COHORTS}). */
public interface CohortDao {

    @SqlQuery("""
            SELECT c.id, c.code, co.title_vi AS course_title_vi, co.title_en AS course_title_en,
                   co.title_lo AS course_title_lo, p.name AS partner_name, p.country,
                   c.starts_on, c.ends_on, c.planned_size, c.status, COALESCE(e.enrolled, 0) AS enrolled
            FROM cohorts c
            JOIN courses co ON co.id = c.course_id
            JOIN partners p ON p.id = c.partner_id
            LEFT JOIN (SELECT cohort_id, COUNT(*) AS enrolled FROM enrollments WHERE status <> 'WITHDRAWN' GROUP BY cohort_id) e
                   ON e.cohort_id = c.id
            ORDER BY c.starts_on DESC, c.code
            """)
    @RegisterConstructorMapper(CohortSummary.class)
    List<CohortSummary> summaries();

    @SqlQuery("SELECT * FROM cohorts WHERE code = :code")
    Optional<Cohort> findByCode(String code);

    /** The cohort's sessions that start from {@code from} up to, not including, {@code until}, in time order. */
    @SqlQuery("SELECT * FROM sessions WHERE cohort_id = :cohortId AND starts_at >= :from AND starts_at < :until ORDER BY starts_at, ends_at, title")
    List<Session> sessionsBetween(UUID cohortId, LocalDateTime from, LocalDateTime until);
}

package org.cohortdesk.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.cohortdesk.model.CheckedSession;
import org.cohortdesk.model.Resource;
import org.cohortdesk.model.ResourceKind;
import org.cohortdesk.model.SessionKind;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Read queries of the timetable checks, the calendar file and the timetable proposal: every session
 * with its cohort around it, who books what, who attends two cohorts at once. Sessions of cancelled
 * cohorts are left out: they will not take place.
 */
public interface ScheduleDao {

    /** A resource booked by a session, with the session's times. */
    record Booking(UUID resourceId, ResourceKind resourceKind, String resourceName, UUID sessionId, LocalDateTime startsAt,
            LocalDateTime endsAt) {}

    /** Two cohorts whose dates overlap and that share trainees (neither withdrawn): how many, and one of them by name. */
    record SharedTrainees(UUID firstCohort, UUID secondCohort, int shared, String someone) {}

    /** A session of one cohort as a calendar file shows it: its module's titles when it teaches one. */
    record Listed(UUID id, SessionKind kind, String title, LocalDateTime startsAt, LocalDateTime endsAt, String location,
            String notes, String moduleTitleVi, String moduleTitleEn, String moduleTitleLo, java.time.Instant updatedAt, int version) {}

    /** A resource a session of a cohort books. */
    record Booked(UUID sessionId, ResourceKind kind, String name) {}

    String TIMED = """
            SELECT s.id, s.cohort_id, c.code AS cohort_code, s.kind, s.title, s.starts_at, s.ends_at,
                   c.starts_on AS cohort_starts_on, c.ends_on AS cohort_ends_on, p.country
            FROM sessions s
            JOIN cohorts c ON c.id = s.cohort_id
            JOIN partners p ON p.id = c.partner_id
            WHERE c.status <> 'CANCELLED'
            """;

    /** Every session of a cohort that is not cancelled, in time order. */
    @SqlQuery(TIMED + " ORDER BY s.starts_at, s.ends_at, s.id")
    @RegisterConstructorMapper(CheckedSession.class)
    List<CheckedSession> sessions();

    /** A row of {@code session_resources} reduced to what the checks need. */
    record Use(UUID resourceId, UUID sessionId) {}

    /** Every booking, as it is stored (the checks put them in order; a plain read of the table is the fastest). */
    @SqlQuery("SELECT resource_id, session_id FROM session_resources")
    @RegisterConstructorMapper(Use.class)
    List<Use> uses();

    /** Pairs of cohorts (not cancelled) whose dates overlap and that have trainees in common. */
    @SqlQuery("""
            SELECT e1.cohort_id AS first_cohort, e2.cohort_id AS second_cohort, COUNT(*) AS shared, MIN(p.name_latin) AS someone
            FROM enrollments e1
            JOIN enrollments e2 ON e2.person_id = e1.person_id AND e1.cohort_id < e2.cohort_id
            JOIN cohorts c1 ON c1.id = e1.cohort_id
            JOIN cohorts c2 ON c2.id = e2.cohort_id
            JOIN people p ON p.id = e1.person_id
            WHERE e1.status <> 'WITHDRAWN' AND e2.status <> 'WITHDRAWN'
              AND c1.status <> 'CANCELLED' AND c2.status <> 'CANCELLED'
              AND c1.starts_on <= c2.ends_on AND c2.starts_on <= c1.ends_on
            GROUP BY e1.cohort_id, e2.cohort_id
            """)
    @RegisterConstructorMapper(SharedTrainees.class)
    List<SharedTrainees> sharedTrainees();

    /** A cohort's sessions in time order, with their module's titles. */
    @SqlQuery("""
            SELECT s.id, s.kind, s.title, s.starts_at, s.ends_at, s.location, s.notes,
                   m.title_vi AS module_title_vi, m.title_en AS module_title_en, m.title_lo AS module_title_lo, s.updated_at, s.version
            FROM sessions s LEFT JOIN course_modules m ON m.id = s.module_id
            WHERE s.cohort_id = :cohortId
            ORDER BY s.starts_at, s.ends_at, s.id
            """)
    @RegisterConstructorMapper(Listed.class)
    List<Listed> listed(UUID cohortId);

    /** What the sessions of a cohort book, by resource kind and name. */
    @SqlQuery("""
            SELECT sr.session_id, r.kind, r.name
            FROM session_resources sr JOIN resources r ON r.id = sr.resource_id JOIN sessions s ON s.id = sr.session_id
            WHERE s.cohort_id = :cohortId
            ORDER BY r.kind, r.name
            """)
    @RegisterConstructorMapper(Booked.class)
    List<Booked> booked(UUID cohortId);

    /** The active resources, by kind and name. */
    @SqlQuery("SELECT * FROM resources WHERE active ORDER BY kind, name")
    List<Resource> activeResources();

    /** Bookings of these resources by sessions (of cohorts not cancelled) that end after {@code from} and start before {@code until}. */
    @SqlQuery("""
            SELECT r.id AS resource_id, r.kind AS resource_kind, r.name AS resource_name, s.id AS session_id, s.starts_at, s.ends_at
            FROM session_resources sr
            JOIN resources r ON r.id = sr.resource_id
            JOIN sessions s ON s.id = sr.session_id
            JOIN cohorts c ON c.id = s.cohort_id
            WHERE c.status <> 'CANCELLED' AND r.id IN (<resourceIds>) AND s.ends_at > :from AND s.starts_at < :until
            ORDER BY s.starts_at
            """)
    @RegisterConstructorMapper(Booking.class)
    List<Booking> bookingsOf(@BindList("resourceIds") Collection<UUID> resourceIds, LocalDateTime from, LocalDateTime until);

    /** The cohort's sessions that end after {@code from} and start before {@code until}. */
    @SqlQuery(TIMED + " AND s.cohort_id = :cohortId AND s.ends_at > :from AND s.starts_at < :until ORDER BY s.starts_at")
    @RegisterConstructorMapper(CheckedSession.class)
    List<CheckedSession> sessionsOf(UUID cohortId, LocalDateTime from, LocalDateTime until);

    /** How many of the cohort's sessions teach a module of its course. */
    @SqlQuery("SELECT COUNT(*) FROM sessions WHERE cohort_id = :cohortId AND module_id IS NOT NULL")
    int moduleSessions(UUID cohortId);

}

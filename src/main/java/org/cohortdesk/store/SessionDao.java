package org.cohortdesk.store;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cohortdesk.model.Resource;
import org.cohortdesk.model.ResourceKind;
import org.cohortdesk.model.SessionKind;
import org.cohortdesk.model.StudyVisit;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * Queries over sessions beyond plain CRUD ({@link Tables#SESSIONS}): the sessions of a time range or
 * of a cohort with their cohort, partner country and study-visit details in one query, and their
 * bookings in a second one, so a month of a calendar costs two queries however many sessions it has.
 */
public interface SessionDao {

    /** A session as the calendar reads it: its own columns, its cohort's code, the partner's country, the study visit if any. */
    record Row(UUID id, UUID cohortId, UUID moduleId, SessionKind kind, String title, LocalDateTime startsAt, LocalDateTime endsAt,
            String location, String notes, Instant createdAt, Instant updatedAt, int version, String cohortCode, String country,
            UUID visitId, String hostOrganisation, String transport, Integer headcount, Instant visitCreatedAt, Integer visitVersion) {}

    /** A resource a session books. */
    record Booking(UUID sessionId, UUID resourceId, ResourceKind kind, String name) {}

    String ROW = """
            SELECT s.*, c.code AS cohort_code, p.country, v.id AS visit_id, v.host_organisation, v.transport, v.headcount,
                   v.created_at AS visit_created_at, v.version AS visit_version
            FROM sessions s
            JOIN cohorts c ON c.id = s.cohort_id
            JOIN partners p ON p.id = c.partner_id
            LEFT JOIN study_visits v ON v.session_id = s.id
            """;

    /**
     * Sessions overlapping {@code from} to {@code until} (they end after {@code from} and start before
     * {@code until}), in time order. {@code earliest} bounds the start from below so the index on
     * {@code starts_at} is used: no session starts before it and still overlaps the range.
     */
    @SqlQuery(ROW + "WHERE s.starts_at >= :earliest AND s.starts_at < :until AND s.ends_at > :from ORDER BY s.starts_at, s.ends_at, s.title")
    @RegisterConstructorMapper(Row.class)
    List<Row> between(LocalDateTime earliest, LocalDateTime from, LocalDateTime until);

    @SqlQuery(ROW + "WHERE s.cohort_id = :cohortId ORDER BY s.starts_at, s.ends_at, s.title")
    @RegisterConstructorMapper(Row.class)
    List<Row> ofCohort(UUID cohortId);

    @SqlQuery(ROW + "WHERE s.id = :id")
    @RegisterConstructorMapper(Row.class)
    Optional<Row> find(UUID id);

    /**
     * The bookings of these sessions. (Joined to the sessions' range instead, H2 scans every booking:
     * it starts from the resources; naming the sessions keeps it on the bookings' session index.)
     */
    @SqlQuery("SELECT sr.session_id, r.id AS resource_id, r.kind, r.name FROM session_resources sr JOIN resources r ON r.id = sr.resource_id"
            + " WHERE sr.session_id IN (<sessionIds>) ORDER BY r.kind, r.name")
    @RegisterConstructorMapper(Booking.class)
    List<Booking> bookingsOf(@BindList(value = "sessionIds", onEmpty = BindList.EmptyHandling.NULL_STRING) Collection<UUID> sessionIds);

    /** The resource of this kind whose name is {@code name}, ignoring case. */
    @SqlQuery("SELECT * FROM resources WHERE kind = :kind AND LOWER(name) = LOWER(:name)")
    Optional<Resource> resourceNamed(String kind, String name);

    @SqlQuery("SELECT * FROM resources WHERE active ORDER BY kind, name")
    List<Resource> activeResources();

    @SqlQuery("SELECT * FROM study_visits WHERE session_id = :sessionId")
    Optional<StudyVisit> visitOf(UUID sessionId);

    /** The partner countries of all cohorts, for the calendar's filter. */
    @SqlQuery("SELECT DISTINCT p.country FROM cohorts c JOIN partners p ON p.id = c.partner_id ORDER BY p.country")
    List<String> cohortCountries();
}

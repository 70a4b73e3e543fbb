package org.cohortdesk.service.session;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.cohortdesk.model.AuditAction;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.model.RecordKind;
import org.cohortdesk.model.Resource;
import org.cohortdesk.model.ResourceKind;
import org.cohortdesk.model.Session;
import org.cohortdesk.model.SessionKind;
import org.cohortdesk.model.SessionResource;
import org.cohortdesk.model.StaleEditException;
import org.cohortdesk.model.StudyVisit;
import org.cohortdesk.service.Entered;
import org.cohortdesk.service.RecordEdits;
import org.cohortdesk.service.audit.Audit;
import org.cohortdesk.store.Deletions;
import org.cohortdesk.store.SessionDao;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.Transactions;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Sessions of the cohorts: read by time range or by cohort with what they book, and created,
 * edited, moved, resized and deleted, each in one transaction, with optimistic locking and an audit
 * entry. A draft the rules refuse (no title, an end not after the start, an unknown cohort) is
 * refused with a {@link ProblemException} and nothing is written.
 */
public final class SessionService {
    /** How many cohort colours there are; a cohort keeps its colour ({@link #colourOf}). */
    public static final int COLOURS = 7;
    /** Sessions last at most this long, so a range query can bound the start from below and use its index. */
    static final int LONGEST_SESSION_DAYS = 7;

    /** What the calendar's filter and the session form choose from. */
    public record Choices(List<CohortChoice> cohorts, Map<ResourceKind, List<String>> resources, List<String> countries) {}

    /** A cohort to choose: its id, code, partner country and colour. */
    public record CohortChoice(UUID id, String code, String country, int colour) {}

    private final Jdbi jdbi;
    private final Audit audit;
    private final Clock clock;

    public SessionService(Jdbi jdbi, Audit audit, Clock clock) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.clock = clock;
    }

    /** The colour of a cohort's sessions, from its code, so it never changes while the code does not. */
    public static int colourOf(String cohortCode) {
        return Math.floorMod(cohortCode.hashCode(), COLOURS);
    }

    /**
     * Every session that overlaps {@code from} to {@code until} (ends after {@code from}, starts
     * before {@code until}), in time order, with what each books: two queries however many sessions.
     */
    public List<BookedSession> between(LocalDateTime from, LocalDateTime until) {
        LocalDateTime earliest = from.minusDays(LONGEST_SESSION_DAYS);
        return jdbi.withHandle(h -> {
            SessionDao dao = h.attach(SessionDao.class);
            return withBookings(dao, dao.between(earliest, from, until));
        });
    }

    /** Every session of one cohort, in time order, with what each books. */
    public List<BookedSession> ofCohort(UUID cohortId) {
        return jdbi.withHandle(h -> {
            SessionDao dao = h.attach(SessionDao.class);
            return withBookings(dao, dao.ofCohort(cohortId));
        });
    }

    public Optional<BookedSession> find(UUID id) {
        return jdbi.withHandle(h -> find(h, id));
    }

    /** The cohorts (newest first), the active rooms, lecturers and interpreters, and the partner countries. */
    public Choices choices() {
        return jdbi.withHandle(h -> {
            SessionDao dao = h.attach(SessionDao.class);
            Map<UUID, String> countries = new HashMap<>();
            h.createQuery("SELECT c.id, p.country FROM cohorts c JOIN partners p ON p.id = c.partner_id")
                    .map((rs, ctx) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
                    .forEach(e -> countries.put(e.getKey(), e.getValue()));
            List<CohortChoice> cohorts = Tables.COHORTS.all(h, "starts_on DESC, code").stream()
                    .map(c -> new CohortChoice(c.id(), c.code(), countries.get(c.id()), colourOf(c.code())))
                    .toList();
            Map<ResourceKind, List<String>> resources = new HashMap<>();
            for (ResourceKind kind : ResourceKind.values()) {
                resources.put(kind, new ArrayList<>());
            }
            for (Resource r : dao.activeResources()) {
                resources.get(r.kind()).add(r.name());
            }
            return new Choices(cohorts, Map.copyOf(resources), dao.cohortCountries());
        });
    }

    /** Saves a new session with what it books. */
    public BookedSession create(SessionDraft draft) {
        return Transactions.inTransaction(jdbi, h -> {
            Instant now = clock.instant();
            Cohort cohort = cohortOf(h, draft);
            Session session = cleaned(draft, UUID.randomUUID(), now, now, 0);
            Tables.SESSIONS.insert(h, session);
            writeDetails(h, session.id(), draft, now);
            audit.record(h, AuditAction.CREATE, RecordKind.SESSION.auditName(), session.id(), label(cohort, session));
            return find(h, session.id()).orElseThrow();
        });
    }

    /**
     * Saves an edited session (read at {@code version}) with what it books. Refused with
     * {@link StaleEditException} when it changed or was deleted since.
     */
    public BookedSession update(UUID id, int version, SessionDraft draft) {
        return Transactions.inTransaction(jdbi, h -> {
            Instant now = clock.instant();
            Cohort cohort = cohortOf(h, draft);
            Session written = RecordEdits.update(h, Tables.SESSIONS, audit, RecordKind.SESSION, id, s -> label(cohort, s),
                    stored -> cleaned(draft, id, stored.createdAt(), now, version));
            writeDetails(h, written.id(), draft, now);
            return find(h, id).orElseThrow();
        });
    }

    /**
     * Moves or resizes a session (read at {@code version}) to new times, keeping everything else.
     * Refused when the end is not after the start, or when the session changed since.
     */
    public BookedSession reschedule(UUID id, int version, LocalDateTime startsAt, LocalDateTime endsAt) {
        checkTimes(startsAt, endsAt);
        return Transactions.inTransaction(jdbi, h -> {
            Instant now = clock.instant();
            RecordEdits.update(h, Tables.SESSIONS, audit, RecordKind.SESSION, id, Session::title,
                    s -> new Session(id, s.cohortId(), s.moduleId(), s.kind(), s.title(), startsAt, endsAt, s.location(), s.notes(),
                            s.createdAt(), now, version));
            return find(h, id).orElseThrow();
        });
    }

    /** Deletes a session (read at {@code version}) and its bookings. Refused when it changed since or has attendance marks. */
    public void delete(UUID id, int version) {
        Transactions.useTransaction(jdbi, h -> {
            Session stored = Tables.SESSIONS.find(h, id).orElseThrow(() -> new StaleEditException(RecordKind.SESSION, id, true));
            if (!Tables.SESSIONS.delete(h, id, version)) {
                throw new StaleEditException(RecordKind.SESSION, stored.title(), false);
            }
            audit.record(h, AuditAction.DELETE, RecordKind.SESSION.auditName(), id, stored.title() + " " + stored.startsAt());
        });
    }

    private static String label(Cohort cohort, Session s) {
        return cohort.code() + " " + s.title() + " " + s.startsAt() + "–" + s.endsAt();
    }

    private static Cohort cohortOf(Handle h, SessionDraft draft) {
        if (draft.cohortId() == null) {
            throw ProblemException.of("error.session.cohort_missing");
        }
        return Tables.COHORTS.find(h, draft.cohortId()).orElseThrow(() -> ProblemException.of("error.session.cohort_unknown"));
    }

    private static Session cleaned(SessionDraft d, UUID id, Instant created, Instant updated, int version) {
        if (d.kind() == null) {
            throw ProblemException.of("error.session.kind_missing");
        }
        String title = limited(d.title(), 500, SessionField.TITLE);
        if (title == null) {
            throw ProblemException.of("error.session.title_missing");
        }
        checkTimes(d.startsAt(), d.endsAt());
        return new Session(id, d.cohortId(), null, d.kind(), title, d.startsAt(), d.endsAt(), limited(d.location(), 300, SessionField.LOCATION),
                limited(d.notes(), 4000, SessionField.NOTES), created, updated, version);
    }

    private static void checkTimes(LocalDateTime start, LocalDateTime end) {
        if (start == null || end == null) {
            throw ProblemException.of("error.session.time_missing");
        }
        if (!end.isAfter(start)) {
            throw ProblemException.of("error.session.end_before_start", start, end);
        }
        if (end.isAfter(start.plusDays(LONGEST_SESSION_DAYS))) {
            throw ProblemException.of("error.session.too_long_in_time", LONGEST_SESSION_DAYS);
        }
    }

    /** Text as entered, refused when longer than the column holds, naming the field by its message key. */
    private static String limited(String typed, int max, SessionField field) {
        String text = Entered.text(typed);
        if (text != null && text.length() > max) {
            throw ProblemException.of("error.session.text_too_long", field, max);
        }
        return text;
    }

    /** Replaces the session's bookings and study-visit details with the draft's. */
    private void writeDetails(Handle h, UUID sessionId, SessionDraft d, Instant now) {
        SessionDao dao = h.attach(SessionDao.class);
        Set<UUID> booked = new LinkedHashSet<>();
        List<String> rooms = d.room() == null ? List.of() : List.of(d.room());
        book(h, dao, booked, ResourceKind.ROOM, SessionField.ROOM, rooms, now);
        book(h, dao, booked, ResourceKind.LECTURER, SessionField.LECTURER, d.lecturers(), now);
        book(h, dao, booked, ResourceKind.INTERPRETER, SessionField.INTERPRETER, d.interpreters(), now);
        // A booking kept stays the same row, so that packages and tombstones carry only what changed.
        Set<UUID> before = new LinkedHashSet<>(h.createQuery("SELECT resource_id FROM session_resources WHERE session_id = :s")
                .bind("s", sessionId).mapTo(UUID.class).list());
        for (UUID dropped : before) {
            if (!booked.contains(dropped)) {
                Deletions.delete(h, "session_resources", "session_id = :s AND resource_id = :r", Map.of("s", sessionId, "r", dropped));
            }
        }
        Tables.SESSION_RESOURCES.insertAll(h, booked.stream().filter(r -> !before.contains(r))
                .map(r -> new SessionResource(UUID.randomUUID(), sessionId, r, now, now, 0)).toList());
        Optional<StudyVisit> stored = dao.visitOf(sessionId);
        if (d.kind() != SessionKind.STUDY_VISIT) {
            Deletions.delete(h, "study_visits", "session_id = :s", Map.of("s", sessionId));
            return;
        }
        if (d.headcount() != null && d.headcount() < 1) {
            throw ProblemException.of("error.session.headcount", d.headcount());
        }
        StudyVisit visit = new StudyVisit(stored.map(StudyVisit::id).orElseGet(UUID::randomUUID), sessionId,
                limited(d.hostOrganisation(), 300, SessionField.HOST), limited(d.transport(), 300, SessionField.TRANSPORT), d.headcount(),
                stored.map(StudyVisit::createdAt).orElse(now), now, stored.map(StudyVisit::version).orElse(0));
        if (stored.isPresent()) {
            if (!Tables.STUDY_VISITS.update(h, visit)) {
                throw new StaleEditException(RecordKind.SESSION, sessionId, false);
            }
        } else {
            Tables.STUDY_VISITS.insert(h, visit);
        }
    }

    private void book(Handle h, SessionDao dao, Set<UUID> booked, ResourceKind kind, SessionField field, List<String> names, Instant now) {
        for (String name : names) {
            String clean = limited(name, 300, field);
            if (clean != null) {
                booked.add(resource(h, dao, kind, clean, now).id());
            }
        }
    }

    /** The resource of this kind with this name (ignoring case), created when there is none. */
    private Resource resource(Handle h, SessionDao dao, ResourceKind kind, String name, Instant now) {
        return dao.resourceNamed(kind.name(), name).orElseGet(() -> {
            Resource r = new Resource(UUID.randomUUID(), kind, name, null, null, null, null, true, null, now, now, 0);
            Tables.RESOURCES.insert(h, r);
            audit.record(h, AuditAction.CREATE, "resource", r.id(), kind.name() + " " + name);
            return r;
        });
    }

    private static Optional<BookedSession> find(Handle h, UUID id) {
        SessionDao dao = h.attach(SessionDao.class);
        return dao.find(id).map(row -> withBookings(dao, List.of(row)).get(0));
    }

    private static List<BookedSession> withBookings(SessionDao dao, List<SessionDao.Row> rows) {
        return assemble(rows, dao.bookingsOf(rows.stream().map(SessionDao.Row::id).toList()));
    }

    private static List<BookedSession> assemble(List<SessionDao.Row> rows, List<SessionDao.Booking> bookings) {
        Map<UUID, List<Resource>> bySession = new HashMap<>();
        for (SessionDao.Booking b : bookings) {
            bySession.computeIfAbsent(b.sessionId(), k -> new ArrayList<>())
                    .add(new Resource(b.resourceId(), b.kind(), b.name(), null, null, null, null, true, null, null, null, 0));
        }
        List<BookedSession> out = new ArrayList<>(rows.size());
        for (SessionDao.Row r : rows) {
            Session s = new Session(r.id(), r.cohortId(), r.moduleId(), r.kind(), r.title(), r.startsAt(), r.endsAt(), r.location(), r.notes(),
                    r.createdAt(), r.updatedAt(), r.version());
            StudyVisit visit = r.visitId() == null ? null
                    : new StudyVisit(r.visitId(), r.id(), r.hostOrganisation(), r.transport(), r.headcount(), r.visitCreatedAt(), null,
                            r.visitVersion());
            out.add(new BookedSession(s, r.cohortCode(), colourOf(r.cohortCode()), r.country(), visit,
                    List.copyOf(bySession.getOrDefault(r.id(), List.of()))));
        }
        return out;
    }
}

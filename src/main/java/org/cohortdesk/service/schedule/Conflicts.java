package org.cohortdesk.service.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cohortdesk.model.Phrase;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.model.Resource;
import org.cohortdesk.store.CohortDao;
import org.cohortdesk.store.ScheduleDao;
import org.cohortdesk.store.ScheduleDao.Booking;
import org.cohortdesk.store.ScheduleDao.SharedTrainees;
import org.cohortdesk.store.Tables;
import org.cohortdesk.model.CheckedSession;
import org.jdbi.v3.core.Jdbi;

/**
 * Finds the clashes of the timetable: a room, lecturer or interpreter in two overlapping sessions;
 * a session outside its cohort's dates; trainees of two cohorts whose sessions overlap (errors);
 * a session on a weekend or a public holiday at the academy or in the trainees' country (warning).
 *
 * <p>Four queries, then sweeps over sessions sorted by start: per resource, per pair of cohorts
 * that share trainees. The work grows with the sessions and the clashes, not with their square.
 */
public final class Conflicts {
    private static final Comparator<Conflict> ORDER = Comparator.comparing((Conflict c) -> c.first().startsAt())
            .thenComparing(c -> c.first().cohortCode()).thenComparing(Conflict::kind);

    private static final java.time.format.DateTimeFormatter HH_MM = java.time.format.DateTimeFormatter.ofPattern("HH:mm");

    private final Jdbi jdbi;
    private final DaysOff daysOff;

    public Conflicts(Jdbi jdbi, DaysOff daysOff) {
        this.jdbi = jdbi;
        this.daysOff = daysOff;
    }

    /** Every clash, in the order of the sessions they are shown on. */
    public List<Conflict> all() {
        return jdbi.withHandle(h -> {
            ScheduleDao dao = h.attach(ScheduleDao.class);
            List<CheckedSession> sessions = dao.sessions();
            Map<UUID, Resource> resources = Tables.RESOURCES.all(h, "id").stream().collect(Collectors.toMap(Resource::id, r -> r));
            return find(sessions, bookings(sessions, dao.uses(), resources), dao.sharedTrainees(), daysOff.snapshot());
        });
    }

    /**
     * The clashes that involve a session of the cohort with this code. Refused with
     * {@code error.cohort.unknown} for an unknown code.
     */
    public List<Conflict> ofCohort(String code) {
        jdbi.withExtension(CohortDao.class, dao -> dao.findByCode(code)).orElseThrow(() -> ProblemException.of("error.cohort.unknown", code));
        return all().stream().filter(c -> c.involves(code)).toList();
    }

    /** The clashes by the id of every session involved, to mark them on a calendar. */
    public static Map<UUID, List<Conflict>> bySession(List<Conflict> found) {
        Map<UUID, List<Conflict>> out = new HashMap<>();
        for (Conflict c : found) {
            c.sessions().forEach(s -> out.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(c));
        }
        return out;
    }

    /** A session's times as a line shows them, e.g. {@code 08:00–11:30}. */
    public static String times(CheckedSession session) {
        return HH_MM.format(session.startsAt()) + "–" + HH_MM.format(session.endsAt());
    }

    /**
     * The bookings of these sessions (others, of cancelled cohorts, are left out) by resource, then
     * in the order of the sessions.
     */
    static List<Booking> bookings(List<CheckedSession> sessions, List<ScheduleDao.Use> uses, Map<UUID, Resource> resources) {
        Map<UUID, Integer> order = new HashMap<>(sessions.size() * 2);
        for (int i = 0; i < sessions.size(); i++) {
            order.put(sessions.get(i).id(), i);
        }
        List<ScheduleDao.Use> kept = new ArrayList<>(uses.size());
        for (ScheduleDao.Use u : uses) {
            if (order.containsKey(u.sessionId()) && resources.containsKey(u.resourceId())) {
                kept.add(u);
            }
        }
        kept.sort(Comparator.comparing(ScheduleDao.Use::resourceId).thenComparing(u -> order.get(u.sessionId())));
        List<Booking> out = new ArrayList<>(kept.size());
        for (ScheduleDao.Use u : kept) {
            CheckedSession s = sessions.get(order.get(u.sessionId()));
            Resource r = resources.get(u.resourceId());
            out.add(new Booking(r.id(), r.kind(), r.name(), s.id(), s.startsAt(), s.endsAt()));
        }
        return out;
    }

    /** The clashes among these sessions (in time order), bookings (by resource, then time) and cohorts sharing trainees. */
    static List<Conflict> find(List<CheckedSession> sessions, List<Booking> bookings, List<SharedTrainees> shared, DaysOff daysOff) {
        Map<UUID, CheckedSession> byId = sessions.stream().collect(Collectors.toMap(CheckedSession::id, Function.identity()));
        List<Conflict> found = new ArrayList<>();
        doubleBookings(bookings, byId, found);
        traineesInTwoPlaces(sessions, shared, found);
        datesAndDaysOff(sessions, daysOff, found);
        found.sort(ORDER);
        return found;
    }

    private static void doubleBookings(List<Booking> bookings, Map<UUID, CheckedSession> byId, List<Conflict> found) {
        Deque<Booking> open = new ArrayDeque<>();
        UUID resource = null;
        for (Booking b : bookings) {
            if (!b.resourceId().equals(resource)) {
                open.clear();
                resource = b.resourceId();
            }
            open.removeIf(o -> !o.endsAt().isAfter(b.startsAt()));
            for (Booking o : open) {
                CheckedSession earlier = byId.get(o.sessionId());
                CheckedSession later = byId.get(b.sessionId());
                if (earlier != null && later != null) {
                    found.add(new Conflict(Conflict.Kind.RESOURCE_DOUBLE_BOOKED, List.of(earlier, later),
                            Problem.error(ScheduleLabels.doubleBooked(b.resourceKind()), b.resourceName(), later.cohortCode(),
                                    later.title(), later.startsAt(), later.endsAt().toLocalTime())));
                }
            }
            open.add(b);
        }
    }

    private static void traineesInTwoPlaces(List<CheckedSession> sessions, List<SharedTrainees> shared, List<Conflict> found) {
        if (shared.isEmpty()) {
            return;
        }
        Map<UUID, List<CheckedSession>> byCohort = sessions.stream().collect(Collectors.groupingBy(CheckedSession::cohortId));
        for (SharedTrainees pair : shared) {
            List<CheckedSession> a = byCohort.getOrDefault(pair.firstCohort(), List.of());
            List<CheckedSession> b = byCohort.getOrDefault(pair.secondCohort(), List.of());
            overlaps(a, b, (x, y) -> {
                CheckedSession earlier = x.startsAt().isAfter(y.startsAt()) ? y : x;
                CheckedSession later = earlier == x ? y : x;
                found.add(new Conflict(Conflict.Kind.TRAINEE_IN_TWO_SESSIONS, List.of(earlier, later),
                        Problem.error("schedule.conflict.trainee", pair.shared(), pair.someone(), later.cohortCode(), later.title(),
                                later.startsAt(), later.endsAt().toLocalTime())));
            });
        }
    }

    /** Calls {@code each} for every overlapping pair of two lists sorted by start (a sweep, like the bookings'). */
    private static void overlaps(List<CheckedSession> a, List<CheckedSession> b, java.util.function.BiConsumer<CheckedSession, CheckedSession> each) {
        int i = 0;
        int j = 0;
        List<CheckedSession> openA = new ArrayList<>();
        List<CheckedSession> openB = new ArrayList<>();
        while (i < a.size() || j < b.size()) {
            boolean takeA = j >= b.size() || (i < a.size() && !a.get(i).startsAt().isAfter(b.get(j).startsAt()));
            CheckedSession next = takeA ? a.get(i++) : b.get(j++);
            List<CheckedSession> others = takeA ? openB : openA;
            prune(openA, next.startsAt());
            prune(openB, next.startsAt());
            others.forEach(o -> each.accept(o, next));
            (takeA ? openA : openB).add(next);
        }
    }

    private static void prune(List<CheckedSession> open, LocalDateTime at) {
        for (Iterator<CheckedSession> it = open.iterator(); it.hasNext();) {
            if (!it.next().endsAt().isAfter(at)) {
                it.remove();
            }
        }
    }

    private static void datesAndDaysOff(List<CheckedSession> sessions, DaysOff daysOff, List<Conflict> found) {
        Map<String, Optional<Phrase>> asked = new HashMap<>();
        for (CheckedSession s : sessions) {
            LocalDate day = s.startsAt().toLocalDate();
            if (day.isBefore(s.cohortStartsOn()) || s.endsAt().toLocalDate().isAfter(s.cohortEndsOn())) {
                found.add(new Conflict(Conflict.Kind.OUTSIDE_COHORT_DATES, List.of(s),
                        Problem.error("schedule.conflict.outside", s.title(), s.cohortStartsOn(), s.cohortEndsOn())));
            }
            Optional<Phrase> off = asked.computeIfAbsent(s.country() + day, k -> daysOff.reason(s.country(), day));
            off.ifPresent(name -> found.add(new Conflict(Conflict.Kind.DAY_OFF, List.of(s), name == DaysOff.WEEKEND
                    ? Problem.warning("schedule.conflict.weekend", s.title(), day.getDayOfWeek())
                    : Problem.warning("schedule.conflict.holiday", s.title(), name))));
        }
    }
}

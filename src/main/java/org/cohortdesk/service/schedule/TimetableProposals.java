package org.cohortdesk.service.schedule;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cohortdesk.model.AuditAction;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.CourseModule;
import org.cohortdesk.model.Partner;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.model.Resource;
import org.cohortdesk.model.Session;
import org.cohortdesk.model.SessionKind;
import org.cohortdesk.model.SessionResource;
import org.cohortdesk.service.audit.Audit;
import org.cohortdesk.service.schedule.TimetableGenerator.Busy;
import org.cohortdesk.service.schedule.TimetableGenerator.Proposal;
import org.cohortdesk.service.schedule.TimetableGenerator.Proposed;
import org.cohortdesk.service.schedule.TimetableGenerator.Slot;
import org.cohortdesk.store.CohortDao;
import org.cohortdesk.store.CourseDao;
import org.cohortdesk.store.ScheduleDao;
import org.cohortdesk.store.ScheduleDao.Booking;
import org.cohortdesk.model.CheckedSession;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.Transactions;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A timetable proposed for a cohort from its course's modules ({@link TimetableGenerator}), and the
 * proposal, as the coordinator left it, saved in one transaction: the lectures and their bookings.
 *
 * <p>A cohort that already has sessions teaching its modules is refused (proposing again would
 * teach them twice); other sessions it has (the opening, a study visit) are kept and planned around.
 */
public final class TimetableProposals {
    /** The cohort, the proposal and the resources each proposed session will book. */
    public record Draft(Cohort cohort, List<UUID> resourceIds, Proposal proposal) {}

    private final Jdbi jdbi;
    private final DaysOff daysOff;
    private final Audit audit;
    private final Clock clock;

    public TimetableProposals(Jdbi jdbi, DaysOff daysOff, Audit audit, Clock clock) {
        this.jdbi = jdbi;
        this.daysOff = daysOff;
        this.audit = audit;
        this.clock = clock;
    }

    /** The rooms, lecturers and interpreters to choose from, by kind and name. */
    public List<Resource> resources() {
        return jdbi.withExtension(ScheduleDao.class, ScheduleDao::activeResources);
    }

    /**
     * Proposes a timetable for the cohort with this code in these slots, booking the resources
     * chosen (they must be free). Writes nothing. Refused with {@code error.cohort.unknown},
     * {@code timetable.error.already_planned} or {@code timetable.error.no_modules}.
     */
    public Draft propose(String code, List<UUID> resourceIds, List<Slot> slots) {
        return jdbi.inTransaction(h -> {
            Cohort cohort = cohort(h, code);
            ScheduleDao dao = h.attach(ScheduleDao.class);
            refuseIfPlanned(dao, cohort);
            List<CourseModule> modules = h.attach(CourseDao.class).modules(cohort.courseId());
            if (modules.isEmpty()) {
                throw ProblemException.of("timetable.error.no_modules", cohort.code());
            }
            LocalDateTime from = cohort.startsOn().atStartOfDay();
            LocalDateTime until = cohort.endsOn().plusDays(1).atStartOfDay();
            List<Busy> busy = new ArrayList<>();
            if (!resourceIds.isEmpty()) {
                dao.bookingsOf(resourceIds, from, until).forEach(b -> busy.add(new Busy(b.startsAt(), b.endsAt())));
            }
            dao.sessionsOf(cohort.id(), from, until).forEach(s -> busy.add(new Busy(s.startsAt(), s.endsAt())));
            String country = Tables.PARTNERS.find(h, cohort.partnerId()).map(Partner::country).orElse(null);
            TimetableGenerator.Request request = new TimetableGenerator.Request(cohort.startsOn(), cohort.endsOn(), country,
                    modules.stream().map(m -> new TimetableGenerator.Module(m.id(), m.titleVi(), m.hours())).toList(), slots, busy);
            return new Draft(cohort, List.copyOf(resourceIds), TimetableGenerator.propose(request, daysOff.snapshot()));
        });
    }

    /**
     * Saves the sessions as the coordinator left them (rows removed, times changed), all or
     * nothing: each a lecture of its module booking {@code resourceIds}. Checked again against the
     * data as it is now; a problem refuses the whole save, naming the row (from 1):
     * {@code timetable.error.empty}, {@code timetable.error.times}, {@code timetable.error.outside},
     * {@code timetable.error.overlap}, {@code timetable.error.busy}, {@code timetable.error.booked},
     * {@code timetable.error.already_planned}. Returns how many sessions were saved.
     */
    public int save(String code, List<UUID> resourceIds, List<Proposed> sessions) {
        if (sessions.isEmpty()) {
            throw ProblemException.of("timetable.error.empty");
        }
        return Transactions.inTransaction(jdbi, h -> {
            Cohort cohort = cohort(h, code);
            ScheduleDao dao = h.attach(ScheduleDao.class);
            refuseIfPlanned(dao, cohort);
            check(cohort, sessions);
            LocalDateTime from = cohort.startsOn().atStartOfDay();
            LocalDateTime until = cohort.endsOn().plusDays(1).atStartOfDay();
            List<Booking> bookings = resourceIds.isEmpty() ? List.of() : dao.bookingsOf(resourceIds, from, until);
            List<CheckedSession> others = dao.sessionsOf(cohort.id(), from, until);
            Instant now = clock.instant();
            List<Session> rows = new ArrayList<>();
            List<SessionResource> uses = new ArrayList<>();
            for (int i = 0; i < sessions.size(); i++) {
                Proposed p = sessions.get(i);
                int row = i + 1;
                for (CheckedSession o : others) {
                    if (o.startsAt().isBefore(p.endsAt()) && p.startsAt().isBefore(o.endsAt())) {
                        throw ProblemException.of("timetable.error.busy", row, o.title(), o.startsAt());
                    }
                }
                for (Booking b : bookings) {
                    if (b.startsAt().isBefore(p.endsAt()) && p.startsAt().isBefore(b.endsAt())) {
                        throw ProblemException.of("timetable.error.booked", row, b.resourceName(), b.startsAt());
                    }
                }
                Session s = new Session(UUID.randomUUID(), cohort.id(), p.moduleId(), SessionKind.LECTURE, p.title(), p.startsAt(),
                        p.endsAt(), null, null, now, now, 0);
                rows.add(s);
                resourceIds.forEach(r -> uses.add(new SessionResource(UUID.randomUUID(), s.id(), r, now, now, 0)));
            }
            Tables.SESSIONS.insertAll(h, rows);
            Tables.SESSION_RESOURCES.insertAll(h, uses);
            audit.record(h, AuditAction.BULK, "session", cohort.id(), rows.size() + " sessions proposed for cohort " + cohort.code());
            return rows.size();
        });
    }

    /** Times that make sense, within the cohort's dates, not overlapping each other. */
    private static void check(Cohort cohort, List<Proposed> sessions) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            Proposed p = sessions.get(i);
            if (p.startsAt() == null || p.endsAt() == null || !p.startsAt().isBefore(p.endsAt())
                    || !p.startsAt().toLocalDate().equals(p.endsAt().toLocalDate())) {
                throw ProblemException.of("timetable.error.times", i + 1);
            }
            if (p.startsAt().toLocalDate().isBefore(cohort.startsOn()) || p.startsAt().toLocalDate().isAfter(cohort.endsOn())) {
                throw ProblemException.of("timetable.error.outside", i + 1, p.startsAt().toLocalDate(), cohort.startsOn(), cohort.endsOn());
            }
            order.add(i);
        }
        order.sort((a, b) -> sessions.get(a).startsAt().compareTo(sessions.get(b).startsAt()));
        for (int k = 1; k < order.size(); k++) {
            Proposed before = sessions.get(order.get(k - 1));
            Proposed after = sessions.get(order.get(k));
            if (after.startsAt().isBefore(before.endsAt())) {
                int a = Math.min(order.get(k - 1), order.get(k)) + 1;
                int b = Math.max(order.get(k - 1), order.get(k)) + 1;
                throw ProblemException.of("timetable.error.overlap", b, a);
            }
        }
    }

    private static Cohort cohort(Handle h, String code) {
        return h.attach(CohortDao.class).findByCode(code).orElseThrow(() -> ProblemException.of("error.cohort.unknown", code));
    }

    private static void refuseIfPlanned(ScheduleDao dao, Cohort cohort) {
        int planned = dao.moduleSessions(cohort.id());
        if (planned > 0) {
            throw new ProblemException(Problem.error("timetable.error.already_planned", cohort.code(), planned));
        }
    }
}

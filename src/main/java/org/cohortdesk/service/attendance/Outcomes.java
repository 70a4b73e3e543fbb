package org.cohortdesk.service.attendance;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.RecordKind;
import org.cohortdesk.model.StaleEditException;
import org.cohortdesk.model.rules.Completion;
import org.cohortdesk.service.roster.RosterService;
import org.cohortdesk.store.PeopleDao;
import org.cohortdesk.store.Tables;
import org.jdbi.v3.core.Handle;

/**
 * What a cohort's completion does to its trainees, inside the caller's transaction: when the
 * cohort is marked completed, each trainee who arrived and meets the course's completion rule
 * becomes completed (the others stay arrived: they attended but do not complete); when it is
 * taken back to in progress, the completed trainees are arrived again.
 */
public final class Outcomes {
    private Outcomes() {}

    /** Sets the outcome of each arrived trainee of {@code cohort} by the rule at {@code now}; returns how many complete. */
    public static int settle(Handle h, Cohort cohort, LocalDateTime now, Instant stamp) {
        List<Enrollment> enrollments = h.attach(PeopleDao.class).enrollmentsOf(cohort.id());
        Map<UUID, Completion.Tally> tallies = RosterService.attendance(h, cohort, enrollments.stream().map(Enrollment::id).toList(), now);
        int completed = 0;
        for (Enrollment e : enrollments) {
            if (e.status() == EnrollmentStatus.ARRIVED && tallies.get(e.id()).completes()) {
                write(h, e, EnrollmentStatus.COMPLETED, stamp);
                completed++;
            }
        }
        return completed;
    }

    /** Takes the completed trainees of {@code cohort} back to arrived. */
    public static void reopen(Handle h, Cohort cohort, Instant stamp) {
        for (Enrollment e : h.attach(PeopleDao.class).enrollmentsOf(cohort.id())) {
            if (e.status() == EnrollmentStatus.COMPLETED) {
                write(h, e, EnrollmentStatus.ARRIVED, stamp);
            }
        }
    }

    private static void write(Handle h, Enrollment e, EnrollmentStatus status, Instant stamp) {
        Enrollment moved = new Enrollment(e.id(), e.cohortId(), e.personId(), status, e.arrivalOn(), e.arrivalFlight(), e.departureOn(),
                e.departureFlight(), e.room(), e.visaNo(), e.visaExpiry(), e.withdrawnOn(), e.withdrawalReason(), e.notes(), e.createdAt(),
                stamp, e.version());
        if (!Tables.ENROLLMENTS.update(h, moved)) {
            throw new StaleEditException(RecordKind.ENROLLMENT, e.id(), false);
        }
    }
}

package org.cohortdesk.service.enrollment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.cohortdesk.model.AuditAction;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.model.StaleEditException;
import org.cohortdesk.service.audit.Audit;
import org.cohortdesk.store.EnrollmentDao;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.Transactions;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A person's place in a cohort: enrolling, editing (status, travel, room, visa), withdrawing,
 * removing and moving to another cohort. Every change is one transaction with an audit entry, and
 * is refused (nothing written) when the enrollment changed since it was read. An enrollment with
 * attendance is never deleted or moved: it can only be withdrawn, so its history stays.
 */
public final class EnrollmentService {
    private final Jdbi jdbi;
    private final Audit audit;
    private final Clock clock;

    public EnrollmentService(Jdbi jdbi, Audit audit, Clock clock) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.clock = clock;
    }

    /** Enrolls a person in a cohort as nominated. The same person twice in one cohort is refused. */
    public Enrollment enroll(UUID cohortId, UUID personId) {
        var now = clock.instant();
        Enrollment e = new Enrollment(UUID.randomUUID(), cohortId, personId, EnrollmentStatus.NOMINATED, null, null, null, null, null,
                null, null, null, null, null, now, now, 0);
        Transactions.useTransaction(jdbi, h -> {
            Tables.ENROLLMENTS.insert(h, e);
            audit.record(h, AuditAction.CREATE, "enrollment", e.id(), "person " + personId + " in cohort " + code(h, cohortId));
        });
        return e;
    }

    /**
     * Saves an edited enrollment (status, travel, room, visa, notes). A status change must be one
     * of {@link EnrollmentStatus#next()}; withdrawing goes through {@link #withdraw}. Returns the
     * enrollment as stored.
     */
    public Enrollment update(Enrollment edited) {
        return Transactions.inTransaction(jdbi, h -> {
            Enrollment stored = stored(h, edited.id());
            if (stored.status() != edited.status()) {
                if (edited.status() == EnrollmentStatus.WITHDRAWN) {
                    throw ProblemException.of("error.enrollment.withdraw_with_reason");
                }
                refuseStep(stored.status(), edited.status());
            }
            if (stored.cohortId().equals(edited.cohortId()) && stored.personId().equals(edited.personId())) {
                return save(h, edited, stored, edited.status() != stored.status() ? "status " + stored.status() + " -> " + edited.status() : "edited");
            }
            throw ProblemException.of("error.enrollment.use_move");
        });
    }

    /** Withdraws a trainee on a date with a reason; the enrollment and its attendance stay on record. */
    public Enrollment withdraw(UUID id, int version, LocalDate on, String reason) {
        return Transactions.inTransaction(jdbi, h -> {
            Enrollment stored = stored(h, id);
            checkVersion(stored, version);
            refuseStep(stored.status(), EnrollmentStatus.WITHDRAWN);
            Enrollment withdrawn = with(stored, stored.cohortId(), EnrollmentStatus.WITHDRAWN, on, reason);
            return save(h, withdrawn, stored, "withdrawn on " + on + (reason == null || reason.isBlank() ? "" : ": " + reason));
        });
    }

    /** Deletes an enrollment made by mistake. Refused when it has attendance: withdraw it instead. */
    public void remove(UUID id, int version) {
        Transactions.useTransaction(jdbi, h -> {
            Enrollment stored = stored(h, id);
            EnrollmentDao dao = h.attach(EnrollmentDao.class);
            if (dao.marksOf(id) > 0) {
                throw ProblemException.of("error.enrollment.has_attendance");
            }
            if (dao.delete(id, version) != 1) {
                throw new StaleEditException("enrollment", id, false);
            }
            audit.record(h, AuditAction.DELETE, "enrollment", id, "person " + stored.personId() + " out of cohort " + code(h, stored.cohortId()));
        });
    }

    /**
     * Moves a trainee to another cohort, keeping the enrollment's id, travel and notes. Refused when
     * it has attendance (the marks belong to the first cohort's sessions) or when the person is
     * already in the target cohort.
     */
    public Enrollment move(UUID id, int version, UUID targetCohortId) {
        return Transactions.inTransaction(jdbi, h -> {
            Enrollment stored = stored(h, id);
            checkVersion(stored, version);
            if (h.attach(EnrollmentDao.class).marksOf(id) > 0) {
                throw ProblemException.of("error.enrollment.has_attendance");
            }
            Enrollment moved = with(stored, targetCohortId, stored.status(), stored.withdrawnOn(), stored.withdrawalReason());
            return save(h, moved, stored, "moved from " + code(h, stored.cohortId()) + " to " + code(h, targetCohortId));
        });
    }

    private Enrollment save(Handle h, Enrollment edited, Enrollment stored, String details) {
        Enrollment toWrite = new Enrollment(edited.id(), edited.cohortId(), edited.personId(), edited.status(), edited.arrivalOn(),
                edited.arrivalFlight(), edited.departureOn(), edited.departureFlight(), edited.room(), edited.visaNo(), edited.visaExpiry(),
                edited.withdrawnOn(), edited.withdrawalReason(), edited.notes(), stored.createdAt(), clock.instant(), edited.version());
        if (!Tables.ENROLLMENTS.update(h, toWrite)) {
            throw new StaleEditException("enrollment", stored.id(), false);
        }
        audit.record(h, AuditAction.UPDATE, "enrollment", edited.id(), details);
        return stored(h, edited.id());
    }

    private static Enrollment stored(Handle h, UUID id) {
        return Tables.ENROLLMENTS.find(h, id).orElseThrow(() -> new StaleEditException("enrollment", id, true));
    }

    private static void checkVersion(Enrollment stored, int version) {
        if (stored.version() != version) {
            throw new StaleEditException("enrollment", stored.id(), false);
        }
    }

    private static void refuseStep(EnrollmentStatus from, EnrollmentStatus to) {
        if (!from.canMoveTo(to)) {
            throw ProblemException.of("error.enrollment.transition", from, to);
        }
    }

    private static String code(Handle h, UUID cohortId) {
        return Tables.COHORTS.find(h, cohortId).map(Cohort::code).orElseThrow(() -> ProblemException.of("error.cohort.unknown", cohortId));
    }

    private static Enrollment with(Enrollment e, UUID cohortId, EnrollmentStatus status, LocalDate withdrawnOn, String reason) {
        return new Enrollment(e.id(), cohortId, e.personId(), status, e.arrivalOn(), e.arrivalFlight(), e.departureOn(),
                e.departureFlight(), e.room(), e.visaNo(), e.visaExpiry(), withdrawnOn, reason, e.notes(), e.createdAt(), e.updatedAt(),
                e.version());
    }
}

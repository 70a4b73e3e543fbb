package org.cohortdesk.service.enrollment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.cohortdesk.model.AuditAction;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.model.RecordKind;
import org.cohortdesk.model.StaleEditException;
import org.cohortdesk.service.audit.Audit;
import org.cohortdesk.service.person.PersonService;
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
    /** A person together with their enrollment in one cohort: one line of a roster. */
    public record Trainee(Person person, Enrollment enrollment) {
        /** This trainee's content with other versions: to save it over what is stored now (undo, redo). */
        public Trainee withVersions(int pv, int ev) {
            Person p = person;
            Enrollment e = enrollment;
            return new Trainee(
                    new Person(p.id(), p.nameLocal(), p.nameLatin(), p.sex(), p.birthDate(), p.nationality(), p.jobTitle(), p.agency(),
                            p.partnerId(), p.province(), p.passportNo(), p.passportExpiry(), p.phone(), p.email(), p.dietaryNotes(),
                            p.healthNotes(), p.emergencyContact(), p.notes(), p.createdAt(), p.updatedAt(), pv),
                    new Enrollment(e.id(), e.cohortId(), e.personId(), e.status(), e.arrivalOn(), e.arrivalFlight(), e.departureOn(),
                            e.departureFlight(), e.room(), e.visaNo(), e.visaExpiry(), e.withdrawnOn(), e.withdrawalReason(), e.notes(),
                            e.createdAt(), e.updatedAt(), ev));
        }
    }

    private final Jdbi jdbi;
    private final PersonService people;
    private final Audit audit;
    private final Clock clock;

    public EnrollmentService(Jdbi jdbi, PersonService people, Audit audit, Clock clock) {
        this.jdbi = jdbi;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** Enrolls a person in a cohort as nominated. The same person twice in one cohort is refused. */
    public Enrollment enroll(UUID cohortId, UUID personId) {
        return Transactions.inTransaction(jdbi, h -> enroll(h, cohortId, personId));
    }

    private Enrollment enroll(Handle h, UUID cohortId, UUID personId) {
        var now = clock.instant();
        Enrollment e = new Enrollment(UUID.randomUUID(), cohortId, personId, EnrollmentStatus.NOMINATED, null, null, null, null, null,
                null, null, null, null, null, now, now, 0);
        insert(h, e);
        return e;
    }

    private void insert(Handle h, Enrollment e) {
        Tables.ENROLLMENTS.insert(h, e);
        audit.record(h, AuditAction.CREATE, "enrollment", e.id(), "person " + e.personId() + " in cohort " + code(h, e.cohortId()));
    }

    /**
     * Saves a new person and enrolls them in the draft's cohort as nominated, with the draft's
     * travel, room, visa and notes, in one transaction. Returns both as stored.
     */
    public Trainee addNew(Trainee draft) {
        return Transactions.inTransaction(jdbi, h -> {
            Person person = people.insert(h, draft.person());
            Enrollment e = draft.enrollment();
            var now = clock.instant();
            Enrollment enrollment = new Enrollment(UUID.randomUUID(), e.cohortId(), person.id(), EnrollmentStatus.NOMINATED,
                    e.arrivalOn(), e.arrivalFlight(), e.departureOn(), e.departureFlight(), e.room(), e.visaNo(), e.visaExpiry(), null,
                    null, e.notes(), now, now, 0);
            insert(h, enrollment);
            return new Trainee(person, enrollment);
        });
    }

    /**
     * Saves a trainee edited on the roster or in the person form: the person and the enrollment
     * together, in one transaction, each only if it changed. Refused as a whole (nothing written)
     * when either changed since it was read or a status step is not allowed. Returns both as stored.
     */
    public Trainee save(Trainee trainee) {
        return save(trainee.person(), trainee.enrollment());
    }

    /** {@link #save(Trainee)} of a person and their enrollment. */
    public Trainee save(Person person, Enrollment enrollment) {
        if (!person.id().equals(enrollment.personId())) {
            throw new IllegalArgumentException("enrollment " + enrollment.id() + " is not of person " + person.id());
        }
        return Transactions.inTransaction(jdbi, h -> new Trainee(people.update(h, person), update(h, enrollment)));
    }

    /**
     * Takes back an enrollment added by mistake, as undo does after {@link #addNew} or {@link
     * #enroll}: deletes it, and when {@code alsoPerson} the person too (refused if they are enrolled
     * anywhere else). Refused when it has attendance or changed since it was read.
     */
    public void retract(UUID id, int version, boolean alsoPerson) {
        Transactions.useTransaction(jdbi, h -> {
            Enrollment stored = remove(h, id, version);
            if (alsoPerson) {
                Person person = Tables.PEOPLE.find(h, stored.personId()).orElseThrow(() -> new StaleEditException(RecordKind.PERSON, id, true));
                people.delete(h, person.id(), person.version());
            }
        });
    }

    /** Undoes a withdrawal: back to {@code status}, the date and reason cleared. */
    public Enrollment reinstate(UUID id, int version, EnrollmentStatus status) {
        return Transactions.inTransaction(jdbi, h -> {
            Enrollment stored = stored(h, id);
            checkVersion(h, stored, version);
            if (stored.status() != EnrollmentStatus.WITHDRAWN || status == EnrollmentStatus.WITHDRAWN) {
                throw ProblemException.of("error.enrollment.transition", stored.status(), status);
            }
            return save(h, with(stored, stored.cohortId(), status, null, null), stored, "withdrawal undone, back to " + status);
        });
    }

    /**
     * Saves an edited enrollment (status, travel, room, visa, notes). A status change must be one
     * of {@link EnrollmentStatus#next()}; withdrawing goes through {@link #withdraw}. Returns the
     * enrollment as stored.
     */
    public Enrollment update(Enrollment edited) {
        return Transactions.inTransaction(jdbi, h -> update(h, edited));
    }

    private Enrollment update(Handle h, Enrollment asEdited) {
        Enrollment stored = stored(h, asEdited.id());
        Enrollment edited = asEdited;
        if (stored.status() != edited.status()) {
            if (edited.status() == EnrollmentStatus.WITHDRAWN) {
                throw ProblemException.of("error.enrollment.withdraw_with_reason");
            }
            refuseStep(stored.status(), edited.status());
            if (stored.status() == EnrollmentStatus.WITHDRAWN) {
                // back on the roster: the withdrawal's date and reason no longer hold
                edited = with(edited, edited.cohortId(), edited.status(), null, null);
            }
        }
        if (!stored.cohortId().equals(edited.cohortId()) || !stored.personId().equals(edited.personId())) {
            throw ProblemException.of("error.enrollment.use_move");
        }
        if (sameContent(stored, edited)) {
            checkVersion(h, stored, edited.version());
            return stored;
        }
        return save(h, edited, stored, edited.status() != stored.status() ? "status " + stored.status() + " -> " + edited.status() : "edited");
    }

    /** Withdraws a trainee on a date with a reason; the enrollment and its attendance stay on record. */
    public Enrollment withdraw(UUID id, int version, LocalDate on, String reason) {
        return Transactions.inTransaction(jdbi, h -> {
            Enrollment stored = stored(h, id);
            checkVersion(h, stored, version);
            refuseStep(stored.status(), EnrollmentStatus.WITHDRAWN);
            Enrollment withdrawn = with(stored, stored.cohortId(), EnrollmentStatus.WITHDRAWN, on, reason);
            return save(h, withdrawn, stored, "withdrawn on " + on + (reason == null || reason.isBlank() ? "" : ": " + reason));
        });
    }

    /** Deletes an enrollment made by mistake. Refused when it has attendance: withdraw it instead. */
    public void remove(UUID id, int version) {
        Transactions.useTransaction(jdbi, h -> remove(h, id, version));
    }

    private Enrollment remove(Handle h, UUID id, int version) {
        Enrollment stored = stored(h, id);
        if (h.attach(EnrollmentDao.class).marksOf(id) > 0) {
            throw ProblemException.of("error.enrollment.has_attendance");
        }
        if (!Tables.ENROLLMENTS.delete(h, id, version)) {
            throw changed(h, stored);
        }
        audit.record(h, AuditAction.DELETE, "enrollment", id, "person " + stored.personId() + " out of cohort " + code(h, stored.cohortId()));
        return stored;
    }

    /**
     * Moves a trainee to another cohort, keeping the enrollment's id, travel and notes. Refused when
     * it has attendance (the marks belong to the first cohort's sessions) or when the person is
     * already in the target cohort.
     */
    public Enrollment move(UUID id, int version, UUID targetCohortId) {
        return Transactions.inTransaction(jdbi, h -> {
            Enrollment stored = stored(h, id);
            checkVersion(h, stored, version);
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
            throw changed(h, stored);
        }
        audit.record(h, AuditAction.UPDATE, "enrollment", edited.id(), details);
        return stored(h, edited.id());
    }

    private static boolean sameContent(Enrollment a, Enrollment b) {
        return Objects.equals(a.status(), b.status()) && Objects.equals(a.arrivalOn(), b.arrivalOn())
                && Objects.equals(a.arrivalFlight(), b.arrivalFlight()) && Objects.equals(a.departureOn(), b.departureOn())
                && Objects.equals(a.departureFlight(), b.departureFlight()) && Objects.equals(a.room(), b.room())
                && Objects.equals(a.visaNo(), b.visaNo()) && Objects.equals(a.visaExpiry(), b.visaExpiry())
                && Objects.equals(a.withdrawnOn(), b.withdrawnOn()) && Objects.equals(a.withdrawalReason(), b.withdrawalReason())
                && Objects.equals(a.notes(), b.notes());
    }

    private static Enrollment stored(Handle h, UUID id) {
        return Tables.ENROLLMENTS.find(h, id).orElseThrow(() -> new StaleEditException(RecordKind.ENROLLMENT, id, true));
    }

    private static void checkVersion(Handle h, Enrollment stored, int version) {
        if (stored.version() != version) {
            throw changed(h, stored);
        }
    }

    /** The refusal of an edit of an enrollment someone else changed, naming the trainee. */
    private static StaleEditException changed(Handle h, Enrollment stored) {
        Object name = Tables.PEOPLE.find(h, stored.personId()).<Object>map(Person::nameLatin).orElse(stored.id());
        return new StaleEditException(RecordKind.ENROLLMENT, name, false);
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

package org.cohortdesk.service.person;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cohortdesk.model.Attendance;
import org.cohortdesk.model.AuditAction;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.model.RecordKind;
import org.cohortdesk.model.StaleEditException;
import org.cohortdesk.service.audit.Audit;
import org.cohortdesk.store.Deletions;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.Transactions;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Makes two records of one person into one. The kept record takes over every enrollment of the
 * dropped one and fills its empty fields from it; the dropped record is deleted. Nothing the kept
 * person lacks is lost: when both were in the same cohort, the dropped enrollment's attendance
 * marks move to the kept enrollment for every session the kept one has no mark for.
 */
public final class PersonMerge {

    /** What a merge did: the kept person as now stored, and how many rows moved. */
    public record Result(Person kept, int enrollmentsMoved, int enrollmentsJoined, int marksMoved, int marksDropped) {}

    private final Jdbi jdbi;
    private final Audit audit;
    private final Clock clock;

    public PersonMerge(Jdbi jdbi, Audit audit, Clock clock) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Merges the person {@code dropId} into {@code keepId}, in one transaction. Each is named with
     * the version it was read at; when either changed or disappeared since, nothing is written and
     * a {@link StaleEditException} says so. An enrollment of the dropped person in a cohort the kept
     * person is not in moves as it is. In a cohort both are in, the kept enrollment stays (its empty
     * fields filled from the dropped one), the dropped enrollment's marks move onto it where it has
     * none for that session, and the dropped enrollment with its remaining marks (sessions the kept
     * one already has a mark for) is deleted.
     */
    public Result merge(UUID keepId, int keepVersion, UUID dropId, int dropVersion) {
        if (keepId.equals(dropId)) {
            throw ProblemException.of("error.person.merge_same");
        }
        return Transactions.inTransaction(jdbi, h -> {
            Instant now = clock.instant();
            Person keep = current(h, keepId, keepVersion);
            Person drop = current(h, dropId, dropVersion);

            Map<UUID, Enrollment> keptByCohort = new HashMap<>();
            for (Enrollment e : enrollmentsOf(h, keepId)) {
                keptByCohort.put(e.cohortId(), e);
            }
            int moved = 0;
            int joined = 0;
            int marksMoved = 0;
            int marksDropped = 0;
            for (Enrollment dropped : enrollmentsOf(h, dropId)) {
                Enrollment kept = keptByCohort.get(dropped.cohortId());
                if (kept == null) {
                    h.createUpdate("UPDATE enrollments SET person_id = :keep, updated_at = :now, version = version + 1 WHERE id = :id")
                            .bind("keep", keepId).bind("now", now).bind("id", dropped.id()).execute();
                    moved++;
                    continue;
                }
                joined++;
                Set<UUID> keptSessions = new HashSet<>();
                for (Attendance a : marksOf(h, kept.id())) {
                    keptSessions.add(a.sessionId());
                }
                for (Attendance mark : marksOf(h, dropped.id())) {
                    if (keptSessions.contains(mark.sessionId())) {
                        Deletions.deleteRow(h, "attendance", mark.id());
                        marksDropped++;
                    } else {
                        h.createUpdate("UPDATE attendance SET enrollment_id = :kept, updated_at = :now, version = version + 1 WHERE id = :id")
                                .bind("kept", kept.id()).bind("now", now).bind("id", mark.id()).execute();
                        marksMoved++;
                    }
                }
                Tables.ENROLLMENTS.update(h, filled(kept, dropped, now));
                Deletions.deleteRow(h, "enrollments", dropped.id());
            }

            if (!Tables.PEOPLE.update(h, filled(keep, drop, now))) {
                throw new StaleEditException(RecordKind.PERSON, keep.nameLatin(), false);
            }
            if (!Tables.PEOPLE.delete(h, dropId, dropVersion)) {
                throw new StaleEditException(RecordKind.PERSON, drop.nameLatin(), false);
            }
            audit.record(h, AuditAction.MERGE, "person", keepId, String.format(
                    "merged %s (%s) into %s (%s): %d enrollments moved, %d joined in the same cohort, %d marks moved, %d duplicate marks removed",
                    dropId, drop.nameLatin(), keepId, keep.nameLatin(), moved, joined, marksMoved, marksDropped));
            return new Result(Tables.PEOPLE.find(h, keepId).orElseThrow(), moved, joined, marksMoved, marksDropped);
        });
    }

    private static Person current(Handle h, UUID id, int version) {
        Person p = Tables.PEOPLE.find(h, id).orElseThrow(() -> new StaleEditException(RecordKind.PERSON, id, true));
        if (p.version() != version) {
            throw new StaleEditException(RecordKind.PERSON, p.nameLatin(), false);
        }
        return p;
    }

    private static List<Enrollment> enrollmentsOf(Handle h, UUID personId) {
        return h.createQuery("SELECT * FROM enrollments WHERE person_id = :person").bind("person", personId).mapTo(Enrollment.class).list();
    }

    private static List<Attendance> marksOf(Handle h, UUID enrollmentId) {
        return h.createQuery("SELECT * FROM attendance WHERE enrollment_id = :e").bind("e", enrollmentId).mapTo(Attendance.class).list();
    }

    /** The kept person with each empty field taken from the dropped one. */
    static Person filled(Person k, Person d, Instant now) {
        return new Person(k.id(), or(k.nameLocal(), d.nameLocal()), k.nameLatin(), or(k.sex(), d.sex()), or(k.birthDate(), d.birthDate()),
                or(k.nationality(), d.nationality()), or(k.jobTitle(), d.jobTitle()), or(k.agency(), d.agency()),
                or(k.partnerId(), d.partnerId()), or(k.province(), d.province()), or(k.passportNo(), d.passportNo()),
                or(k.passportExpiry(), d.passportExpiry()), or(k.phone(), d.phone()), or(k.email(), d.email()),
                or(k.dietaryNotes(), d.dietaryNotes()), or(k.healthNotes(), d.healthNotes()), or(k.emergencyContact(), d.emergencyContact()),
                or(k.notes(), d.notes()), k.createdAt(), now, k.version());
    }

    /**
     * The kept enrollment with each empty field (flights, room, visa, notes) taken from the dropped one; travel dates
     * only as a pair, so arrival stays before departure. Its status stays.
     */
    private static Enrollment filled(Enrollment k, Enrollment d, Instant now) {
        boolean noTravelDates = k.arrivalOn() == null && k.departureOn() == null;
        return new Enrollment(k.id(), k.cohortId(), k.personId(), k.status(), noTravelDates ? d.arrivalOn() : k.arrivalOn(),
                or(k.arrivalFlight(), d.arrivalFlight()), noTravelDates ? d.departureOn() : k.departureOn(), or(k.departureFlight(), d.departureFlight()),
                or(k.room(), d.room()), or(k.visaNo(), d.visaNo()), or(k.visaExpiry(), d.visaExpiry()), k.withdrawnOn(), k.withdrawalReason(),
                or(k.notes(), d.notes()), k.createdAt(), now, k.version());
    }

    private static <T> T or(T kept, T dropped) {
        boolean empty = kept == null || kept instanceof String s && s.isBlank();
        return empty ? dropped : kept;
    }
}

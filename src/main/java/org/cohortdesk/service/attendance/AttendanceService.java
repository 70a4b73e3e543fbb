package org.cohortdesk.service.attendance;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cohortdesk.model.Attendance;
import org.cohortdesk.model.AuditAction;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.Course;
import org.cohortdesk.model.Mark;
import org.cohortdesk.model.RecordKind;
import org.cohortdesk.model.Session;
import org.cohortdesk.model.StaleEditException;
import org.cohortdesk.model.rules.Completion;
import org.cohortdesk.service.audit.Audit;
import org.cohortdesk.service.roster.RosterService;
import org.cohortdesk.store.AttendanceDao;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.Transactions;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * A cohort's attendance: the sheet of its trainees against its sessions with the marks stored,
 * and marks entered (several at once, all or none), each checked against the version it was read at.
 */
public final class AttendanceService {

    /** A stored mark with its row's id and version; what an edit of that cell expects to find. */
    public record Cell(UUID id, Mark mark, int version) {}

    /** Where a mark goes: one trainee (by enrollment) at one session. */
    public record Key(UUID enrollmentId, UUID sessionId) {}

    /**
     * A change of one cell: {@code mark} null clears it; {@code expected} is the cell as read (null:
     * it was empty), so a cell someone else changed meanwhile is refused rather than overwritten.
     */
    public record Change(Key key, Mark mark, Cell expected) {}

    /**
     * A cohort's sheet: the roster (withdrawn trainees included, the page mutes them), every
     * session of the course in time order, the marks by cell, the course's completion threshold,
     * and the moment "to date" means.
     */
    public record Sheet(RosterService.Roster roster, List<Session> sessions, Map<Key, Cell> marks, int threshold, LocalDateTime now) {
        /** One trainee's tally to date under the course's rule. */
        public Completion.Tally tally(UUID enrollmentId) {
            Map<UUID, Mark> byCell = new HashMap<>();
            marks.forEach((k, c) -> {
                if (k.enrollmentId().equals(enrollmentId)) {
                    byCell.put(k.sessionId(), c.mark());
                }
            });
            return Completion.tally(sessions, byCell, now, threshold);
        }
    }

    private final Jdbi jdbi;
    private final RosterService rosters;
    private final Audit audit;
    private final Clock clock;

    public AttendanceService(Jdbi jdbi, RosterService rosters, Audit audit, Clock clock) {
        this.jdbi = jdbi;
        this.rosters = rosters;
        this.audit = audit;
        this.clock = clock;
    }

    /** The sheet of the cohort with this code; refused with {@code error.cohort.unknown} for an unknown code. */
    public Sheet sheet(String code) {
        RosterService.Roster roster = rosters.roster(code);
        Cohort cohort = roster.cohort();
        return jdbi.withHandle(h -> {
            AttendanceDao dao = h.attach(AttendanceDao.class);
            Map<Key, Cell> marks = new HashMap<>();
            for (Attendance a : dao.marksOf(cohort.id())) {
                marks.put(new Key(a.enrollmentId(), a.sessionId()), new Cell(a.id(), a.mark(), a.version()));
            }
            Course course = Tables.COURSES.find(h, cohort.courseId()).orElseThrow();
            return new Sheet(roster, dao.sessionsOf(cohort.id()), Map.copyOf(marks), course.completionThreshold(), LocalDateTime.now(clock));
        });
    }

    /**
     * Saves {@code changes} in one transaction and returns the cells as now stored (null for a
     * cleared cell). Refused, with nothing saved, with {@link StaleEditException} when a cell is no
     * longer as the change expected (someone else marked it meanwhile).
     */
    public Map<Key, Cell> mark(String cohortCode, List<Change> changes) {
        return Transactions.inTransaction(jdbi, h -> {
            Map<Key, Cell> now = new HashMap<>();
            for (Change change : changes) {
                now.put(change.key(), apply(h, change, cohortCode));
            }
            audit.record(h, AuditAction.BULK, RecordKind.ATTENDANCE.auditName(), null, changes.size() + " marks in " + cohortCode);
            return now;
        });
    }

    private Cell apply(Handle h, Change change, String cohortCode) {
        Cell expected = change.expected();
        var stamp = clock.instant();
        if (expected == null) {
            if (change.mark() == null) {
                return null;
            }
            boolean taken = h.createQuery("SELECT COUNT(*) FROM attendance WHERE enrollment_id = :e AND session_id = :s")
                    .bind("e", change.key().enrollmentId()).bind("s", change.key().sessionId()).mapTo(Integer.class).one() > 0;
            if (taken) {
                throw new StaleEditException(RecordKind.ATTENDANCE, cohortCode, false);
            }
            Attendance row = new Attendance(UUID.randomUUID(), change.key().enrollmentId(), change.key().sessionId(), change.mark(), null,
                    stamp, stamp, 0);
            Tables.ATTENDANCE.insert(h, row);
            return new Cell(row.id(), row.mark(), 0);
        }
        Attendance stored = Tables.ATTENDANCE.find(h, expected.id())
                .orElseThrow(() -> new StaleEditException(RecordKind.ATTENDANCE, cohortCode, true));
        if (change.mark() == null) {
            if (!Tables.ATTENDANCE.delete(h, expected.id(), expected.version())) {
                throw new StaleEditException(RecordKind.ATTENDANCE, cohortCode, false);
            }
            return null;
        }
        Attendance written = new Attendance(stored.id(), stored.enrollmentId(), stored.sessionId(), change.mark(), stored.note(),
                stored.createdAt(), stamp, expected.version());
        if (!Tables.ATTENDANCE.update(h, written)) {
            throw new StaleEditException(RecordKind.ATTENDANCE, cohortCode, false);
        }
        return new Cell(stored.id(), change.mark(), expected.version() + 1);
    }
}

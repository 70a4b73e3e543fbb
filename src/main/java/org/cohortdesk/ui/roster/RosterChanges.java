package org.cohortdesk.ui.roster;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.Person;
import org.cohortdesk.service.enrollment.EnrollmentService;
import org.cohortdesk.service.enrollment.EnrollmentService.Trainee;
import org.cohortdesk.ui.common.ChangeHistory;

/**
 * What each kind of roster change does and how it is undone, for the {@link RosterEditor}: an
 * edit, a trainee added or enrolled from file, a withdrawal, a move. The changes save over the
 * newest versions this editor wrote, so several changes of one trainee undo in turn.
 */
final class RosterChanges {

    /**
     * One change of the roster, kept by the page's {@link ChangeHistory}; its description says what
     * it did in words: "the passport no. of VILAY INTHAVONG".
     */
    interface Change extends ChangeHistory.Change {
        /** The enrollment to show once the roster is read again, when it is not the one in focus (a trainee just added). */
        default UUID shows() {
            return null;
        }
    }

    private final EnrollmentService enrollments;
    private final Localization tr;
    /** The newest version this editor wrote of each person and enrollment, so undo and redo save over their own changes. */
    private final Map<UUID, Integer> versions = new ConcurrentHashMap<>();

    RosterChanges(EnrollmentService enrollments, Localization tr) {
        this.enrollments = enrollments;
        this.tr = tr;
    }

    Change edit(Trainee before, Trainee after, String description) {
        return new Edit(before, after, description);
    }

    Change add(Trainee draft) {
        return new Add(draft);
    }

    Change enroll(Person person, UUID cohortId) {
        return new Enroll(person, cohortId);
    }

    Change withdraw(Enrollment enrollment, LocalDate on, String reason, String description) {
        return new Withdraw(enrollment, on, reason, description);
    }

    Change move(Enrollment enrollment, UUID to, String description) {
        return new Move(enrollment, to, description);
    }

    /**
     * {@code content} with the newest versions known: the ones it carries (read from the roster)
     * or the ones these changes wrote since, whichever is newer. A change by someone else after that
     * still makes the save stale, as it should.
     */
    private Trainee current(Trainee content) {
        return content.withVersions(version(content.person().id(), content.person().version()),
                version(content.enrollment().id(), content.enrollment().version()));
    }

    private int version(Enrollment e) {
        return version(e.id(), e.version());
    }

    private int version(UUID id, int carried) {
        return Math.max(carried, versions.getOrDefault(id, carried));
    }

    private Trainee saw(Trainee t) {
        saw(t.person());
        saw(t.enrollment());
        return t;
    }

    private void saw(Person p) {
        versions.put(p.id(), p.version());
    }

    private Enrollment saw(Enrollment e) {
        versions.put(e.id(), e.version());
        return e;
    }

    /** An edit of the person and enrollment; undo writes back what was there before. */
    private final class Edit implements Change {
        private final Trainee before;
        private final Trainee after;
        private final String description;

        Edit(Trainee before, Trainee after, String description) {
            this.before = before;
            this.after = after;
            this.description = description;
        }

        @Override
        public void apply() {
            saw(enrollments.save(current(after)));
        }

        @Override
        public void revert() {
            saw(enrollments.save(current(before)));
        }

        @Override
        public String description() {
            return description;
        }
    }

    /** A new person enrolled; undo takes back both the enrollment and the person. */
    private final class Add implements Change {
        private final Trainee draft;
        private Trainee added;

        Add(Trainee draft) {
            this.draft = draft;
        }

        @Override
        public void apply() {
            added = saw(enrollments.addNew(draft));
        }

        @Override
        public void revert() {
            enrollments.retract(added.enrollment().id(), version(added.enrollment()), true);
        }

        @Override
        public String description() {
            return tr.tr("roster.change.add", draft.person().nameLatin());
        }

        @Override
        public UUID shows() {
            return added.enrollment().id();
        }
    }

    /** Someone on file enrolled; undo takes back the enrollment and keeps the person. */
    private final class Enroll implements Change {
        private final Person person;
        private final UUID cohortId;
        private Enrollment enrolled;

        Enroll(Person person, UUID cohortId) {
            this.person = person;
            this.cohortId = cohortId;
        }

        @Override
        public void apply() {
            enrolled = saw(enrollments.enroll(cohortId, person.id()));
        }

        @Override
        public void revert() {
            enrollments.retract(enrolled.id(), version(enrolled), false);
        }

        @Override
        public String description() {
            return tr.tr("roster.change.add", person.nameLatin());
        }

        @Override
        public UUID shows() {
            return enrolled.id();
        }
    }

    /** A withdrawal; undo puts the trainee back to the status they had. */
    private final class Withdraw implements Change {
        private final EnrollmentStatus before;
        private final LocalDate on;
        private final String reason;
        private final String description;
        private final Enrollment enrollment;

        Withdraw(Enrollment enrollment, LocalDate on, String reason, String description) {
            this.enrollment = enrollment;
            this.before = enrollment.status();
            this.on = on;
            this.reason = reason;
            this.description = description;
        }

        @Override
        public void apply() {
            saw(enrollments.withdraw(enrollment.id(), version(enrollment), on, reason));
        }

        @Override
        public void revert() {
            saw(enrollments.reinstate(enrollment.id(), version(enrollment), before));
        }

        @Override
        public String description() {
            return description;
        }
    }

    /** A move to another cohort; undo moves the trainee back. */
    private final class Move implements Change {
        private final UUID from;
        private final UUID to;
        private final String description;
        private final Enrollment enrollment;

        Move(Enrollment enrollment, UUID to, String description) {
            this.enrollment = enrollment;
            this.from = enrollment.cohortId();
            this.to = to;
            this.description = description;
        }

        @Override
        public void apply() {
            saw(enrollments.move(enrollment.id(), version(enrollment), to));
        }

        @Override
        public void revert() {
            saw(enrollments.move(enrollment.id(), version(enrollment), from));
        }

        @Override
        public String description() {
            return description;
        }
    }
}

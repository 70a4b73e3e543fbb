package org.cohortdesk.ui.roster;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.service.enrollment.EnrollmentService.Trainee;
import org.cohortdesk.service.enrollment.EnrollmentService;
import org.cohortdesk.service.enrollment.TraineeDraft;
import org.cohortdesk.service.enrollment.TraineeField;
import org.cohortdesk.ui.common.BackgroundTask;
import org.cohortdesk.ui.common.ErrorReporter;
import org.cohortdesk.ui.common.TaskRunner;

/**
 * The changes a coordinator makes to a roster (an edited cell or form, a trainee added, withdrawn
 * or moved), each saved in the background as one transaction and kept for undo and redo. A change
 * refused by the rules or because someone else changed the trainee meanwhile is said in words and
 * the roster is read again; a refused undo or redo also forgets the history, which no longer
 * matches what is stored.
 */
public final class RosterEditor {

    /** One change of the roster. {@link #apply} and {@link #revert} run on a worker thread. */
    interface Change {
        void apply();

        void revert();

        /** What it did, in words: "the passport no. of VILAY INTHAVONG". */
        String description();

        /** The enrollment to show once the roster is read again, when it is not the one in focus (a trainee just added). */
        default UUID shows() {
            return null;
        }
    }

    private final EnrollmentService enrollments;
    private final Localization tr;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final Consumer<String> say;
    private final Runnable afterChange;
    private final Deque<Change> undo = new ArrayDeque<>();
    private final Deque<Change> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private UUID toShow;
    /** Changes made while another was being saved, in order. */
    private final Deque<Change> waiting = new ArrayDeque<>();
    /** The newest version this editor wrote of each person and enrollment, so undo and redo save over their own changes. */
    private final Map<UUID, Integer> versions = new ConcurrentHashMap<>();

    /**
     * {@code say} shows a message on the page; {@code afterChange} reads the roster again after
     * every change, made or refused.
     */
    public RosterEditor(EnrollmentService enrollments, Localization tr, TaskRunner tasks, Consumer<Throwable> onFailure,
            Consumer<String> say, Runnable afterChange) {
        this.enrollments = enrollments;
        this.tr = tr;
        this.tasks = tasks;
        this.onFailure = onFailure;
        this.say = say;
        this.afterChange = afterChange;
    }

    /**
     * Saves one field typed into a roster cell. Text that cannot be read (a wrong date, an empty
     * name) is refused at once with a message naming the field, and nothing is saved; returns false then.
     */
    public boolean edit(Trainee before, TraineeField field, String text) {
        if (text.strip().equals(TraineeDraft.textOf(before, field).strip())) {
            return true;
        }
        TraineeDraft.Result read = TraineeDraft.of(before).set(field, text).read();
        if (!read.ok()) {
            say.accept(problemText(read.problems()));
            return false;
        }
        String what = tr.tr("roster.change.field", tr.tr(field.key()), before.person().nameLatin());
        perform(new Edit(before, read.trainee(), what));
        return true;
    }

    /** Saves a trainee edited in the person form. */
    public void save(Trainee before, Trainee after) {
        if (!before.equals(after)) {
            perform(new Edit(before, after, tr.tr("roster.change.details", after.person().nameLatin())));
        }
    }

    /** Adds a new person to the cohort, as nominated. */
    public void add(Trainee draft) {
        perform(new Add(draft));
    }

    /** Enrolls someone already on file (an alumnus coming back) in the cohort, as nominated. */
    public void enroll(Person person, UUID cohortId) {
        perform(new Enroll(person, cohortId));
    }

    public void withdraw(Trainee trainee, LocalDate on, String reason) {
        perform(new Withdraw(trainee.enrollment(), on, reason, tr.tr("roster.change.withdraw", trainee.person().nameLatin())));
    }

    /** Moves the trainee to the cohort {@code targetId} (whose code is {@code targetCode}). */
    public void move(Trainee trainee, UUID targetId, String targetCode) {
        perform(new Move(trainee.enrollment(), targetId, tr.tr("roster.change.move", trainee.person().nameLatin(), targetCode)));
    }

    public void undo() {
        if (!busy.get() && !undo.isEmpty()) {
            Change change = undo.peek();
            run(change::revert, () -> {
                redo.push(undo.pop());
                say.accept(tr.tr("roster.undone", change.description()));
            });
        }
    }

    public void redo() {
        if (!busy.get() && !redo.isEmpty()) {
            Change change = redo.peek();
            run(change::apply, () -> {
                toShow = change.shows();
                undo.push(redo.pop());
                say.accept(tr.tr("roster.redone", change.description()));
            });
        }
    }

    private void perform(Change change) {
        if (busy.get()) {
            // a form saved while the last change is still being written: it waits its turn, nothing is lost
            waiting.add(change);
            return;
        }
        run(change::apply, () -> {
            toShow = change.shows();
            undo.push(change);
            redo.clear();
            say.accept(tr.tr("roster.saved", change.description()));
        });
    }

    private void run(Runnable work, Runnable done) {
        busy.set(true);
        BackgroundTask.of(progress -> {
            work.run();
            return null;
        }).titled(tr.tr("roster.saving")).onSuccess(ignored -> {
            done.run();
            finish();
        }).onFailure(e -> {
            ProblemException refusal = ErrorReporter.problemIn(e);
            if (refusal == null) {
                onFailure.accept(e);
            } else {
                say.accept(tr.tr(refusal.problem()));
            }
            undo.clear();
            redo.clear();
            finish();
        }).runWith(tasks);
    }

    private void finish() {
        busy.set(false);
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
        if (!waiting.isEmpty()) {
            perform(waiting.poll());
            return;
        }
        afterChange.run();
    }

    /**
     * {@code content} with the newest versions known: the ones it carries (read from the roster)
     * or the ones this editor wrote since, whichever is newer. A change by someone else after that
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

    private String problemText(Map<TraineeField, Problem> problems) {
        return problems.entrySet().stream().map(p -> tr.tr("roster.field_problem", tr.tr(p.getKey().key()), tr.tr(p.getValue())))
                .reduce((a, b) -> a + " " + b).orElse("");
    }

    /** The enrollment the last change asks to show (a trainee just added), once; null when there is none. */
    public UUID takeEnrollmentToShow() {
        UUID id = toShow;
        toShow = null;
        return id;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** True while a change is saved. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
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

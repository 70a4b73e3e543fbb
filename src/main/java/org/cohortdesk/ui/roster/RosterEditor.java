package org.cohortdesk.ui.roster;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.service.enrollment.EnrollmentService;
import org.cohortdesk.service.enrollment.EnrollmentService.Trainee;
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
                undo.push(redo.pop());
                say.accept(tr.tr("roster.redone", change.description()));
            });
        }
    }

    private void perform(Change change) {
        if (busy.get()) {
            say.accept(tr.tr("roster.busy"));
            return;
        }
        run(change::apply, () -> {
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
        afterChange.run();
    }

    private String problemText(Map<TraineeField, Problem> problems) {
        return problems.entrySet().stream().map(p -> tr.tr("roster.field_problem", tr.tr(p.getKey().key()), tr.tr(p.getValue())))
                .reduce((a, b) -> a + " " + b).orElse("");
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
        private Trainee stored;

        Edit(Trainee before, Trainee after, String description) {
            this.before = before;
            this.after = after;
            this.description = description;
            this.stored = before;
        }

        @Override
        public void apply() {
            stored = enrollments.save(after.withVersionsOf(stored));
        }

        @Override
        public void revert() {
            stored = enrollments.save(before.withVersionsOf(stored));
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
            added = enrollments.addNew(draft);
        }

        @Override
        public void revert() {
            enrollments.retract(added.enrollment().id(), added.enrollment().version(), true);
        }

        @Override
        public String description() {
            return tr.tr("roster.change.add", draft.person().nameLatin());
        }
    }

    /** A withdrawal; undo puts the trainee back to the status they had. */
    private final class Withdraw implements Change {
        private final EnrollmentStatus before;
        private final LocalDate on;
        private final String reason;
        private final String description;
        private Enrollment stored;

        Withdraw(Enrollment enrollment, LocalDate on, String reason, String description) {
            this.stored = enrollment;
            this.before = enrollment.status();
            this.on = on;
            this.reason = reason;
            this.description = description;
        }

        @Override
        public void apply() {
            stored = enrollments.withdraw(stored.id(), stored.version(), on, reason);
        }

        @Override
        public void revert() {
            stored = enrollments.reinstate(stored.id(), stored.version(), before);
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
        private Enrollment stored;

        Move(Enrollment enrollment, UUID to, String description) {
            this.stored = enrollment;
            this.from = enrollment.cohortId();
            this.to = to;
            this.description = description;
        }

        @Override
        public void apply() {
            stored = enrollments.move(stored.id(), stored.version(), to);
        }

        @Override
        public void revert() {
            stored = enrollments.move(stored.id(), stored.version(), from);
        }

        @Override
        public String description() {
            return description;
        }
    }
}

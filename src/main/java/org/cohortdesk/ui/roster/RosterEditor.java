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

    private final Localization tr;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final Consumer<String> say;
    private final Runnable afterChange;
    private final Deque<RosterChanges.Change> undo = new ArrayDeque<>();
    private final Deque<RosterChanges.Change> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private UUID toShow;
    /** Changes made while another was being saved, in order. */
    private final Deque<RosterChanges.Change> waiting = new ArrayDeque<>();
    private final RosterChanges changes;

    /**
     * {@code say} shows a message on the page; {@code afterChange} reads the roster again after
     * every change, made or refused.
     */
    public RosterEditor(EnrollmentService enrollments, Localization tr, TaskRunner tasks, Consumer<Throwable> onFailure,
            Consumer<String> say, Runnable afterChange) {
        this.changes = new RosterChanges(enrollments, tr);
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
        perform(changes.edit(before, read.trainee(), what));
        return true;
    }

    /** Saves a trainee edited in the person form. */
    public void save(Trainee before, Trainee after) {
        if (!before.equals(after)) {
            perform(changes.edit(before, after, tr.tr("roster.change.details", after.person().nameLatin())));
        }
    }

    /** Adds a new person to the cohort, as nominated. */
    public void add(Trainee draft) {
        perform(changes.add(draft));
    }

    /** Enrolls someone already on file (an alumnus coming back) in the cohort, as nominated. */
    public void enroll(Person person, UUID cohortId) {
        perform(changes.enroll(person, cohortId));
    }

    public void withdraw(Trainee trainee, LocalDate on, String reason) {
        perform(changes.withdraw(trainee.enrollment(), on, reason, tr.tr("roster.change.withdraw", trainee.person().nameLatin())));
    }

    /** Moves the trainee to the cohort {@code targetId} (whose code is {@code targetCode}). */
    public void move(Trainee trainee, UUID targetId, String targetCode) {
        perform(changes.move(trainee.enrollment(), targetId, tr.tr("roster.change.move", trainee.person().nameLatin(), targetCode)));
    }

    public void undo() {
        if (!busy.get() && !undo.isEmpty()) {
            RosterChanges.Change change = undo.peek();
            run(change::revert, () -> {
                redo.push(undo.pop());
                say.accept(tr.tr("roster.undone", change.description()));
            });
        }
    }

    public void redo() {
        if (!busy.get() && !redo.isEmpty()) {
            RosterChanges.Change change = redo.peek();
            run(change::apply, () -> {
                toShow = change.shows();
                undo.push(redo.pop());
                say.accept(tr.tr("roster.redone", change.description()));
            });
        }
    }

    private void perform(RosterChanges.Change change) {
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
}

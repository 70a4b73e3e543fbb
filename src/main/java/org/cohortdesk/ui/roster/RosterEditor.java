package org.cohortdesk.ui.roster;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.Problem;
import org.cohortdesk.service.enrollment.EnrollmentService.Trainee;
import org.cohortdesk.service.enrollment.EnrollmentService;
import org.cohortdesk.service.enrollment.TraineeDraft;
import org.cohortdesk.service.enrollment.TraineeField;
import org.cohortdesk.ui.common.ChangeHistory;
import org.cohortdesk.ui.common.TaskRunner;

/**
 * The changes a coordinator makes to a roster (an edited cell or form, a trainee added, withdrawn
 * or moved), each saved in the background as one transaction and kept for undo and redo by a
 * {@link ChangeHistory} (the calendar's too): a change made while another is being saved waits its
 * turn; a change refused by the rules or because someone else changed the trainee meanwhile is said
 * in words, forgets the history, which no longer matches what is stored, and the roster is read again.
 */
public final class RosterEditor {

    private final Localization tr;
    private final Consumer<String> say;
    /** Saves, queues, undoes and redoes the changes: the same history as the calendar's. */
    private final ChangeHistory history;
    private final RosterChanges changes;

    /**
     * {@code say} shows a message on the page; {@code afterChange} reads the roster again after
     * every change, made or refused.
     */
    public RosterEditor(EnrollmentService enrollments, Localization tr, TaskRunner tasks, Consumer<Throwable> onFailure,
            Consumer<String> say, Runnable afterChange) {
        this.changes = new RosterChanges(enrollments, tr);
        this.tr = tr;
        this.say = say;
        this.history = new ChangeHistory(tasks, onFailure, say,
                ChangeHistory.Words.of(tr, "roster.saving", "roster.saved", "roster.undone", "roster.redone"), afterChange);
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
        history.undo();
    }

    public void redo() {
        history.redo();
    }

    private void perform(RosterChanges.Change change) {
        // a form saved while the last change is still being written waits its turn in the history: nothing is lost
        history.perform(change);
    }

    private String problemText(Map<TraineeField, Problem> problems) {
        return problems.entrySet().stream().map(p -> tr.tr("roster.field_problem", tr.tr(p.getKey().key()), tr.tr(p.getValue())))
                .reduce((a, b) -> a + " " + b).orElse("");
    }

    /** The enrollment the last change asks to show (a trainee just added), once; null when there is none. */
    public UUID takeEnrollmentToShow() {
        return history.takeLastApplied() instanceof RosterChanges.Change change ? change.shows() : null;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }

    /** True while a change is saved. */
    public ReadOnlyBooleanProperty busyProperty() {
        return history.busyProperty();
    }
}

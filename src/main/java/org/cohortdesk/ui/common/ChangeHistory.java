package org.cohortdesk.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.ProblemException;

/**
 * Changes a coordinator makes on a page, each saved in the background as one transaction and kept
 * for undo and redo: the shape of the roster's editor, for any page. A change refused by the rules or
 * because someone else changed the data meanwhile is said in words; a refusal also forgets the
 * history, which no longer matches what is stored. A change made while another is being saved waits
 * its turn. {@code afterChange} runs after every change, made or refused (the page reads its data again).
 * The calendar's and the roster's ({@code ui/roster/RosterEditor}) history; the last change saved or
 * redone can be asked for once, e.g. to show the row it added after the page is read again.
 */
public final class ChangeHistory {

    /** One change. {@link #apply} and {@link #revert} run on a worker thread. */
    public interface Change {
        void apply();

        void revert();

        /** What it did, in words, for "Saved: ...", "Undone: ...". */
        String description();
    }

    /** The messages a page shows, already in the user's language. */
    public interface Words {
        String saving();

        String saved(String description);

        String undone(String description);

        String redone(String description);

        String refused(ProblemException refusal);

        /**
         * The words of a page, by their message keys (saved, undone and redone take the change's
         * description); a refusal says its problem.
         */
        static Words of(Localization tr, String savingKey, String savedKey, String undoneKey, String redoneKey) {
            return new Words() {
                @Override
                public String saving() {
                    return tr.tr(savingKey);
                }

                @Override
                public String saved(String description) {
                    return tr.tr(savedKey, description);
                }

                @Override
                public String undone(String description) {
                    return tr.tr(undoneKey, description);
                }

                @Override
                public String redone(String description) {
                    return tr.tr(redoneKey, description);
                }

                @Override
                public String refused(ProblemException refusal) {
                    return tr.tr(refusal.problem());
                }
            };
        }
    }

    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final Consumer<String> say;
    private final Words words;
    private final Runnable afterChange;
    private final Deque<Change> undo = new ArrayDeque<>();
    private final Deque<Change> redo = new ArrayDeque<>();
    private final Deque<Change> waiting = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    /** The last change saved or redone, until {@link #takeLastApplied} asks for it. */
    private Change lastApplied;

    public ChangeHistory(TaskRunner tasks, Consumer<Throwable> onFailure, Consumer<String> say, Words words, Runnable afterChange) {
        this.tasks = tasks;
        this.onFailure = onFailure;
        this.say = say;
        this.words = words;
        this.afterChange = afterChange;
    }

    /** Saves a change and keeps it for undo; redo is forgotten. */
    public void perform(Change change) {
        if (busy.get()) {
            waiting.add(change);
            return;
        }
        run(change::apply, () -> {
            lastApplied = change;
            undo.push(change);
            redo.clear();
            say.accept(words.saved(change.description()));
        });
    }

    /**
     * Keeps for undo a change already saved elsewhere (by a form, which shows its own refusals),
     * as if {@link #perform} had saved it.
     */
    public void applied(Change change) {
        lastApplied = change;
        undo.push(change);
        redo.clear();
        say.accept(words.saved(change.description()));
        finish();
    }

    public void undo() {
        if (!busy.get() && !undo.isEmpty()) {
            Change change = undo.peek();
            run(change::revert, () -> {
                redo.push(undo.pop());
                say.accept(words.undone(change.description()));
            });
        }
    }

    public void redo() {
        if (!busy.get() && !redo.isEmpty()) {
            Change change = redo.peek();
            run(change::apply, () -> {
                lastApplied = change;
                undo.push(redo.pop());
                say.accept(words.redone(change.description()));
            });
        }
    }

    private void run(Runnable work, Runnable done) {
        busy.set(true);
        BackgroundTask.of(progress -> {
            work.run();
            return null;
        }).titled(words.saving()).onSuccess(ignored -> {
            done.run();
            finish();
        }).onFailure(e -> {
            ProblemException refusal = ErrorReporter.problemIn(e);
            if (refusal == null) {
                onFailure.accept(e);
            } else {
                say.accept(words.refused(refusal));
            }
            undo.clear();
            redo.clear();
            finish();
        }).runWith(tasks);
    }

    /** Forgets what could be undone and redone (the data changed by other means); a change being saved still finishes. */
    public void forget() {
        undo.clear();
        redo.clear();
        canUndo.set(false);
        canRedo.set(false);
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
     * The last change saved (by {@link #perform} or {@link #applied}) or redone, once: null after it
     * was asked for, until the next. Undo and refusals leave it as it is.
     */
    public Change takeLastApplied() {
        Change change = lastApplied;
        lastApplied = null;
        return change;
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

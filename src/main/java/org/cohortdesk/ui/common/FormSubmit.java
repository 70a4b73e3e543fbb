package org.cohortdesk.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.ProblemException;

/**
 * Saving a form, for its view model: the save runs in the background; a refusal the user can act
 * on (a {@link ProblemException}: a missing name, a taken code, a stale edit) becomes the form's
 * error text, so the form stays open with what was typed; anything else goes to {@code onFailure}.
 */
public final class FormSubmit {
    private final Localization tr;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public FormSubmit(Localization tr, TaskRunner tasks, Consumer<Throwable> onFailure) {
        this.tr = tr;
        this.tasks = tasks;
        this.onFailure = onFailure;
    }

    /**
     * Runs {@code work} in the background unless a save is already running; {@code saved} gets
     * its result on the FX thread.
     */
    public <T> void run(Callable<T> work, Consumer<? super T> saved) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        BackgroundTask.of(progress -> work.call())
                .titled(tr.tr("form.saving"))
                .onSuccess(result -> {
                    busy.set(false);
                    saved.accept(result);
                })
                .onFailure(e -> {
                    busy.set(false);
                    ProblemException problem = ErrorReporter.problemIn(TaskRunner.unwrap(e));
                    if (problem != null) {
                        refuse(problem);
                    } else {
                        onFailure.accept(e);
                    }
                })
                .runWith(tasks);
    }

    /** Shows a refusal found before saving (a number that is not one). */
    public void refuse(ProblemException problem) {
        error.set(tr.tr(problem.problem()));
    }

    /**
     * The whole number typed in a field, or null when it is empty. Refused when it is not a whole
     * number, naming the field by {@code labelKey}.
     */
    public Integer wholeNumber(String typed, String labelKey) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.of("error.form.not_a_number", tr.tr(labelKey), typed.strip());
        }
    }

    /** Why the last save was refused, in words; empty when it was not. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True while the save runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public Localization localization() {
        return tr;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public Consumer<Throwable> onFailure() {
        return onFailure;
    }
}

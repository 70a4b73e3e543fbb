package org.cohortdesk.ui.settings;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Institution;
import org.cohortdesk.model.InstitutionField;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.service.institution.InstitutionService;
import org.cohortdesk.ui.common.BackgroundTask;
import org.cohortdesk.ui.common.TaskRunner;

/**
 * The Institution card: the profile's fields as typed, read and saved in the background against the
 * version read. A refusal (a field too long, a line break, a change made elsewhere meanwhile) is said
 * in the card, names the field, and saves nothing; after a change made elsewhere the card reads the
 * profile again.
 */
public final class InstitutionViewModel {
    private final InstitutionService service;
    private final Localization tr;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final Map<InstitutionField, StringProperty> fields = new EnumMap<>(InstitutionField.class);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", true);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyObjectWrapper<InstitutionField> invalid = new ReadOnlyObjectWrapper<>(this, "invalid");
    private Institution read = Institution.NONE;

    public InstitutionViewModel(InstitutionService service, Localization tr, TaskRunner tasks, Consumer<Throwable> onFailure) {
        this.service = service;
        this.tr = tr;
        this.tasks = tasks;
        this.onFailure = onFailure;
        for (InstitutionField field : InstitutionField.values()) {
            fields.put(field, new SimpleStringProperty(this, field.name(), ""));
        }
    }

    /** Reads the stored profile into the fields, in the background. */
    public void load() {
        busy.set(true);
        BackgroundTask.of(progress -> service.profile())
                .onSuccess(this::show)
                .onFailure(error -> {
                    busy.set(false);
                    onFailure.accept(error);
                })
                .runWith(tasks);
    }

    /** Saves the fields as typed over the profile as read, in the background; ignored while a read or save runs. */
    public void save() {
        if (busy.get()) {
            return;
        }
        Map<InstitutionField, String> typed = new EnumMap<>(InstitutionField.class);
        fields.forEach((field, text) -> typed.put(field, text.get()));
        Institution edited = read.with(typed);
        busy.set(true);
        message.set("");
        problem.set("");
        invalid.set(null);
        BackgroundTask.of(progress -> service.save(edited))
                .onSuccess(saved -> {
                    show(saved);
                    message.set(tr.tr("institution.saved"));
                })
                .onFailure(this::refused)
                .runWith(tasks);
    }

    private void show(Institution profile) {
        read = profile;
        fields.forEach((field, text) -> text.set(profile.get(field) == null ? "" : profile.get(field)));
        busy.set(false);
    }

    private void refused(Throwable error) {
        busy.set(false);
        if (!(error instanceof ProblemException refusal)) {
            onFailure.accept(error);
            return;
        }
        problem.set(tr.tr(refusal.problem()));
        Object first = refusal.problem().args().isEmpty() ? null : refusal.problem().args().get(0);
        invalid.set(first instanceof InstitutionField field ? field : null);
        if ("institution.error.stale".equals(refusal.problem().key())) {
            load(); // the profile as saved elsewhere; the problem stays said
        }
    }

    /** The text typed in {@code field}. */
    public StringProperty field(InstitutionField field) {
        return fields.get(field);
    }

    /** Whether the profile is being read or saved (Save waits). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the last save did, in words. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the last save was refused, in words; empty when it was not. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The field the last refusal named, or null. */
    public ReadOnlyObjectProperty<InstitutionField> invalidProperty() {
        return invalid.getReadOnlyProperty();
    }

    public Localization localization() {
        return tr;
    }
}

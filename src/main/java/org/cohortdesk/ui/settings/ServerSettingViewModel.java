package org.cohortdesk.ui.settings;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.service.settings.Settings;
import org.cohortdesk.ui.common.BackgroundTask;
import org.cohortdesk.ui.common.TaskRunner;

/**
 * The shared-server card: the PostgreSQL address every start opens (kept in the settings file,
 * never with a password; {@code --db} overrides it), saved in the background. A refused address
 * is said in the card and changes nothing.
 */
public final class ServerSettingViewModel {
    private final Settings settings;
    private final Localization tr;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final StringProperty url = new SimpleStringProperty(this, "url");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    ServerSettingViewModel(Settings settings, Localization tr, TaskRunner tasks, Consumer<Throwable> onFailure) {
        this.settings = settings;
        this.tr = tr;
        this.tasks = tasks;
        this.onFailure = onFailure;
        url.set(settings.serverUrl().orElse(""));
    }

    /** The address as typed. */
    public StringProperty urlProperty() {
        return url;
    }

    /** What the last save did, in words. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the typed address was refused, in words; empty when it was not. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Checks the typed address, keeps it for the next start and writes the file in the background. */
    public void save() {
        String typed = url.get() == null ? "" : url.get().strip();
        String before = settings.serverUrl().orElse("");
        try {
            settings.setServerUrl(typed);
        } catch (ProblemException e) {
            problem.set(tr.tr(e.problem()));
            message.set("");
            return;
        }
        problem.set("");
        BackgroundTask.of(progress -> {
                    settings.save();
                    return typed;
                })
                .onSuccess(saved -> message.set(saved.isEmpty()
                        ? tr.tr("settings.server.cleared")
                        : tr.tr("settings.server.saved", saved)))
                .onFailure(error -> {
                    settings.setServerUrl(before);
                    onFailure.accept(error);
                })
                .runWith(tasks);
    }
}

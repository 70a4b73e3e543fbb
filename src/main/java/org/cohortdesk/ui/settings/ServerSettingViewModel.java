package org.cohortdesk.ui.settings;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.service.settings.Settings;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.DatabaseCopy;
import org.cohortdesk.ui.common.BackgroundTask;
import org.cohortdesk.ui.common.ErrorReporter;
import org.cohortdesk.ui.common.TaskRunner;

/**
 * The shared-server card: the PostgreSQL address every start opens (kept in the settings file,
 * never with a password; {@code --db} overrides it), saved in the background. A refused address
 * is said in the card and changes nothing. While the window works on the data folder's own
 * database, the card can also copy it onto the (empty) server at the address typed.
 */
public final class ServerSettingViewModel {
    private final Settings settings;
    private final Localization tr;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final StringProperty url = new SimpleStringProperty(this, "url");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper copying = new ReadOnlyBooleanWrapper(this, "copying");
    private final Copier copier;

    /** Copies the data folder's own database onto the empty server database at an address, telling of each table copied. */
    @FunctionalInterface
    public interface Copier {
        List<DatabaseCopy.Copied> copy(String url, Consumer<DatabaseCopy.Copied> copied);
    }

    /** @param copier null when the window does not work on the data folder's own database: nothing to copy */
    ServerSettingViewModel(Settings settings, Localization tr, TaskRunner tasks, Consumer<Throwable> onFailure, Copier copier) {
        this.settings = settings;
        this.tr = tr;
        this.tasks = tasks;
        this.onFailure = onFailure;
        this.copier = copier;
        url.set(settings.serverUrl().orElse(""));
    }

    /** Whether the card offers to copy the data folder's database onto the server. */
    public boolean canCopy() {
        return copier != null;
    }

    public ReadOnlyBooleanProperty copyingProperty() {
        return copying.getReadOnlyProperty();
    }

    /**
     * Copies the data folder's database onto the server at the address typed, in the background,
     * saying each table copied; a refusal (the server not empty, not reachable) is said in the card.
     */
    public void copyToServer() {
        String typed = url.get() == null ? "" : url.get().strip();
        if (copier == null || typed.isEmpty() || copying.get()) {
            return;
        }
        copying.set(true);
        problem.set("");
        message.set(tr.tr("settings.server.copying"));
        BackgroundTask.of(progress -> copier.copy(typed, table -> progress.update(-1, tr.tr("copy.table", table.table(), table.rows()))))
                .titled(tr.tr("settings.server.copying"))
                .onProgress((fraction, text) -> message.set(text))
                .onSuccess(copied -> {
                    copying.set(false);
                    message.set(tr.tr("settings.server.copied", DatabaseCopy.rows(copied), copied.size(), Database.redact(typed)));
                })
                .onFailure(error -> {
                    copying.set(false);
                    message.set("");
                    ProblemException refusal = ErrorReporter.problemIn(error);
                    if (refusal == null) {
                        onFailure.accept(error);
                    } else {
                        problem.set(tr.tr(refusal.problem()));
                    }
                })
                .runWith(tasks);
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

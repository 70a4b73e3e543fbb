package org.cohortdesk.ui;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.Services;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.ui.common.ErrorReporter;
import org.cohortdesk.ui.common.TaskRunner;

/**
 * The composition root of the window: the open workspace, the language it speaks, the runner for
 * slow work and the error reporter. Built by hand once the workspace is open and handed to views by
 * constructor; a language switch makes a new one ({@link #withLanguage}) and the window rebuilds.
 */
public final class AppContext {
    private final Workspace workspace;
    private final Localization localization;
    private final TaskRunner tasks;
    private final ErrorReporter errors;
    private final String version;

    public AppContext(Workspace workspace, Localization localization, TaskRunner tasks, ErrorReporter errors, String version) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.localization = Objects.requireNonNull(localization, "localization");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.version = Objects.requireNonNull(version, "version");
    }

    /** The usual wiring: errors in this language, dialogs owned by {@code owner}, the log file of the data folder. */
    public static AppContext create(Workspace workspace, Language language, TaskRunner tasks, String version, Supplier<Window> owner) {
        Localization localization = new Localization(language);
        return new AppContext(workspace, localization, tasks, new ErrorReporter(localization, logFile(workspace.folder()), owner), version);
    }

    /** Where {@code org.cohortdesk.Logging} writes: the newest log of the data folder. */
    public static Path logFile(DataFolder folder) {
        return folder.logs().resolve("cohortdesk.0.log");
    }

    /** The same workspace and runner, speaking another language. */
    public AppContext withLanguage(Language language) {
        Localization other = new Localization(language);
        return new AppContext(workspace, other, tasks, errors.withLocalization(other), version);
    }

    public Workspace workspace() {
        return workspace;
    }

    public Services services() {
        return workspace.services();
    }

    public Localization localization() {
        return localization;
    }

    public Language language() {
        return localization.language();
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public ErrorReporter errors() {
        return errors;
    }

    /** The application's version, for the About box. */
    public String version() {
        return version;
    }
}

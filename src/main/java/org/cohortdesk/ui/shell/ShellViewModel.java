package org.cohortdesk.ui.shell;

import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.ui.AppContext;
import org.cohortdesk.ui.common.BackgroundTask;
import org.cohortdesk.ui.common.TaskRunner;

/**
 * The state of the window's frame: which page shows, where the data is, how much of it there is.
 * The frame exists before the data is open; {@link #attach} hands it the open workspace. On a
 * first run (nothing stored yet) it goes to the welcome page.
 */
public final class ShellViewModel {
    private final Localization tr;
    private final TaskRunner tasks;
    private final String version;
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(this, "section", Section.COHORTS);
    private final ReadOnlyObjectWrapper<AppContext> context = new ReadOnlyObjectWrapper<>(this, "context");
    private final ReadOnlyStringWrapper dataLocation = new ReadOnlyStringWrapper(this, "dataLocation");
    private String place;
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper(this, "counts", "");

    /** {@code where} names the data (the folder) until the database itself can say. */
    public ShellViewModel(Localization tr, TaskRunner tasks, String version, String where) {
        this.tr = tr;
        this.tasks = tasks;
        this.version = version;
        this.place = where;
        dataLocation.set(tr.tr("opening.text", where));
    }

    /**
     * The workspace is open: shows {@code first}, or, when null, the welcome page for an empty
     * workspace and the cohorts otherwise (decided in the background); then counts what is stored.
     */
    public void attach(AppContext opened, Section first) {
        context.set(opened);
        place = opened.workspace().database().description();
        dataLocation.set(tr.tr("status.data", place));
        if (first != null) {
            section.set(first);
            refreshCounts();
            return;
        }
        BackgroundTask.of(progress -> opened.services().integrity().isEmpty())
                .titled(tr.tr("status.opening"))
                .onSuccess(empty -> {
                    section.set(empty ? Section.WELCOME : Section.COHORTS);
                    refreshCounts();
                })
                .onFailure(opened.errors()::show)
                .runWith(tasks);
    }

    /** Goes to a page; ignored until the workspace is open. */
    public void show(Section target) {
        if (context.get() != null) {
            section.set(target);
        }
    }

    /** Counts the main tables again (after data was added) for the status bar. */
    public void refreshCounts() {
        AppContext opened = context.get();
        if (opened == null) {
            return;
        }
        BackgroundTask.of(progress -> opened.services().integrity().counts())
                .onSuccess(this::showCounts)
                .onFailure(opened.errors()::show)
                .runWith(tasks);
    }

    private void showCounts(Map<String, Integer> stored) {
        counts.set(tr.tr("status.counts", stored.getOrDefault("cohorts", 0), stored.getOrDefault("people", 0),
                stored.getOrDefault("sessions", 0)));
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public Section section() {
        return section.get();
    }

    /** The open workspace and its services; null while the data opens. */
    public ReadOnlyObjectProperty<AppContext> contextProperty() {
        return context.getReadOnlyProperty();
    }

    public AppContext context() {
        return context.get();
    }

    public ReadOnlyStringProperty dataLocationProperty() {
        return dataLocation.getReadOnlyProperty();
    }

    /** The data folder, or the database server's address once open. */
    public String place() {
        return place;
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public Localization localization() {
        return tr;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public String version() {
        return version;
    }
}

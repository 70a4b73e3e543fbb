package org.cohortdesk.ui.settings;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.backup.BackupFile;
import org.cohortdesk.service.backup.BackupService;
import org.cohortdesk.ui.common.BackgroundTask;
import org.cohortdesk.ui.common.TaskRunner;

/**
 * The backups card: where they are, the latest ones, "Back up now", and "Restore…" (checked, then
 * built beside the live database and swapped in when Cohort Desk next starts; see
 * docs/decisions/0014-backups-while-open.md). All file work runs in the background.
 */
public final class BackupsViewModel {
    static final int SHOWN = 12;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final BackupService backups;
    private final boolean embedded;
    private final Localization tr;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final ObservableList<String> latest = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper pending = new ReadOnlyStringWrapper(this, "pending", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    public BackupsViewModel(BackupService backups, boolean embedded, Localization tr, TaskRunner tasks, Consumer<Throwable> onFailure) {
        this.backups = backups;
        this.embedded = embedded;
        this.tr = tr;
        this.tasks = tasks;
        this.onFailure = onFailure;
    }

    private record State(List<String> latest, String pending) {}

    /** Reads the backups folder and whether a restore waits, in the background. */
    public void load() {
        if (!embedded) {
            return;
        }
        BackgroundTask.of(progress -> new State(backups.list().stream().limit(SHOWN)
                                .map(b -> tr.tr("settings.backups.row", b.file().getFileName().toString(),
                                        WHEN.format(b.modified().atZone(ZoneId.systemDefault())), Math.max(1, (b.bytes() + 1023) / 1024)))
                                .toList(),
                        backups.pendingRestore().map(at -> tr.tr("settings.backups.pending", WHEN.format(at.atZone(ZoneId.systemDefault()))))
                                .orElse("")))
                .onSuccess(state -> {
                    latest.setAll(state.latest());
                    pending.set(state.pending());
                })
                .onFailure(onFailure)
                .runWith(tasks);
    }

    /** "Back up now": a backup in the backups folder, then the list read again. */
    public void backUpNow() {
        run(() -> tr.tr("settings.backups.done", backups.now().getFileName().toString()), () -> {});
    }

    /** Checks a chosen backup in the background; {@code confirm} gets what it holds, on the FX thread. */
    public void inspect(Path file, Consumer<BackupFile.Manifest> confirm) {
        busy.set(true);
        BackgroundTask.of(progress -> BackupService.check(file))
                .onSuccess(manifest -> {
                    busy.set(false);
                    confirm.accept(manifest);
                })
                .onFailure(this::failed)
                .runWith(tasks);
    }

    /** Builds the chosen backup's database beside the live one, to replace it at the next start; then {@code done} on the FX thread. */
    public void restore(Path file, Runnable done) {
        run(() -> {
            backups.restoreAtNextStart(file);
            return tr.tr("settings.backups.restore_staged");
        }, done);
    }

    /** Forgets a restore that waits for the next start. */
    public void cancelRestore() {
        run(() -> {
            backups.cancelPendingRestore();
            return tr.tr("settings.backups.restore_cancelled");
        }, () -> {});
    }

    /** Shows the backups folder in the system's file manager. */
    public void openFolder() {
        BackgroundTask.of(progress -> {
                    java.nio.file.Files.createDirectories(backups.folder());
                    String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
                    String opener = os.startsWith("windows") ? "explorer" : os.startsWith("mac") ? "open" : "xdg-open";
                    return new ProcessBuilder(opener, backups.folder().toString()).inheritIO().start();
                })
                .onFailure(onFailure)
                .runWith(tasks);
    }

    private void run(java.util.concurrent.Callable<String> work, Runnable after) {
        busy.set(true);
        message.set("");
        BackgroundTask.of(progress -> work.call())
                .onSuccess(text -> {
                    busy.set(false);
                    message.set(text);
                    load();
                    after.run();
                })
                .onFailure(this::failed)
                .runWith(tasks);
    }

    private void failed(Throwable e) {
        busy.set(false);
        onFailure.accept(e);
    }

    /** A description of a backup for the confirmation: when, which version, which schema. */
    public String describe(BackupFile.Manifest m) {
        return tr.tr("settings.backups.restore_confirm", WHEN.format(m.createdAt().atZone(ZoneId.systemDefault())), m.appVersion(),
                m.schemaVersion());
    }

    public boolean embedded() {
        return embedded;
    }

    public String folder() {
        return backups.folder().toString();
    }

    public Path folderPath() {
        return backups.folder();
    }

    public ObservableList<String> latest() {
        return latest;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public Localization localization() {
        return tr;
    }
}

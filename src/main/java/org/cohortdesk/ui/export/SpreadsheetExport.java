package org.cohortdesk.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.export.ExportService;
import org.cohortdesk.service.spreadsheet.SpreadsheetFormat;
import org.cohortdesk.service.spreadsheet.Table;
import org.cohortdesk.ui.AppContext;
import org.cohortdesk.ui.common.BackgroundTask;
import org.cohortdesk.ui.common.TaskRunner;

/**
 * Export… on a page: the template and format in a dialog, the file in the system's file chooser,
 * then the table is read and written in the background; the page is told how many rows went
 * where, a failure is shown by the error reporter.
 */
public final class SpreadsheetExport {
    private final ExportService exports;
    private final Localization tr;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final Supplier<Window> owner;

    public SpreadsheetExport(ExportService exports, Localization tr, TaskRunner tasks, Consumer<Throwable> onFailure, Supplier<Window> owner) {
        this.exports = exports;
        this.tr = tr;
        this.tasks = tasks;
        this.onFailure = onFailure;
        this.owner = owner;
    }

    /** Wired to the open workspace. */
    public static SpreadsheetExport of(AppContext context, Supplier<Window> owner) {
        return new SpreadsheetExport(context.services().exports(), context.localization(), context.tasks(), context.errors()::show, owner);
    }

    /** Export… on a cohort's page: a template of its roster; {@code report} gets the message when it is written. */
    public void roster(String code, Consumer<String> report) {
        roster(code, null, -1, report);
    }

    /**
     * As above, for a roster table that shows the enrollments {@code shown} (in its order, after
     * its filter) of {@code all}: the dialog offers to export only those.
     */
    public void roster(String code, List<UUID> shown, int all, Consumer<String> report) {
        int count = shown == null ? -1 : shown.size();
        ExportDialog.show(tr, tr.tr("export.dialog.roster_title", code), true, count, all, owner.get(), choice ->
                chooseFile(code + "-" + choice.template().cliName(), choice.format()).ifPresent(file -> write(
                        () -> exports.roster(code, choice.template(), tr, choice.onlyShown() ? shown : null), choice.format(), file, report)));
    }

    /** Export… on the People page: everyone, one row a person; {@code report} gets the message when it is written. */
    public void people(Consumer<String> report) {
        people(null, -1, report);
    }

    /**
     * As above, for a people table that shows the people {@code shown} (in its order, after its
     * filter) of {@code all}: the dialog offers to export only those.
     */
    public void people(List<UUID> shown, int all, Consumer<String> report) {
        int count = shown == null ? -1 : shown.size();
        ExportDialog.show(tr, tr.tr("export.dialog.people_title"), false, count, all, owner.get(), choice ->
                chooseFile(tr.tr("export.sheet.people"), choice.format()).ifPresent(file -> write(
                        () -> exports.people(tr, choice.onlyShown() ? shown : null), choice.format(), file, report)));
    }

    /** Reads the table and writes it, both on a worker thread. */
    void write(Supplier<Table> table, SpreadsheetFormat format, Path file, Consumer<String> report) {
        BackgroundTask.of(progress -> {
                    Table t = table.get();
                    exports.write(t, format, file);
                    return t.rows().size();
                })
                .titled(tr.tr("export.running", file.getFileName()))
                .onSuccess(rows -> report.accept(tr.tr("export.done", rows, file)))
                .onFailure(onFailure)
                .runWith(tasks);
    }

    private Optional<Path> chooseFile(String name, SpreadsheetFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(tr.tr("export.dialog.file_title"));
        String extension = format.extension().toLowerCase(Locale.ROOT);
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(ExportDialog.formatName(tr, format), "*." + extension));
        chooser.setInitialFileName(name.replaceAll("[\\\\/:*?\"<>|]", " ").strip() + "." + extension);
        File chosen = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(chosen).map(File::toPath).map(p -> withExtension(p, extension));
    }

    /** The chosen file with the format's extension, which some systems' choosers leave off. */
    static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith("." + extension) ? file : file.resolveSibling(name + "." + extension);
    }
}

package org.cohortdesk.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.export.ExportService;
import org.cohortdesk.service.export.ExportTemplate;
import org.cohortdesk.service.spreadsheet.SpreadsheetFormat;
import org.cohortdesk.service.spreadsheet.Table;
import org.cohortdesk.ui.AppContext;
import org.cohortdesk.ui.common.BackgroundTask;
import org.cohortdesk.ui.common.LaoText;
import org.cohortdesk.ui.common.Styles;
import org.cohortdesk.ui.common.TaskRunner;
import org.cohortdesk.ui.common.Toolbars;

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

    /**
     * Export on a cohort's page: a template of its roster ({@code template} chosen at first); {@code
     * report} gets the message when it is written. When the roster table shows the enrollments
     * {@code shown} (in its order, after its filter) of {@code all}, the dialog offers to export
     * only those; {@code shown} null: the table shows them all.
     */
    public void roster(String code, ExportTemplate template, List<UUID> shown, int all, Consumer<String> report) {
        int count = shown == null ? -1 : shown.size();
        ExportDialog.show(tr, tr.tr("export.dialog.roster_title", code), template, count, all, true, owner.get(), choice ->
                chooseFile(code + "-" + choice.template().cliName(), choice.format()).ifPresent(file -> write(
                        () -> exports.roster(code, choice.template(), tr, choice.onlyShown() ? shown : null, choice.passports()),
                        choice.format(), file, report)));
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
        ExportDialog.show(tr, tr.tr("export.dialog.people_title"), null, count, all, true, owner.get(), choice ->
                chooseFile(tr.tr("export.sheet.people"), choice.format()).ifPresent(file -> write(
                        () -> exports.people(tr, choice.onlyShown() ? shown : null, choice.passports()), choice.format(), file, report)));
    }

    /**
     * Export… on the cohort list: one row a cohort; when the list shows the cohorts {@code shown}
     * (in its order, after its filter) of {@code all}, the dialog offers to export only those.
     */
    public void cohorts(List<UUID> shown, int all, Consumer<String> report) {
        ExportDialog.show(tr, tr.tr("export.dialog.cohorts_title"), null, shown.size(), all, owner.get(), choice ->
                chooseFile(tr.tr("cohorts.title"), choice.format()).ifPresent(file -> write(
                        () -> exports.cohorts(tr, choice.onlyShown() ? shown : null), choice.format(), file, report)));
    }

    /**
     * Export… on a list page: {@code table} as shown (its visible columns in order, the rows its
     * filter lets through, as sorted), in a file named {@code name}; only the format is asked.
     */
    public void shown(TableView<?> table, String name, Consumer<String> report) {
        ExportDialog.show(tr, tr.tr("export.dialog.shown_title", name), null, -1, -1, owner.get(), choice -> {
            Table shown = ShownTable.of(table, name);
            chooseFile(name, choice.format()).ifPresent(file -> write(() -> shown, choice.format(), file, report));
        });
    }

    /**
     * The Export… button of a list page with, before it, the muted line that says where the last
     * export went; {@code export} is given what to say it with.
     */
    public static List<Node> controls(String text, String id, Consumer<Consumer<String>> export) {
        Label exported = new Label();
        exported.getStyleClass().add(Styles.MUTED);
        Button button = Toolbars.button(text, id, () -> export.accept(message -> LaoText.show(exported, message)));
        return List.of(exported, button);
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
        return SaveFile.systemDialog().choose(owner.get(), tr.tr("export.dialog.file_title"), ExportDialog.formatName(tr, format),
                format.extension().toLowerCase(Locale.ROOT), name);
    }
}

package org.cohortdesk.ui.attendance;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.attendance.AttendanceImport;
import org.cohortdesk.ui.common.BackgroundTask;
import org.cohortdesk.ui.common.LaoText;
import org.cohortdesk.ui.common.Styles;
import org.cohortdesk.ui.common.TaskRunner;

/**
 * "Import sheet…": a filled-in XLSX sign-in sheet read and checked in the background, then either
 * its problems (nothing saved; when the only problems are stored marks that differ, the user may
 * replace them) or its summary to confirm; the marks are saved in one transaction and the grid
 * read again.
 */
final class SheetImportAction {
    static final String BUTTON_ID = "attendanceImport";

    private final String code;
    private final AttendanceImport imports;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final Localization tr;
    private final Runnable reload;
    private Runnable beforeSave = () -> {};

    SheetImportAction(String code, AttendanceImport imports, TaskRunner tasks, Consumer<Throwable> onFailure, Localization tr, Runnable reload) {
        this.code = code;
        this.imports = imports;
        this.tasks = tasks;
        this.onFailure = onFailure;
        this.tr = tr;
        this.reload = reload;
    }

    /** Runs {@code action} on the worker thread just before the marks are saved: the backup before an import. */
    SheetImportAction beforeSaving(Runnable action) {
        this.beforeSave = action;
        return this;
    }

    /** Asks for the file (on the FX thread), then reads it in the background. */
    void run(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(tr.tr("attimport.chooser.title"));
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("XLSX", "*.xlsx"),
                new FileChooser.ExtensionFilter(tr.tr("roster.import.filter.all"), "*.*"));
        File file = chooser.showOpenDialog(owner);
        if (file != null) {
            read(file.toPath(), false, owner);
        }
    }

    void read(Path file, boolean replace, Window owner) {
        BackgroundTask.of(progress -> imports.preview(file, code, replace))
                .onSuccess(preview -> show(file, preview, owner))
                .onFailure(onFailure)
                .runWith(tasks);
    }

    private void show(Path file, AttendanceImport.Preview preview, Window owner) {
        if (preview.refused()) {
            refused(file, preview, owner);
            return;
        }
        if (preview.changes().isEmpty()) {
            alert(Alert.AlertType.INFORMATION, tr.tr("attimport.confirm.title"), tr.tr("attimport.nothing"), owner,
                    new ButtonType(tr.tr("dialog.ok"), ButtonData.OK_DONE)).show();
            return;
        }
        ButtonType save = new ButtonType(tr.tr("dialog.ok"), ButtonData.OK_DONE);
        Alert confirm = alert(Alert.AlertType.CONFIRMATION, tr.tr("attimport.confirm.title"), tr.tr("attimport.confirm.header",
                preview.cellsRead(), preview.fresh().size(), preview.changed().size(), preview.unchanged()), owner, save,
                new ButtonType(tr.tr("form.cancel"), ButtonData.CANCEL_CLOSE));
        confirm.resultProperty().addListener((o, old, chosen) -> {
            if (chosen == save) {
                BackgroundTask.of(progress -> {
                            beforeSave.run();
                            return imports.save(preview);
                        })
                        .onSuccess(saved -> reload.run())
                        .onFailure(e -> {
                            onFailure.accept(e);
                            reload.run();
                        })
                        .runWith(tasks);
            }
        });
        confirm.show();
    }

    private void refused(Path file, AttendanceImport.Preview preview, Window owner) {
        List<AttendanceImport.Found> problems = preview.problems();
        boolean onlyDiffering = problems.stream().allMatch(f -> f.problem().key().equals("error.attimport.differs"));
        ButtonType replace = new ButtonType(tr.tr("attimport.replace"), ButtonData.OTHER);
        ButtonType close = new ButtonType(tr.tr("attendance.close"), ButtonData.CANCEL_CLOSE);
        Alert alert = onlyDiffering
                ? alert(Alert.AlertType.WARNING, tr.tr("attimport.problems.title"), header(file, problems), owner, replace, close)
                : alert(Alert.AlertType.ERROR, tr.tr("attimport.problems.title"), header(file, problems), owner, close);
        TextArea list = new TextArea(problems.stream()
                .map(f -> (f.where() == null ? "" : f.where() + ": ") + tr.tr(f.problem()))
                .collect(Collectors.joining("\n")));
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(Math.min(12, problems.size() + 1));
        LaoText.mark(list.getStyleClass(), list.getText());
        alert.getDialogPane().setContent(new VBox(8, LaoText.paragraph(header(file, problems), Styles.DIALOG_TEXT), list));
        alert.resultProperty().addListener((o, old, chosen) -> {
            if (chosen == replace) {
                read(file, true, owner);
            }
        });
        alert.show();
    }

    private String header(Path file, List<AttendanceImport.Found> problems) {
        return tr.tr("attimport.problems.header", problems.size(), file.getFileName().toString());
    }

    private Alert alert(Alert.AlertType type, String title, String header, Window owner, ButtonType... buttons) {
        Alert alert = new Alert(type, "", buttons);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.getDialogPane().setContent(LaoText.paragraph(header, Styles.DIALOG_TEXT));
        alert.getDialogPane().setMinWidth(520);
        Styles.apply(alert.getDialogPane(), tr.language());
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        return alert;
    }
}

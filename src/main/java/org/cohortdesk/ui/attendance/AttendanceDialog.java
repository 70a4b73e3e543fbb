package org.cohortdesk.ui.attendance;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.attendance.AttendanceImport;
import org.cohortdesk.service.attendance.AttendanceService;
import org.cohortdesk.ui.AppContext;
import org.cohortdesk.ui.common.LaoText;
import org.cohortdesk.ui.common.Styles;
import org.cohortdesk.ui.common.Toolbars;

/** The attendance of a cohort in a window of its own, beside the roster; it reads the sheet as it opens. */
public final class AttendanceDialog {
    private AttendanceDialog() {}

    /** Opens the attendance of the cohort with this code, wired to the open workspace. */
    public static Dialog<ButtonType> show(AppContext context, String code, Window owner) {
        AttendanceService service = context.services().attendance();
        AttendanceGrid grid = new AttendanceGrid(code, service::sheet, changes -> service.mark(code, changes), context.localization(),
                context.tasks(), context.errors()::show);
        SheetImportAction imports = new SheetImportAction(code, new AttendanceImport(service), context.tasks(), context.errors()::show,
                context.localization(), grid::changedElsewhere).beforeSaving(context.workspace().backups()::beforeImport);
        return show(grid, imports, context.localization(), owner);
    }

    static Dialog<ButtonType> show(AttendanceGrid grid, Localization tr, Window owner) {
        return show(grid, null, tr, owner);
    }

    /** The dialog; with {@code imports}, its toolbar offers "Import sheet…". */
    static Dialog<ButtonType> show(AttendanceGrid grid, SheetImportAction imports, Localization tr, Window owner) {
        AttendanceView view = new AttendanceView(grid, tr);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(tr.tr("attendance.title", grid.code()));
        dialog.initModality(Modality.NONE);
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(tr.tr("attendance.close"), ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setContent(view);
        if (imports != null) {
            Button button = Toolbars.button(tr.tr("attimport.button"), SheetImportAction.BUTTON_ID,
                    () -> imports.run(dialog.getDialogPane().getScene().getWindow()));
            button.setTooltip(LaoText.tooltip(tr.tr("attimport.button.tooltip")));
            button.disableProperty().bind(grid.history().busyProperty());
            view.addTool(button);
        }
        dialog.getDialogPane().setPrefSize(1180, 680);
        Styles.apply(dialog.getDialogPane(), tr.language());
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        dialog.show();
        grid.load();
        view.table().requestFocus();
        return dialog;
    }
}

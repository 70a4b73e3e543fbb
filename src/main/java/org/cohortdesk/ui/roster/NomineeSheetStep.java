package org.cohortdesk.ui.roster;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.nominees.NomineeFile;
import org.cohortdesk.ui.AppContext;
import org.cohortdesk.ui.common.BackgroundTask;
import org.cohortdesk.ui.common.Styles;

/**
 * Between choosing a nominee file and its preview: lists the workbook's sheets in the background
 * and, when more than one is shown in it, asks which to read. A file that cannot be read goes on
 * to the preview, which says why.
 */
final class NomineeSheetStep {
    static final String DIALOG_ID = "nomineeSheets";

    private NomineeSheetStep() {}

    static void start(AppContext context, String code, Path file, Window owner, Runnable afterSave) {
        Localization tr = context.localization();
        Consumer<String> preview = sheet -> PastePreviewDialog.showFile(context, code, file, sheet, afterSave);
        BackgroundTask.of(progress -> NomineeFile.sheets(file))
                .titled(tr.tr("paste.reading"))
                .onSuccess(sheets -> {
                    if (sheets.size() > 1) {
                        ask(tr, file.getFileName().toString(), sheets, owner, preview);
                    } else {
                        preview.accept(null);
                    }
                })
                .onFailure(e -> preview.accept(null))
                .runWith(context.tasks());
    }

    static ChoiceDialog<String> ask(Localization tr, String fileName, List<String> sheets, Window owner, Consumer<String> chosen) {
        ChoiceDialog<String> dialog = new ChoiceDialog<>(sheets.get(0), sheets);
        dialog.getDialogPane().setId(DIALOG_ID);
        dialog.setTitle(tr.tr("roster.import.sheet.title", fileName));
        dialog.setHeaderText(tr.tr("roster.import.sheet.question"));
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(tr.tr("roster.import.sheet.open"), ButtonData.OK_DONE),
                new ButtonType(tr.tr("form.cancel"), ButtonData.CANCEL_CLOSE));
        Styles.apply(dialog.getDialogPane(), tr.language());
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null) {
                chosen.accept(dialog.getResult());
            }
        });
        dialog.show();
        return dialog;
    }
}

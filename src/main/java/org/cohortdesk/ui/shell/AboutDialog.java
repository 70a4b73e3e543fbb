package org.cohortdesk.ui.shell;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.ui.common.LaoText;
import org.cohortdesk.ui.common.Styles;

/** Help > About: name, version, what it is for, where the data is, and the font licence. */
final class AboutDialog {
    private AboutDialog() {}

    static Alert show(ShellViewModel model, Window owner) {
        Localization tr = model.localization();
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", new ButtonType(tr.tr("dialog.ok"), ButtonData.OK_DONE));
        alert.setTitle(tr.tr("menu.help.about"));
        alert.setHeaderText(tr.tr("about.header", model.version()));
        VBox body = new VBox(8,
                LaoText.paragraph(tr.tr("about.purpose"), Styles.DIALOG_TEXT),
                LaoText.paragraph(tr.tr("about.data", model.place()), Styles.DIALOG_TEXT),
                LaoText.paragraph(tr.tr("about.fonts"), Styles.DIALOG_TEXT, Styles.MUTED));
        alert.getDialogPane().setContent(body);
        alert.getDialogPane().setMinWidth(480);
        Styles.apply(alert.getDialogPane(), tr.language());
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.show();
        return alert;
    }
}

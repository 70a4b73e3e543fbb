package org.cohortdesk.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import org.cohortdesk.i18n.Localization;

/** A question or a notice in a dialog: its text wrapped (Lao by whole words), in the window's language and fonts. */
public final class Alerts {
    private Alerts() {}

    /** An alert over the window of {@code owner} (when it shows), titled {@code title}, saying {@code text}, with {@code buttons}. */
    public static Alert of(Node owner, Localization tr, Alert.AlertType type, String title, String text, ButtonType... buttons) {
        Alert alert = new Alert(type, "", buttons);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.getDialogPane().setContent(LaoText.paragraph(text, Styles.DIALOG_TEXT));
        alert.getDialogPane().setMinWidth(520);
        alert.getDialogPane().setPrefWidth(560); // the text wraps: a long one would make the dialog wider than the screen
        Styles.apply(alert.getDialogPane(), tr.language());
        if (owner.getScene() != null && owner.getScene().getWindow() != null && owner.getScene().getWindow().isShowing()) {
            alert.initOwner(owner.getScene().getWindow());
        }
        return alert;
    }
}

package org.cohortdesk.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.ui.common.LaoText;
import org.cohortdesk.ui.common.Styles;

/**
 * The whole window when the data cannot be opened (most often: it is already open in another
 * Cohort Desk window). Says why, in the user's language, and offers to close.
 */
final class OpenFailedView extends StackPane {
    static final String MESSAGE_ID = "openFailedMessage";
    static final String CLOSE_ID = "closeAfterFailure";

    OpenFailedView(Localization tr, String message, Runnable close) {
        getStyleClass().addAll(Styles.PAGE, Styles.CENTERED);
        var text = LaoText.paragraph(message, Styles.LEAD, Styles.ERROR_TEXT);
        text.setId(MESSAGE_ID);
        Button closeButton = new Button();
        closeButton.setId(CLOSE_ID);
        LaoText.show(closeButton, tr.tr("open_failed.close"));
        closeButton.getStyleClass().add(Styles.PRIMARY);
        closeButton.setDefaultButton(true);
        closeButton.setOnAction(e -> close.run());
        VBox card = new VBox(16, LaoText.label(tr.tr("open_failed.title"), Styles.PAGE_TITLE), text, closeButton);
        card.getStyleClass().add(Styles.CARD);
        card.setMaxWidth(620);
        card.setMaxHeight(USE_PREF_SIZE);
        card.setAlignment(Pos.TOP_LEFT);
        getChildren().add(card);
    }
}

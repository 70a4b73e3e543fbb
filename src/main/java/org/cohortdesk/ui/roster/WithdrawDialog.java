package org.cohortdesk.ui.roster;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.enrollment.TraineeDraft;
import org.cohortdesk.ui.common.LaoText;
import org.cohortdesk.ui.common.Styles;

/** Asks the date and the reason of a withdrawal; the trainee and their attendance stay on record. */
final class WithdrawDialog {
    static final String DATE_ID = "withdrawDate";
    static final String REASON_ID = "withdrawReason";
    static final String CONFIRM_ID = "withdrawConfirm";

    private WithdrawDialog() {}

    static Dialog<ButtonType> show(Localization tr, String name, LocalDate today, Window owner, BiConsumer<LocalDate, String> confirmed) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(tr.tr("roster.withdraw.title"));
        dialog.setHeaderText(tr.tr("roster.withdraw.question", name));
        ButtonType withdraw = new ButtonType(tr.tr("roster.withdraw.confirm"), ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(withdraw, new ButtonType(tr.tr("form.cancel"), ButtonData.CANCEL_CLOSE));

        TextField date = new TextField(tr.date(today));
        date.setId(DATE_ID);
        TextField reason = new TextField();
        reason.setId(REASON_ID);
        Label problem = new Label();
        problem.getStyleClass().add(Styles.ERROR_TEXT);
        GridPane grid = new GridPane();
        grid.getStyleClass().add(RosterStyles.FORM);
        grid.addRow(0, new Label(tr.tr("roster.withdraw.date")), date);
        grid.addRow(1, new Label(tr.tr("roster.withdraw.reason")), reason);
        grid.add(problem, 1, 2);
        dialog.getDialogPane().setContent(grid);

        Node confirm = dialog.getDialogPane().lookupButton(withdraw);
        confirm.setId(CONFIRM_ID);
        LocalDate[] on = {null};
        confirm.addEventFilter(ActionEvent.ACTION, e -> {
            try {
                on[0] = TraineeDraft.parseDate(date.getText());
            } catch (DateTimeException bad) {
                on[0] = null;
            }
            if (on[0] == null) {
                LaoText.show(problem, tr.tr("error.field.date", date.getText().strip()));
                date.requestFocus();
                e.consume();
            }
        });
        Styles.apply(dialog.getDialogPane(), tr.language());
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        dialog.setOnShown(e -> reason.requestFocus());
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == withdraw && on[0] != null) {
                confirmed.accept(on[0], reason.getText().strip());
            }
        });
        dialog.show();
        return dialog;
    }
}

package org.cohortdesk.ui.roster;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Window;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.CohortSummary;
import org.cohortdesk.model.Titles;
import org.cohortdesk.ui.common.Styles;

/** Asks which cohort to move a trainee to: the other cohorts not yet finished, soonest first. */
final class MoveDialog {
    static final String LIST_ID = "moveTargets";
    static final String CONFIRM_ID = "moveConfirm";

    private MoveDialog() {}

    static Dialog<ButtonType> show(Localization tr, String name, List<CohortSummary> targets, Window owner, Consumer<CohortSummary> chosen) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(tr.tr("roster.move.title"));
        dialog.setHeaderText(tr.tr("roster.move.question", name));
        ButtonType move = new ButtonType(tr.tr("roster.move.confirm"), ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(move, new ButtonType(tr.tr("form.cancel"), ButtonData.CANCEL_CLOSE));

        ListView<CohortSummary> list = new ListView<>();
        list.setId(LIST_ID);
        list.getItems().setAll(targets);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(CohortSummary c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : tr.tr("roster.move.target", c.code(),
                        Titles.in(tr.language().tag(), c.courseTitleVi(), c.courseTitleEn(), c.courseTitleLo()), c.startsOn(), c.endsOn()));
            }
        });
        list.setPrefSize(520, 320);
        dialog.getDialogPane().setContent(list);
        dialog.getDialogPane().lookupButton(move).setId(CONFIRM_ID);
        dialog.getDialogPane().lookupButton(move).disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        Styles.apply(dialog.getDialogPane(), tr.language());
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        dialog.setOnShown(e -> list.requestFocus());
        dialog.setOnHidden(e -> {
            CohortSummary target = list.getSelectionModel().getSelectedItem();
            if (dialog.getResult() == move && target != null) {
                chosen.accept(target);
            }
        });
        dialog.show();
        return dialog;
    }
}

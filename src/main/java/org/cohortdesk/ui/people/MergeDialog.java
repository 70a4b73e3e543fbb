package org.cohortdesk.ui.people;

import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.ui.common.LaoText;
import org.cohortdesk.ui.common.Styles;

/**
 * Asks before merging a pair: names both records and which one is kept, lets the user swap them,
 * and hands the final plan on when confirmed. Not modal-blocking: the answer comes through a callback.
 */
final class MergeDialog {
    static final String CONFIRM_ID = "mergeConfirm";
    static final String SWAP_ID = "mergeSwap";
    static final String KEEP_ID = "mergeKeep";
    static final String DROP_ID = "mergeDrop";

    private MergeDialog() {}

    static Dialog<ButtonType> show(Localization tr, MergePlan suggested, Window owner, Consumer<MergePlan> confirmed) {
        MergePlan[] plan = {suggested};
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(tr.tr("people.merge.title"));
        dialog.setHeaderText(tr.tr("people.merge.question"));
        ButtonType merge = new ButtonType(tr.tr("people.merge.confirm"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(tr.tr("people.merge.cancel"), ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(merge, cancel);

        Label keep = new Label();
        keep.setId(KEEP_ID);
        keep.getStyleClass().add(PeopleView.MERGE_KEEP);
        Label drop = new Label();
        drop.setId(DROP_ID);
        drop.getStyleClass().add(PeopleView.MERGE_DROP);
        Runnable describe = () -> {
            LaoText.show(keep, tr.tr("people.merge.keep", describe(plan[0].keep()), plan[0].keep().enrollments()));
            LaoText.show(drop, tr.tr("people.merge.drop", describe(plan[0].drop()), plan[0].drop().enrollments()));
        };
        describe.run();
        Button swap = new Button(tr.tr("people.merge.swap"));
        swap.setId(SWAP_ID);
        swap.setOnAction(e -> {
            plan[0] = plan[0].swapped();
            describe.run();
        });
        VBox content = new VBox(10, keep, drop, swap, LaoText.paragraph(tr.tr("people.merge.explain"), Styles.DIALOG_TEXT, Styles.MUTED));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setMinWidth(560);
        dialog.getDialogPane().lookupButton(merge).setId(CONFIRM_ID);
        Styles.apply(dialog.getDialogPane(), tr.language());
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == merge) {
                confirmed.accept(plan[0]);
            }
        });
        dialog.show();
        return dialog;
    }

    /** "Somsak Phommachanh · ສົມສັກ ພົມມະຈັນ · 17/02/1984 · P1234567". */
    private static String describe(PersonRow p) {
        StringBuilder out = new StringBuilder(p.nameLatin());
        for (String part : new String[] {p.nameLocal(), p.birth(), p.passport()}) {
            if (!part.isBlank()) {
                out.append(" · ").append(part);
            }
        }
        return out.toString();
    }
}

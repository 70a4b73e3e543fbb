package org.cohortdesk.ui.agreement;

import java.util.function.Consumer;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Agreement;
import org.cohortdesk.service.agreement.AgreementService;
import org.cohortdesk.ui.common.FormDialog;

/** The agreement form in a dialog. */
public final class AgreementDialog {
    public static final String KIND_ID = "agreementKind";
    public static final String TITLE_ID = "agreementTitle";
    public static final String START_ID = "agreementStart";
    public static final String END_ID = "agreementEnd";
    public static final String PLANNED_COHORTS_ID = "agreementPlannedCohorts";
    public static final String PLANNED_TRAINEES_ID = "agreementPlannedTrainees";
    public static final String NOTES_ID = "agreementNotes";
    public static final String PARENT_ID = "agreementParent";

    private AgreementDialog() {}

    public static Dialog<ButtonType> show(AgreementForm form, Window owner, Consumer<Agreement> saved) {
        Localization tr = form.submit().localization();
        FormDialog dialog = new FormDialog(tr, form.heading(), owner);
        dialog.field("agreement.field.kind", FormDialog.choice(KIND_ID, form.kinds(), form.kindProperty(), tr::tr));
        ComboBox<AgreementService.Line> parent = dialog.field("agreement.field.parent",
                FormDialog.choice(PARENT_ID, form.parents(), form.parentProperty(), line -> line.agreement().title()));
        parent.setPromptText(tr.tr("agreement.field.parent.none"));
        parent.disableProperty().bind(form.parentAllowedProperty().not());
        dialog.field("agreement.field.title", dialog.text(TITLE_ID, form.titleProperty()));
        dialog.field("agreement.field.start", dialog.date(START_ID, form.startsOnProperty()));
        dialog.field("agreement.field.end", dialog.date(END_ID, form.endsOnProperty()));
        dialog.field("agreement.field.planned_cohorts", dialog.text(PLANNED_COHORTS_ID, form.plannedCohortsProperty())).setPrefColumnCount(5);
        dialog.field("agreement.field.planned_trainees", dialog.text(PLANNED_TRAINEES_ID, form.plannedTraineesProperty()))
                .setPrefColumnCount(5);
        dialog.field("agreement.field.notes", dialog.text(NOTES_ID, form.notesProperty()));
        return dialog.show(form.submit(), form::save, saved);
    }
}

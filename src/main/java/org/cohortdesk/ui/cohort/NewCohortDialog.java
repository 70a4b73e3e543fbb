package org.cohortdesk.ui.cohort;

import java.util.function.Consumer;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.service.agreement.AgreementService;
import org.cohortdesk.ui.common.FormDialog;

/** The "new cohort" form in a dialog. */
public final class NewCohortDialog {
    public static final String CODE_ID = "cohortCode";
    public static final String COURSE_ID = "cohortCourse";
    public static final String PARTNER_ID = "cohortPartner";
    public static final String AGREEMENT_ID = "cohortAgreement";
    public static final String START_ID = "cohortStart";
    public static final String END_ID = "cohortEnd";
    public static final String SIZE_ID = "cohortPlannedSize";
    public static final String COORDINATOR_ID = "cohortCoordinator";
    public static final String VENUE_ID = "cohortVenue";

    private NewCohortDialog() {}

    public static Dialog<ButtonType> show(NewCohortForm form, Window owner, Consumer<Cohort> saved) {
        Localization tr = form.submit().localization();
        FormDialog dialog = new FormDialog(tr, tr.tr("cohort.form.new"), owner);
        dialog.field("cohort.field.code", dialog.text(CODE_ID, form.codeProperty())).setPromptText(tr.tr("cohort.field.code.prompt"));
        dialog.field("cohort.field.course", FormDialog.choice(COURSE_ID, form.courses(), form.courseProperty(), form::describe));
        dialog.field("cohort.field.partner", FormDialog.choice(PARTNER_ID, form.partners(), form.partnerProperty(), NewCohortForm::describe));
        ComboBox<AgreementService.Line> agreement = dialog.field("cohort.field.agreement",
                FormDialog.choice(AGREEMENT_ID, form.agreements(), form.agreementProperty(), line -> line.agreement().title()));
        agreement.setPromptText(tr.tr("cohort.field.agreement.none"));
        dialog.field("cohort.field.start", dialog.date(START_ID, form.startsOnProperty()));
        dialog.field("cohort.field.end", dialog.date(END_ID, form.endsOnProperty()));
        dialog.field("cohort.field.planned_size", dialog.text(SIZE_ID, form.plannedSizeProperty())).setPrefColumnCount(5);
        dialog.field("cohort.field.coordinator", dialog.text(COORDINATOR_ID, form.coordinatorProperty()));
        dialog.field("cohort.field.venue", dialog.text(VENUE_ID, form.venueProperty()));
        return dialog.show(form.submit(), form::save, saved);
    }
}

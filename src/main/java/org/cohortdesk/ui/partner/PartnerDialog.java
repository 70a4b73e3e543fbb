package org.cohortdesk.ui.partner;

import java.util.function.Consumer;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Partner;
import org.cohortdesk.ui.common.FormDialog;

/** The partner form in a dialog: name, name in the partner's language, short name, country, kind, notes. */
public final class PartnerDialog {
    public static final String NAME_ID = "partnerName";
    public static final String NAME_LOCAL_ID = "partnerNameLocal";
    public static final String SHORT_NAME_ID = "partnerShortName";
    public static final String COUNTRY_ID = "partnerCountry";
    public static final String KIND_ID = "partnerKind";
    public static final String NOTES_ID = "partnerNotes";

    private PartnerDialog() {}

    public static Dialog<ButtonType> show(PartnerForm form, Window owner, Consumer<Partner> saved) {
        Localization tr = form.submit().localization();
        FormDialog dialog = new FormDialog(tr, form.title(), owner);
        dialog.field("partner.field.name", dialog.text(NAME_ID, form.nameProperty()));
        dialog.field("partner.field.name_local", dialog.text(NAME_LOCAL_ID, form.nameLocalProperty()));
        dialog.field("partner.field.short_name", dialog.text(SHORT_NAME_ID, form.shortNameProperty()));
        dialog.field("partner.field.country", dialog.text(COUNTRY_ID, form.countryProperty())).setPrefColumnCount(4);
        dialog.field("partner.field.kind", FormDialog.choice(KIND_ID, form.kinds(), form.kindProperty(), tr::tr));
        dialog.field("partner.field.notes", dialog.text(NOTES_ID, form.notesProperty()));
        return dialog.show(form.submit(), form::save, saved);
    }
}

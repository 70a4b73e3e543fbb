package org.cohortdesk.ui.partner;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cohortdesk.model.Partner;
import org.cohortdesk.model.PartnerKind;
import org.cohortdesk.service.partner.PartnerService;
import org.cohortdesk.ui.common.FormSubmit;

/** The state of the partner form: a new partner, or an edit of one read earlier (saved against the version it was read at). */
public final class PartnerForm {
    private final PartnerService service;
    private final FormSubmit submit;
    private final Partner editing;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty nameLocal = new SimpleStringProperty(this, "nameLocal", "");
    private final StringProperty shortName = new SimpleStringProperty(this, "shortName", "");
    private final StringProperty country = new SimpleStringProperty(this, "country", "LA");
    private final ObjectProperty<PartnerKind> kind = new SimpleObjectProperty<>(this, "kind", PartnerKind.MINISTRY);
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");

    /** {@code editing} null: a new partner. */
    public PartnerForm(PartnerService service, FormSubmit submit, Partner editing) {
        this.service = service;
        this.submit = submit;
        this.editing = editing;
        if (editing != null) {
            name.set(editing.name());
            nameLocal.set(editing.nameLocal());
            shortName.set(editing.shortName());
            country.set(editing.country());
            kind.set(editing.kind());
            notes.set(editing.notes());
        }
    }

    /** The dialog's heading. */
    public String title() {
        return editing == null ? submit.localization().tr("partner.form.new") : submit.localization().tr("partner.form.edit", editing.name());
    }

    /** Saves in the background; {@code saved} gets the partner as stored. A refusal shows in {@link FormSubmit#errorProperty()}. */
    public void save(Consumer<Partner> saved) {
        Partner draft;
        if (editing == null) {
            draft = new Partner(null, name.get(), nameLocal.get(), shortName.get(), country.get(), kind.get(), notes.get(), null, null, 0);
        } else {
            draft = new Partner(editing.id(), name.get(), nameLocal.get(), shortName.get(), country.get(), kind.get(), notes.get(),
                    editing.createdAt(), editing.updatedAt(), editing.version());
        }
        submit.run(() -> editing == null ? service.create(draft) : service.update(draft), saved);
    }

    public ObservableList<PartnerKind> kinds() {
        return FXCollections.observableArrayList(List.of(PartnerKind.values()));
    }

    public FormSubmit submit() {
        return submit;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty nameLocalProperty() {
        return nameLocal;
    }

    public StringProperty shortNameProperty() {
        return shortName;
    }

    public StringProperty countryProperty() {
        return country;
    }

    public ObjectProperty<PartnerKind> kindProperty() {
        return kind;
    }

    public StringProperty notesProperty() {
        return notes;
    }

}

package org.cohortdesk.ui.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cohortdesk.model.Agreement;
import org.cohortdesk.model.AgreementKind;
import org.cohortdesk.model.Partner;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.service.agreement.AgreementService;
import org.cohortdesk.ui.common.FormSubmit;

/**
 * The state of the agreement form, for one partner: kind, title, dates, planned cohorts and
 * trainees (either may be left empty), notes. A new agreement, or an edit of one read earlier.
 */
public final class AgreementForm {
    private final AgreementService service;
    private final FormSubmit submit;
    private final Partner partner;
    private final Agreement editing;
    private final ObjectProperty<AgreementKind> kind = new SimpleObjectProperty<>(this, "kind", AgreementKind.ANNUAL_PLAN);
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObjectProperty<LocalDate> startsOn = new SimpleObjectProperty<>(this, "startsOn");
    private final ObjectProperty<LocalDate> endsOn = new SimpleObjectProperty<>(this, "endsOn");
    private final StringProperty plannedCohorts = new SimpleStringProperty(this, "plannedCohorts", "");
    private final StringProperty plannedTrainees = new SimpleStringProperty(this, "plannedTrainees", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final ObservableList<AgreementService.Line> parents = FXCollections.observableArrayList();
    private final ObjectProperty<AgreementService.Line> parent = new SimpleObjectProperty<>(this, "parent");

    /**
     * {@code editing} null: a new agreement of {@code partner}. {@code partnerAgreements} are the
     * partner's agreements as listed: its memoranda are offered as the one an annual plan refines.
     */
    public AgreementForm(AgreementService service, FormSubmit submit, Partner partner, Agreement editing,
            List<AgreementService.Line> partnerAgreements) {
        this.service = service;
        this.submit = submit;
        this.partner = partner;
        this.editing = editing;
        partnerAgreements.stream()
                .filter(l -> l.agreement().kind() == AgreementKind.MOU && (editing == null || !l.agreement().id().equals(editing.id())))
                .forEach(parents::add);
        kind.addListener((o, old, now) -> {
            if (now != AgreementKind.ANNUAL_PLAN) {
                parent.set(null);
            }
        });
        if (editing != null) {
            kind.set(editing.kind());
            title.set(editing.title());
            startsOn.set(editing.startsOn());
            endsOn.set(editing.endsOn());
            plannedCohorts.set(editing.plannedCohorts() == null ? "" : editing.plannedCohorts().toString());
            plannedTrainees.set(editing.plannedTrainees() == null ? "" : editing.plannedTrainees().toString());
            notes.set(editing.notes());
            parents.stream().filter(l -> l.agreement().id().equals(editing.parentId())).findFirst().ifPresent(parent::set);
        }
    }

    public String heading() {
        return editing == null ? submit.localization().tr("agreement.form.new", partner.name())
                : submit.localization().tr("agreement.form.edit", editing.title());
    }

    /** Saves in the background; {@code saved} gets the agreement as stored. A refusal shows in {@link FormSubmit#errorProperty()}. */
    public void save(Consumer<Agreement> saved) {
        Agreement draft;
        try {
            Integer cohorts = submit.wholeNumber(plannedCohorts.get(), "agreement.field.planned_cohorts");
            Integer trainees = submit.wholeNumber(plannedTrainees.get(), "agreement.field.planned_trainees");
            UUID parentId = parent.get() == null ? null : parent.get().agreement().id();
            draft = editing == null
                    ? new Agreement(null, partner.id(), parentId, kind.get(), title.get(), startsOn.get(), endsOn.get(), cohorts, trainees,
                            notes.get(), null, null, 0)
                    : new Agreement(editing.id(), editing.partnerId(), parentId, kind.get(), title.get(), startsOn.get(),
                            endsOn.get(), cohorts, trainees, notes.get(), editing.createdAt(), editing.updatedAt(), editing.version());
        } catch (ProblemException e) {
            submit.refuse(e);
            return;
        }
        submit.run(() -> editing == null ? service.create(draft) : service.update(draft), saved);
    }

    public ObservableList<AgreementKind> kinds() {
        return FXCollections.observableArrayList(List.of(AgreementKind.values()));
    }

    /** The partner's memoranda, for an annual plan to refine. */
    public ObservableList<AgreementService.Line> parents() {
        return parents;
    }

    /** The memorandum this annual plan refines; none for a memorandum. */
    public ObjectProperty<AgreementService.Line> parentProperty() {
        return parent;
    }

    /** Only an annual plan refines a memorandum. */
    public BooleanBinding parentAllowedProperty() {
        return kind.isEqualTo(AgreementKind.ANNUAL_PLAN);
    }

    public FormSubmit submit() {
        return submit;
    }

    public ObjectProperty<AgreementKind> kindProperty() {
        return kind;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<LocalDate> startsOnProperty() {
        return startsOn;
    }

    public ObjectProperty<LocalDate> endsOnProperty() {
        return endsOn;
    }

    public StringProperty plannedCohortsProperty() {
        return plannedCohorts;
    }

    public StringProperty plannedTraineesProperty() {
        return plannedTrainees;
    }

    public StringProperty notesProperty() {
        return notes;
    }
}

package org.cohortdesk.ui.partner;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.Services;
import org.cohortdesk.service.agreement.AgreementService;
import org.cohortdesk.ui.agreement.AgreementForm;
import org.cohortdesk.ui.agreement.AgreementRow;
import org.cohortdesk.ui.common.BackgroundTask;
import org.cohortdesk.ui.common.FilteredRows;
import org.cohortdesk.ui.common.FormSubmit;
import org.cohortdesk.ui.common.TaskRunner;

/**
 * The Partners page: every partner as a {@link PartnerRow} (read in the background, filtered in
 * memory ignoring case and accents), the selected partner's agreements with planned against
 * actual, and the forms to add or edit a partner or an agreement.
 */
public final class PartnersViewModel {
    private final Services services;
    private final Localization tr;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final FilteredRows<PartnerRow> list;
    private final ObjectProperty<PartnerRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<AgreementRow> agreements = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper agreementsTitle = new ReadOnlyStringWrapper(this, "agreementsTitle", "");
    private int agreementsRequest;

    public PartnersViewModel(Services services, Localization tr, TaskRunner tasks, Consumer<Throwable> onFailure) {
        this.services = services;
        this.tr = tr;
        this.tasks = tasks;
        this.onFailure = onFailure;
        this.list = new FilteredRows<>(tr, new FilteredRows.Messages("partners.loading", "partners.empty", "partners.no_match",
                "partners.count", "partners.count_filtered"), PartnerRow::matches);
        selected.addListener((o, old, now) -> loadAgreements());
        agreementsTitle.set(tr.tr("agreements.none_selected"));
    }

    /** Reads every partner again, in the background; {@code then} runs once the new rows show. */
    public void load(Runnable then) {
        list.load(tasks, tr.tr("partners.loading"), () -> services.partners().list().stream().map(p -> PartnerRow.of(p, tr)).toList(),
                onFailure, then);
    }

    /** Reads the selected partner's agreements again, in the background. */
    public void loadAgreements() {
        int request = ++agreementsRequest;
        agreements.clear();
        PartnerRow partner = selected.get();
        if (partner == null) {
            agreementsTitle.set(tr.tr("agreements.none_selected"));
            return;
        }
        agreementsTitle.set(tr.tr("agreements.title", partner.name()));
        UUID id = partner.partner().id();
        BackgroundTask.of(progress -> services.agreements().list(id).stream().map(l -> AgreementRow.of(l, tr)).toList())
                .onSuccess(rows -> {
                    if (request == agreementsRequest) {
                        agreements.setAll(rows);
                        agreementsTitle.set(rows.isEmpty() ? tr.tr("agreements.empty", partner.name()) : tr.tr("agreements.title", partner.name()));
                    }
                })
                .onFailure(onFailure)
                .runWith(tasks);
    }

    /** The form for a new partner. */
    public PartnerForm newPartner() {
        return new PartnerForm(services.partners(), submit(), null);
    }

    /** The form editing a partner as it was read. */
    public PartnerForm editPartner(PartnerRow row) {
        return new PartnerForm(services.partners(), submit(), row.partner());
    }

    /** The form for a new agreement of the selected partner; null when none is selected. */
    public AgreementForm newAgreement() {
        PartnerRow partner = selected.get();
        return partner == null ? null : new AgreementForm(services.agreements(), submit(), partner.partner(), null, lines());
    }

    /** The form editing one of the selected partner's agreements. */
    public AgreementForm editAgreement(AgreementRow row) {
        PartnerRow partner = selected.get();
        return partner == null ? null : new AgreementForm(services.agreements(), submit(), partner.partner(), row.agreement(), lines());
    }

    private List<AgreementService.Line> lines() {
        return agreements.stream().map(AgreementRow::line).toList();
    }

    private FormSubmit submit() {
        return new FormSubmit(tr, tasks, onFailure);
    }

    /** The partners, the filter, and the words over and inside the table. */
    public FilteredRows<PartnerRow> list() {
        return list;
    }

    /** The partner whose agreements show; the view binds the table's selection here. */
    public ObjectProperty<PartnerRow> selectedProperty() {
        return selected;
    }

    public ObservableList<AgreementRow> agreements() {
        return FXCollections.unmodifiableObservableList(agreements);
    }

    /** "Agreements of …", or what to do to see them. */
    public ReadOnlyStringProperty agreementsTitleProperty() {
        return agreementsTitle.getReadOnlyProperty();
    }

    public Localization localization() {
        return tr;
    }
}

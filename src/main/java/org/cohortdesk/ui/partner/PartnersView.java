package org.cohortdesk.ui.partner;

import java.util.List;
import java.util.UUID;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.ui.agreement.AgreementDialog;
import org.cohortdesk.ui.agreement.AgreementForm;
import org.cohortdesk.ui.agreement.AgreementRow;
import org.cohortdesk.ui.common.Columns;
import org.cohortdesk.ui.common.Filterable;
import org.cohortdesk.ui.common.LaoText;
import org.cohortdesk.ui.common.Page;
import org.cohortdesk.ui.common.PageView;
import org.cohortdesk.ui.common.Refreshable;
import org.cohortdesk.ui.common.Styles;
import org.cohortdesk.ui.common.Toolbars;
import org.cohortdesk.ui.export.SpreadsheetExport;

/**
 * The Partners page: the sending organisations in a table with a filter, and under it the
 * selected partner's agreements with planned against actual cohorts and trainees. Buttons (and a
 * double-click) open the forms to add or edit a partner or an agreement.
 */
public final class PartnersView extends BorderPane implements Filterable, PageView, Refreshable {
    public static final String TABLE_ID = "partnerTable";
    public static final String FILTER_ID = "partnerFilter";
    public static final String COUNT_ID = "partnerCount";
    public static final String NEW_ID = "partnerNew";
    public static final String EXPORT_ID = "partnerExport";
    public static final String EDIT_ID = "partnerEdit";
    public static final String AGREEMENTS_ID = "agreementTable";
    public static final String AGREEMENTS_TITLE_ID = "agreementsHeading";
    public static final String NEW_AGREEMENT_ID = "agreementNew";
    public static final String EDIT_AGREEMENT_ID = "agreementEdit";

    private final PartnersViewModel model;
    private final TextField filter = new TextField();
    private final TableView<PartnerRow> table = new TableView<>();
    private final TableView<AgreementRow> agreements = new TableView<>();

    public PartnersView(PartnersViewModel model) {
        this(model, null);
    }

    /** {@code export} null: no Export… button. */
    public PartnersView(PartnersViewModel model, SpreadsheetExport export) {
        this.model = model;
        Localization tr = model.localization();
        getStyleClass().add(Styles.PAGE);

        Button edit = Toolbars.button(tr.tr("partners.edit"), EDIT_ID, this::editPartner);
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        HBox toolbar = Toolbars.filterBar(filter, FILTER_ID, tr.tr("partners.filter.prompt"), model.list().filterProperty(), COUNT_ID,
                model.list().countTextProperty(), Toolbars.button(tr.tr("partners.new"), NEW_ID, this::newPartner), edit);
        if (export != null) {
            toolbar.getChildren().addAll(SpreadsheetExport.controls(tr.tr("partners.export"), EXPORT_ID,
                    report -> export.shown(table, tr.tr("nav.partners"), report)));
        }
        setTop(new VBox(12, Page.header(tr.tr("nav.partners"), tr.tr("partners.subtitle")), toolbar));

        buildPartnerTable(tr);
        buildAgreementTable(tr);
        Label agreementsTitle = new Label();
        agreementsTitle.setId(AGREEMENTS_TITLE_ID);
        agreementsTitle.getStyleClass().add(Styles.SECTION_TITLE);
        LaoText.follow(agreementsTitle, model.agreementsTitleProperty());
        Button addAgreement = Toolbars.button(tr.tr("agreements.new"), NEW_AGREEMENT_ID, this::newAgreement);
        addAgreement.disableProperty().bind(model.selectedProperty().isNull());
        Button editAgreement = Toolbars.button(tr.tr("agreements.edit"), EDIT_AGREEMENT_ID, this::editAgreement);
        editAgreement.disableProperty().bind(agreements.getSelectionModel().selectedItemProperty().isNull());
        Region agreementsGrow = new Region();
        HBox.setHgrow(agreementsGrow, Priority.ALWAYS);
        HBox agreementsBar = new HBox(12, agreementsTitle, agreementsGrow, addAgreement, editAgreement);
        VBox agreementsPane = new VBox(6, agreementsBar, agreements);
        VBox.setVgrow(agreements, Priority.ALWAYS);

        SplitPane split = new SplitPane(table, agreementsPane);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        VBox.setVgrow(split, Priority.ALWAYS);
        setCenter(split);
        BorderPane.setMargin(split, new Insets(12, 0, 0, 0));
        // Shown again: cohorts may have been added under an agreement meanwhile; read again, keeping the selection.
        sceneProperty().addListener((o, old, now) -> {
            if (old == null && now != null && model.list().loadedProperty().get()) {
                PartnerRow selected = table.getSelectionModel().getSelectedItem();
                reloadSelecting(selected == null ? null : selected.partner().id());
            }
        });
    }

    private void buildPartnerTable(Localization tr) {
        table.setId(TABLE_ID);
        SortedList<PartnerRow> sorted = new SortedList<>(model.list().shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                Columns.text(tr.tr("partners.column.name"), PartnerRow::name, 320),
                Columns.text(tr.tr("partners.column.short_name"), PartnerRow::shortName, 110),
                Columns.text(tr.tr("partners.column.name_local"), PartnerRow::nameLocal, 280),
                Columns.text(tr.tr("partners.column.country"), PartnerRow::country, 70),
                Columns.text(tr.tr("partners.column.kind"), PartnerRow::kind, 140)));
        Columns.laoHeaders(table);
        Columns.placeholder(table, model.list().placeholderProperty());
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> model.selectedProperty().set(now));
        Columns.onDoubleClick(table, this::editPartner);
    }

    private void buildAgreementTable(Localization tr) {
        agreements.setId(AGREEMENTS_ID);
        agreements.setItems(model.agreements());
        agreements.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        agreements.getColumns().setAll(List.of(
                Columns.text(tr.tr("agreements.column.title"), AgreementRow::title, 300),
                Columns.text(tr.tr("agreements.column.kind"), AgreementRow::kind, 170),
                Columns.date(tr, tr.tr("agreements.column.start"), AgreementRow::startsOn),
                Columns.date(tr, tr.tr("agreements.column.end"), AgreementRow::endsOn),
                Columns.text(tr.tr("agreements.column.cohorts"), AgreementRow::cohorts, 130),
                Columns.text(tr.tr("agreements.column.trainees"), AgreementRow::trainees, 130)));
        Columns.laoHeaders(agreements);
        agreements.setPlaceholder(new Label());
        Columns.onDoubleClick(agreements, this::editAgreement);
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    /** Opens the form for a new partner; once saved the list is read again and the partner selected. */
    public void newPartner() {
        PartnerDialog.show(model.newPartner(), window(), saved -> reloadSelecting(saved.id()));
    }

    private void editPartner() {
        PartnerRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            PartnerDialog.show(model.editPartner(row), window(), saved -> reloadSelecting(saved.id()));
        }
    }

    /** Keeps the partner selected. */
    @Override
    public void refresh() {
        PartnerRow selected = table.getSelectionModel().getSelectedItem();
        reloadSelecting(selected == null ? null : selected.partner().id());
    }

    private void reloadSelecting(UUID id) {
        model.load(() -> table.getItems().stream().filter(r -> r.partner().id().equals(id)).findFirst().ifPresent(r -> {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(r);
            table.scrollTo(r);
        }));
    }

    private void newAgreement() {
        AgreementForm form = model.newAgreement();
        if (form != null) {
            AgreementDialog.show(form, window(), saved -> model.loadAgreements());
        }
    }

    private void editAgreement() {
        AgreementRow row = agreements.getSelectionModel().getSelectedItem();
        AgreementForm form = row == null ? null : model.editAgreement(row);
        if (form != null) {
            AgreementDialog.show(form, window(), saved -> model.loadAgreements());
        }
    }

    @Override
    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    @Override
    public Node initialFocus() {
        return filter;
    }

    public TableView<PartnerRow> table() {
        return table;
    }
}

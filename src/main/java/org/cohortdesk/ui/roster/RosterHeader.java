package org.cohortdesk.ui.roster;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.CohortStatus;
import org.cohortdesk.service.roster.CohortHeader;
import org.cohortdesk.ui.common.LaoText;
import org.cohortdesk.ui.common.Styles;

/** The top of a cohort's page: Back, the code and course, the facts of the cohort, its status and the steps it may take. */
final class RosterHeader extends VBox {
    static final String BACK_ID = "rosterBack";
    static final String CODE_ID = "rosterCode";
    static final String SIZE_ID = "rosterSize";
    static final String STATUS_ID = "rosterStatus";
    static final String STATUS_MENU_ID = "rosterStatusMenu";
    static final String STATUS_MESSAGE_ID = "rosterStatusMessage";
    static final String WARNINGS_ID = "rosterCohortWarnings";

    private final HBox statusRow;
    private final RosterViewModel model;
    private final Localization tr;
    private final GridPane facts = new GridPane();

    RosterHeader(RosterViewModel model, Runnable back) {
        super(8);
        this.model = model;
        this.tr = model.localization();
        getStyleClass().add(RosterStyles.HEADER);

        Button backButton = new Button(tr.tr("roster.back"));
        backButton.setId(BACK_ID);
        backButton.setOnAction(e -> back.run());
        LaoText.mark(backButton.getStyleClass(), backButton.getText());

        Label code = new Label(model.code());
        code.setId(CODE_ID);
        code.getStyleClass().addAll(Styles.PAGE_TITLE, Styles.CODE);
        Label course = LaoText.label("", Styles.PAGE_SUBTITLE);
        course.setMinWidth(0);
        LaoText.follow(course, model.courseTitleProperty());
        HBox title = new HBox(12, backButton, code, course);
        title.getStyleClass().add(RosterStyles.TITLE_ROW);

        facts.getStyleClass().add(RosterStyles.FACTS);
        model.headerProperty().addListener((o, old, now) -> fillFacts(now));

        VBox warnings = new VBox(2);
        warnings.setId(WARNINGS_ID);
        model.cohortWarnings().addListener((ListChangeListener<String>) c -> {
            warnings.getChildren().clear();
            for (String w : model.cohortWarnings()) {
                warnings.getChildren().add(LaoText.label(RosterStyles.MARK + " " + w, Styles.WARNING, RosterStyles.COHORT_WARNING));
            }
        });

        statusRow = newStatusRow();
        getChildren().addAll(title, facts, statusRow, warnings);
    }

    /** Puts {@code node} (the cohort's History…) beside the status and its menu. */
    void besideStatus(Node node) {
        statusRow.getChildren().add(3, node);
    }

    private HBox newStatusRow() {
        Label caption = LaoText.label(tr.tr("roster.field.status"), Styles.MUTED);
        Label status = LaoText.label("", RosterStyles.STATUS);
        status.setId(STATUS_ID);
        LaoText.follow(status, model.statusProperty());

        MenuButton change = new MenuButton(tr.tr("roster.status.change"));
        change.setId(STATUS_MENU_ID);
        LaoText.mark(change.getStyleClass(), change.getText());
        change.disableProperty().bind(model.busyProperty().or(javafx.beans.binding.Bindings.isEmpty(model.nextStatuses())));
        model.nextStatuses().addListener((ListChangeListener<CohortStatus>) c -> {
            change.getItems().clear();
            for (CohortStatus target : model.nextStatuses()) {
                MenuItem item = new MenuItem(tr.tr(target));
                item.setId("status-" + target.name());
                LaoText.mark(item.getStyleClass(), item.getText());
                item.setOnAction(e -> model.changeStatus(target));
                change.getItems().add(item);
            }
        });

        Label message = LaoText.label("", Styles.MUTED);
        message.setId(STATUS_MESSAGE_ID);
        message.setMinWidth(0);
        LaoText.follow(message, model.statusMessageProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox row = new HBox(10, caption, status, change, message, grow);
        row.getStyleClass().add(RosterStyles.STATUS_ROW);
        return row;
    }

    private void fillFacts(CohortHeader header) {
        facts.getChildren().clear();
        if (header == null) {
            return;
        }
        int[] at = {0};
        fact(at, "roster.field.partner", header.partnerName());
        if (header.agreementTitle() != null && !header.agreementTitle().isBlank()) {
            fact(at, "roster.field.agreement", header.agreementTitle());
        }
        fact(at, "roster.field.dates", model.datesProperty().get());
        Label size = fact(at, "roster.field.size", model.sizeProperty().get());
        size.setId(SIZE_ID);
        if (model.overSizeProperty().get()) {
            size.getStyleClass().add(Styles.WARNING);
        }
        fact(at, "roster.field.coordinator", header.cohort().coordinator());
        fact(at, "roster.field.venue", header.cohort().venue());
    }

    /** Adds a caption and its value, two pairs to a line. */
    private Label fact(int[] at, String captionKey, String value) {
        int column = (at[0] % 2) * 2;
        int row = at[0] / 2;
        Label caption = LaoText.label(tr.tr(captionKey), Styles.MUTED);
        caption.setMinWidth(Region.USE_PREF_SIZE);
        Label shown = LaoText.label(value == null ? "" : value, RosterStyles.FACT_VALUE);
        shown.setMinWidth(0);
        facts.add(caption, column, row);
        facts.add(shown, column + 1, row);
        at[0]++;
        return shown;
    }
}

package org.cohortdesk.ui.cohort;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.ui.common.Filterable;
import org.cohortdesk.ui.common.LaoText;
import org.cohortdesk.ui.common.Page;
import org.cohortdesk.ui.common.PageView;
import org.cohortdesk.ui.common.Styles;
import org.cohortdesk.ui.common.TextCell;

/** The cohort list: a filter field over a table of every cohort. */
public final class CohortsView extends BorderPane implements Filterable, PageView {
    public static final String TABLE_ID = "cohortTable";
    public static final String FILTER_ID = "cohortFilter";
    public static final String COUNT_ID = "cohortCount";

    private final CohortsViewModel model;
    private final TextField filter = new TextField();
    private final TableView<CohortRow> table = new TableView<>();

    public CohortsView(CohortsViewModel model) {
        this.model = model;
        Localization tr = model.localization();
        getStyleClass().add(Styles.PAGE);

        filter.setId(FILTER_ID);
        filter.getStyleClass().add(Styles.FILTER_FIELD);
        filter.setPromptText(tr.tr("cohorts.filter.prompt"));
        filter.textProperty().bindBidirectional(model.filterProperty());
        filter.setPrefColumnCount(32);

        Label count = new Label();
        count.setId(COUNT_ID);
        count.getStyleClass().add(Styles.MUTED);
        model.countTextProperty().addListener((o, old, now) -> LaoText.show(count, now));
        LaoText.show(count, model.countTextProperty().get());

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox toolbar = new HBox(12, filter, grow, count);
        toolbar.getStyleClass().add(Styles.TOOLBAR);

        VBox top = new VBox(12, Page.header(tr.tr("cohorts.title"), null), toolbar);
        setTop(top);

        buildTable(tr);
        setCenter(table);
    }

    private void buildTable(Localization tr) {
        table.setId(TABLE_ID);
        SortedList<CohortRow> sorted = new SortedList<>(model.shownRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<CohortRow, String> code = textColumn(tr.tr("cohorts.column.code"), CohortRow::code, 125);
        code.setMinWidth(118);
        code.getStyleClass().add(Styles.CODE);
        TableColumn<CohortRow, String> course = textColumn(tr.tr("cohorts.column.course"), CohortRow::course, 300);
        TableColumn<CohortRow, String> partner = textColumn(tr.tr("cohorts.column.partner"), CohortRow::partner, 240);

        TableColumn<CohortRow, LocalDate> start = dateColumn(tr, tr.tr("cohorts.column.start"), CohortRow::startsOn);
        TableColumn<CohortRow, LocalDate> end = dateColumn(tr, tr.tr("cohorts.column.end"), CohortRow::endsOn);

        TableColumn<CohortRow, CohortRow> size = new TableColumn<>(tr.tr("cohorts.column.size"));
        size.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        size.setCellFactory(c -> new SizeCell());
        size.setComparator(Comparator.comparingInt(CohortRow::enrolled));
        size.setPrefWidth(80);
        size.setMinWidth(72);

        TableColumn<CohortRow, String> status = textColumn(tr.tr("cohorts.column.status"), CohortRow::status, 120);
        status.setMinWidth(90);

        table.getColumns().setAll(List.of(code, course, partner, start, end, size, status));
        table.getColumns().forEach(c -> {
            Label header = LaoText.label(c.getText());
            c.setText(null);
            c.setGraphic(header);
        });

        Label placeholder = new Label();
        placeholder.getStyleClass().add(Styles.MUTED);
        model.placeholderProperty().addListener((o, old, now) -> LaoText.show(placeholder, now));
        LaoText.show(placeholder, model.placeholderProperty().get());
        table.setPlaceholder(placeholder);
    }

    private static TableColumn<CohortRow, String> textColumn(String title, Function<CohortRow, String> value, double width) {
        TableColumn<CohortRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> TextCell.plain());
        column.setPrefWidth(width);
        return column;
    }

    private static TableColumn<CohortRow, LocalDate> dateColumn(Localization tr, String title, Function<CohortRow, LocalDate> value) {
        TableColumn<CohortRow, LocalDate> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TextCell<>(tr::date));
        column.setPrefWidth(104);
        column.setMinWidth(100);
        return column;
    }

    /** "enrolled / planned", in the warning style when over the plan. */
    private static final class SizeCell extends TableCell<CohortRow, CohortRow> {
        @Override
        protected void updateItem(CohortRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove(Styles.WARNING);
            if (empty || row == null) {
                setText(null);
                return;
            }
            setText(row.size());
            if (row.overSize()) {
                getStyleClass().add(Styles.WARNING);
            }
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

    public TableView<CohortRow> table() {
        return table;
    }

    public TextField filterField() {
        return filter;
    }
}

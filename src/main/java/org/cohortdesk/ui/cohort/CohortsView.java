package org.cohortdesk.ui.cohort;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.ui.AppContext;
import org.cohortdesk.ui.common.Columns;
import org.cohortdesk.ui.common.Filterable;
import org.cohortdesk.ui.common.FormSubmit;
import org.cohortdesk.ui.common.Page;
import org.cohortdesk.ui.common.PageView;
import org.cohortdesk.ui.common.Refreshable;
import org.cohortdesk.ui.common.Styles;
import org.cohortdesk.ui.common.Toolbars;
import org.cohortdesk.ui.exchange.ExchangeActions;
import org.cohortdesk.ui.export.SpreadsheetExport;
import org.cohortdesk.ui.roster.RosterPage;
import org.cohortdesk.ui.roster.RosterView;

/**
 * The cohort list: a filter field over a table of every cohort. Given the open workspace, a row
 * opens (double-click, Enter, or Open) into the cohort's page in place of the list; Back returns
 * to the list as it was left, filter and selection included.
 */
public final class CohortsView extends BorderPane implements Filterable, PageView, Refreshable {
    public static final String TABLE_ID = "cohortTable";
    public static final String FILTER_ID = "cohortFilter";
    public static final String COUNT_ID = "cohortCount";
    public static final String OPEN_ID = "cohortOpen";
    public static final String NEW_ID = "cohortNew";
    public static final String EXPORT_ID = "cohortsExport";

    private final CohortsViewModel model;
    private final TextField filter = new TextField();
    private final TableView<CohortRow> table = new TableView<>();
    private final Supplier<AppContext> context;
    private final Node listTop;
    private RosterView detail;
    private Runnable onCreated = () -> {};
    private Consumer<Path> importPackage = file -> {};

    /** The list alone: rows do not open. */
    public CohortsView(CohortsViewModel model) {
        this(model, null);
    }

    /** {@code context} gives the open workspace (null while it opens) for a cohort's page; a null supplier: rows do not open. */
    public CohortsView(CohortsViewModel model, Supplier<AppContext> context) {
        this.model = model;
        this.context = context;
        Localization tr = model.localization();
        getStyleClass().add(Styles.PAGE);

        List<Node> actions = new ArrayList<>();
        if (context != null) {
            Button open = Toolbars.button(tr.tr("cohorts.open"), OPEN_ID, this::openSelected);
            open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
            actions.add(open);
            actions.add(Toolbars.button(tr.tr("cohorts.new"), NEW_ID, this::newCohort));
            actions.addAll(SpreadsheetExport.controls(tr.tr("cohorts.export"), EXPORT_ID, this::export));
            ExchangeActions.CohortsControls packages = ExchangeActions.cohortsControls(tr, context,
                    () -> getScene() == null ? null : getScene().getWindow(), () -> {
                        model.load();
                        onCreated.run();
                    });
            actions.addAll(packages.nodes());
            importPackage = packages.importFile();
        }
        HBox toolbar = Toolbars.filterBar(filter, FILTER_ID, tr.tr("cohorts.filter.prompt"), model.filterProperty(), COUNT_ID,
                model.countTextProperty(), actions.toArray(Node[]::new));
        filter.setPrefColumnCount(32);

        VBox top = new VBox(12, Page.header(tr.tr("cohorts.title"), null), toolbar);
        setTop(top);
        listTop = top;

        buildTable(tr);
        setCenter(table);
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && e.getTarget() instanceof Node n && Columns.inRow(n)) {
                openSelected();
            }
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && context != null) {
                e.consume();
                openSelected();
            }
        });
        // From the filter: Down goes into the list, Enter opens the selected cohort or the first match.
        filter.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER && context != null) {
                if (table.getItems().isEmpty()) {
                    return;
                }
                e.consume();
                if (table.getSelectionModel().getSelectedItem() == null) {
                    table.getSelectionModel().selectFirst();
                }
                if (e.getCode() == KeyCode.DOWN) {
                    table.requestFocus();
                } else {
                    openSelected();
                }
            }
        });
    }

    /** Opens the selected cohort's page; nothing happens while the workspace is not open. */
    public void openSelected() {
        CohortRow row = table.getSelectionModel().getSelectedItem();
        AppContext opened = context == null ? null : context.get();
        if (row == null || opened == null || detail != null) {
            return;
        }
        detail = RosterPage.open(opened, row.code(), this::closeDetail);
        setTop(null);
        setCenter(detail);
        detail.initialFocus().requestFocus();
    }

    /** Imports an exchange package, as Packages ▸ Import package… does for the file chosen (a package opened from the desktop). */
    public void importPackage(Path file) {
        importPackage.accept(file);
    }

    /** The code of the cohort whose page shows, or empty while the list shows. */
    public Optional<String> openCode() {
        return detail == null ? Optional.empty() : Optional.of(detail.model().code());
    }

    /**
     * Opens the page of the cohort with this code once the list has been read (at once if it has),
     * as the window does after a language switch; the list stays if the code is gone.
     */
    public void reopen(String code) {
        Runnable open = () -> {
            reselect(code);
            CohortRow selected = table.getSelectionModel().getSelectedItem();
            if (selected != null && selected.code().equals(code)) {
                openSelected();
            }
        };
        if (model.loadedProperty().get()) {
            open.run();
            return;
        }
        model.loadedProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> o, Boolean old, Boolean now) {
                if (now) {
                    o.removeListener(this);
                    open.run();
                }
            }
        });
    }

    /** Export…: the cohort list, or only the cohorts the filter shows, to a spreadsheet; {@code report} gets the message. */
    private void export(Consumer<String> report) {
        AppContext ctx = context.get();
        if (ctx == null) {
            return;
        }
        SpreadsheetExport.of(ctx, () -> getScene() == null ? null : getScene().getWindow())
                .cohorts(table.getItems().stream().map(CohortRow::id).toList(), model.rows().size(), report);
    }

    /**
     * Opens the "new cohort" form (button, Ctrl+N); once saved, the list is read again, unfiltered,
     * with the new cohort selected. Nothing happens while a cohort's page shows or the workspace is not open.
     */
    public void newCohort() {
        AppContext opened = context == null ? null : context.get();
        if (opened == null || detail != null) {
            return;
        }
        NewCohortForm form = new NewCohortForm(opened.services(), new FormSubmit(opened.localization(), opened.tasks(), opened.errors()::show));
        NewCohortDialog.show(form, getScene() == null ? null : getScene().getWindow(), saved -> {
            onCreated.run();
            model.filterProperty().set("");
            model.load(() -> reselect(saved.code()));
        });
    }

    /** What else to do once a new cohort is saved or a package imported (the status bar counts again). */
    public void setOnCreated(Runnable action) {
        onCreated = action;
    }

    /** Back to the list, as it was left; re-reads it when the cohort was changed. */
    public void closeDetail() {
        if (detail == null) {
            return;
        }
        boolean changed = detail.model().changedProperty().get();
        detail = null;
        setTop(listTop);
        setCenter(table);
        table.requestFocus();
        if (changed) {
            CohortRow selected = table.getSelectionModel().getSelectedItem();
            model.load(() -> reselect(selected == null ? null : selected.code()));
        }
    }

    private void reselect(String code) {
        if (code == null) {
            return;
        }
        table.getItems().stream().filter(r -> r.code().equals(code)).findFirst().ifPresent(r -> {
            table.getSelectionModel().select(r);
            table.scrollTo(r);
        });
    }

    /** The cohort page showing now, if any. */
    public RosterView detail() {
        return detail;
    }

    private void buildTable(Localization tr) {
        table.setId(TABLE_ID);
        SortedList<CohortRow> sorted = new SortedList<>(model.shownRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);

        TableColumn<CohortRow, String> code = Columns.text(tr.tr("cohorts.column.code"), CohortRow::code, 125);
        code.setMinWidth(118);
        code.getStyleClass().add(Styles.CODE);
        TableColumn<CohortRow, String> course = Columns.text(tr.tr("cohorts.column.course"), CohortRow::course, 300);
        TableColumn<CohortRow, String> partner = Columns.text(tr.tr("cohorts.column.partner"), CohortRow::partner, 240);

        TableColumn<CohortRow, LocalDate> start = Columns.date(tr, tr.tr("cohorts.column.start"), CohortRow::startsOn);
        TableColumn<CohortRow, LocalDate> end = Columns.date(tr, tr.tr("cohorts.column.end"), CohortRow::endsOn);

        TableColumn<CohortRow, CohortRow> size = new TableColumn<>(tr.tr("cohorts.column.size"));
        size.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        size.setCellFactory(c -> new SizeCell());
        size.setComparator(Comparator.comparingInt(CohortRow::enrolled));
        size.setPrefWidth(80);
        size.setMinWidth(72);

        TableColumn<CohortRow, String> status = Columns.text(tr.tr("cohorts.column.status"), CohortRow::status, 120);
        status.setMinWidth(90);

        table.getColumns().setAll(List.of(code, course, partner, start, end, size, status));
        Columns.laoHeaders(table);
        Columns.placeholder(table, model.placeholderProperty());
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
        if (detail != null) {
            detail.focusFilter();
            return;
        }
        filter.requestFocus();
        filter.selectAll();
    }

    /** The open cohort's page, or the list keeping the cohort selected. */
    @Override
    public void refresh() {
        if (detail != null) {
            detail.refresh();
            return;
        }
        CohortRow selected = table.getSelectionModel().getSelectedItem();
        model.load(() -> reselect(selected == null ? null : selected.code()));
    }

    @Override
    public Node initialFocus() {
        return detail != null ? detail.initialFocus() : filter;
    }

    public TableView<CohortRow> table() {
        return table;
    }

    public TextField filterField() {
        return filter;
    }
}

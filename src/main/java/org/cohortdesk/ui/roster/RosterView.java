package org.cohortdesk.ui.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.ui.AppContext;
import org.cohortdesk.ui.common.Filterable;
import org.cohortdesk.ui.common.LaoText;
import org.cohortdesk.ui.common.PageView;
import org.cohortdesk.ui.common.Styles;
import org.cohortdesk.ui.common.TextCell;

/**
 * One cohort's page: its header, the cohort-wide warnings, a filter and the roster table. The
 * columns can be sorted, hidden (the table's menu button) and dragged; the layout is remembered.
 * Ctrl+C copies the selected rows for a spreadsheet; Esc or Alt+Left goes back.
 */
public final class RosterView extends BorderPane implements Filterable, PageView {
    public static final String TABLE_ID = "rosterTable";
    public static final String FILTER_ID = "rosterFilter";
    public static final String COUNT_ID = "rosterCount";

    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination ALT_LEFT = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);

    private final RosterViewModel model;
    private final TextField filter = new TextField();
    private final TableView<RosterRow> table = new TableView<>();

    public RosterView(RosterViewModel model, Runnable back) {
        this.model = model;
        Localization tr = model.localization();
        getStyleClass().add(Styles.PAGE);

        filter.setId(FILTER_ID);
        filter.getStyleClass().addAll(Styles.FILTER_FIELD, RosterStyles.FILTER);
        filter.setPromptText(tr.tr("roster.filter.prompt"));
        filter.textProperty().bindBidirectional(model.filterProperty());

        Label count = new Label();
        count.setId(COUNT_ID);
        count.getStyleClass().add(Styles.MUTED);
        LaoText.follow(count, model.countTextProperty());

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox toolbar = new HBox(12, filter, grow, count);
        toolbar.getStyleClass().add(Styles.TOOLBAR);

        setTop(new VBox(12, new RosterHeader(model, back), toolbar));
        buildTable(tr);
        setCenter(table);

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE || ALT_LEFT.match(e)) {
                e.consume();
                back.run();
            }
        });
    }

    /** The page of the cohort with this code, wired to the open workspace; it starts reading at once. */
    public static RosterView open(AppContext context, String code, Runnable back) {
        RosterViewModel model = new RosterViewModel(code, context.services().rosters()::detail,
                context.services().cohorts()::changeStatus, context.workspace().settings(), context.localization(),
                context.tasks(), context.errors()::show);
        RosterView view = new RosterView(model, back);
        model.load();
        return view;
    }

    private void buildTable(Localization tr) {
        table.setId(TABLE_ID);
        table.getStyleClass().add(RosterStyles.TABLE);
        SortedList<RosterRow> sorted = new SortedList<>(model.shownRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setTableMenuButtonVisible(true);

        List<TableColumn<RosterRow, ?>> columns = new ArrayList<>();
        for (RosterColumn c : RosterColumn.values()) {
            TableColumn<RosterRow, ?> column = column(tr, c);
            column.setId("roster-col-" + c.id());
            column.setUserData(c);
            columns.add(column);
        }
        RosterViewModel.ColumnLayout layout = model.columnLayout();
        List<TableColumn<RosterRow, ?>> ordered = new ArrayList<>();
        for (RosterColumn c : layout.order()) {
            TableColumn<RosterRow, ?> column = columns.get(c.ordinal());
            column.setVisible(!layout.hidden().contains(c));
            ordered.add(column);
        }
        table.getColumns().setAll(ordered);
        table.getColumns().addListener((ListChangeListener<TableColumn<RosterRow, ?>>) change -> rememberLayout());
        columns.forEach(column -> column.visibleProperty().addListener((o, old, now) -> rememberLayout()));

        Label placeholder = new Label();
        placeholder.getStyleClass().add(Styles.MUTED);
        LaoText.follow(placeholder, model.placeholderProperty());
        table.setPlaceholder(placeholder);

        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (COPY.match(e)) {
                copySelection();
                e.consume();
            }
        });
    }

    private TableColumn<RosterRow, ?> column(Localization tr, RosterColumn c) {
        String title = tr.tr(c.key());
        return switch (c) {
            case WARNING -> {
                TableColumn<RosterRow, RosterRow> column = new TableColumn<>(RosterStyles.MARK);
                column.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(v.getValue()));
                column.setCellFactory(v -> new WarningCell());
                column.setComparator(Comparator.comparingInt(r -> r.warnings().size()));
                column.setPrefWidth(36);
                column.setMinWidth(30);
                yield column;
            }
            case NO -> {
                TableColumn<RosterRow, Integer> column = new TableColumn<>(title);
                column.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(v.getValue().no()));
                column.setCellFactory(v -> new TextCell<>(String::valueOf));
                column.setPrefWidth(48);
                yield column;
            }
            case BIRTH_DATE -> dateColumn(tr, title, RosterRow::birthDate);
            case PASSPORT_EXPIRY -> dateColumn(tr, title, RosterRow::passportExpiry);
            default -> {
                TableColumn<RosterRow, String> column = new TableColumn<>(title);
                column.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(c.text(v.getValue())));
                column.setCellFactory(v -> TextCell.plain());
                column.setPrefWidth(width(c));
                if (c == RosterColumn.NAME_LOCAL) {
                    column.getStyleClass().add(Styles.LAO);
                }
                yield column;
            }
        };
    }

    private static double width(RosterColumn c) {
        return switch (c) {
            case NAME_LOCAL, NAME_LATIN, POSITION, AGENCY -> 180;
            case SEX -> 72;
            case NOTES -> 220;
            case ROOM, STATUS -> 90;
            default -> 120;
        };
    }

    private static TableColumn<RosterRow, LocalDate> dateColumn(Localization tr, String title, Function<RosterRow, LocalDate> value) {
        TableColumn<RosterRow, LocalDate> column = new TableColumn<>(title);
        column.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(value.apply(v.getValue())));
        column.setCellFactory(v -> new TextCell<>(tr::date));
        column.setPrefWidth(104);
        return column;
    }

    /** The columns as shown now, in their order. */
    public List<RosterColumn> visibleColumns() {
        return table.getVisibleLeafColumns().stream().map(c -> (RosterColumn) c.getUserData()).toList();
    }

    private void rememberLayout() {
        List<RosterColumn> order = table.getColumns().stream().map(c -> (RosterColumn) c.getUserData()).toList();
        Set<RosterColumn> hidden = new LinkedHashSet<>();
        table.getColumns().stream().filter(c -> !c.isVisible()).forEach(c -> hidden.add((RosterColumn) c.getUserData()));
        model.saveColumnLayout(new RosterViewModel.ColumnLayout(order, hidden));
    }

    /** Puts the selected rows, in the order shown, on the clipboard as tab-separated text. */
    public void copySelection() {
        List<RosterRow> selected = table.getSelectionModel().getSelectedIndices().stream().sorted()
                .map(i -> table.getItems().get(i)).toList();
        if (selected.isEmpty()) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(model.copyText(selected, visibleColumns()));
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** A warning mark whose tooltip lists the reasons. */
    private static final class WarningCell extends TableCell<RosterRow, RosterRow> {
        @Override
        protected void updateItem(RosterRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove(RosterStyles.WARNING_MARK);
            if (empty || row == null || !row.hasWarnings()) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(RosterStyles.MARK);
            getStyleClass().add(RosterStyles.WARNING_MARK);
            Tooltip tip = LaoText.tooltip(String.join("\n", row.warnings()));
            tip.setShowDelay(javafx.util.Duration.millis(200));
            setTooltip(tip);
        }
    }

    @Override
    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    @Override
    public Node initialFocus() {
        return table;
    }

    public TableView<RosterRow> table() {
        return table;
    }

    public RosterViewModel model() {
        return model;
    }
}

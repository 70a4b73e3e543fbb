package org.cohortdesk.ui.roster;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.service.export.ExportTemplate;
import org.cohortdesk.ui.common.Filterable;
import org.cohortdesk.ui.common.LaoText;
import org.cohortdesk.ui.common.PageView;
import org.cohortdesk.ui.common.Refreshable;
import org.cohortdesk.ui.common.Styles;
import org.cohortdesk.ui.common.Toolbars;

/**
 * One cohort's page: its header, the cohort-wide warnings, a filter, the roster actions and the
 * roster table. The columns can be sorted, hidden (the table's menu button) and dragged; the layout
 * is remembered. Keys: Enter edits the cell, Esc cancels (or, when not editing, goes back, as does
 * Alt+Left), Ctrl+Enter opens the person form, Ctrl+N adds a trainee, Ctrl+Z / Ctrl+Y undo and
 * redo, Ctrl+C copies the selected rows for a spreadsheet and Ctrl+V adds rows copied from one,
 * after a preview.
 */
public final class RosterView extends BorderPane implements Filterable, PageView, Refreshable {
    public static final String TABLE_ID = "rosterTable";
    public static final String FILTER_ID = "rosterFilter";
    public static final String COUNT_ID = "rosterCount";
    public static final String ADD_ID = "rosterAdd";
    public static final String DETAILS_ID = "rosterDetails";
    public static final String WITHDRAW_ID = "rosterWithdraw";
    public static final String MOVE_ID = "rosterMove";
    public static final String UNDO_ID = "rosterUndo";
    public static final String REDO_ID = "rosterRedo";
    public static final String TRAVEL_ID = "rosterTravel";
    public static final String IMPORT_ID = "rosterImport";
    public static final String EXPORT_ID = "rosterExport";
    public static final String ATTENDANCE_ID = "rosterAttendance";

    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination ALT_LEFT = new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN);
    private static final KeyCombination ADD = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination DETAILS = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO_SHIFT = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final RosterViewModel model;
    private final RosterActions actions;
    private final TextField filter = new TextField();
    private final TableView<RosterRow> table = new TableView<>();
    private FlowPane buttons;
    private MenuButton export;
    private RosterHeader header;
    /** The trainee and column that had the focus, to find again after the roster is read anew. */
    private UUID focusedEnrollment;
    private TableColumn<RosterRow, ?> focusedColumn;

    RosterView(RosterViewModel model, RosterActions actions, Runnable back) {
        this.model = model;
        this.actions = actions;
        Localization tr = model.localization();
        getStyleClass().add(Styles.PAGE);

        HBox toolbar = Toolbars.filterBar(filter, FILTER_ID, tr.tr("roster.filter.prompt"), model.filterProperty(), COUNT_ID,
                model.countTextProperty());
        filter.getStyleClass().add(RosterStyles.FILTER);
        header = new RosterHeader(model, back);
        setTop(new VBox(12, header, actionButtons(tr), toolbar));
        buildTable(tr);
        setCenter(table);

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == KeyCode.ESCAPE && table.getEditingCell() == null) || ALT_LEFT.match(e)) {
                e.consume();
                back.run();
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::pageKey);
    }

    /** Keys the page answers when the focused control did not use them (a text field keeps its own Ctrl+Z). */
    private void pageKey(KeyEvent e) {
        RosterEditor editor = actions.editor();
        if (ADD.match(e)) {
            actions.add();
        } else if (UNDO.match(e)) {
            editor.undo();
        } else if (REDO.match(e) || REDO_SHIFT.match(e)) {
            editor.redo();
        } else {
            return;
        }
        e.consume();
    }

    /** The roster's actions; they wrap onto a second line when the window (or the language's words) make them too wide. */
    private FlowPane actionButtons(Localization tr) {
        RosterEditor editor = actions.editor();
        var selected = table.getSelectionModel().selectedItemProperty();
        Button add = button(tr, ADD_ID, "roster.action.add", "roster.action.add.tip", actions::add);
        Button details = button(tr, DETAILS_ID, "roster.action.details", "roster.action.details.tip", () -> withSelected(actions::details));
        Button withdraw = button(tr, WITHDRAW_ID, "roster.action.withdraw", "roster.action.withdraw.tip", () -> withSelected(actions::withdraw));
        Button move = button(tr, MOVE_ID, "roster.action.move", "roster.action.move.tip", () -> withSelected(actions::move));
        Button undo = button(tr, UNDO_ID, "roster.action.undo", "roster.action.undo.tip", editor::undo);
        Button redo = button(tr, REDO_ID, "roster.action.redo", "roster.action.redo.tip", editor::redo);
        Button travel = button(tr, TRAVEL_ID, "roster.action.travel", "roster.action.travel.tip", actions::travel);
        Button attendance = button(tr, ATTENDANCE_ID, "roster.action.attendance", "roster.action.attendance.tip", actions::attendance);
        attendance.disableProperty().bind(model.loadedProperty().not());
        Button importFile = button(tr, IMPORT_ID, "roster.action.import", "roster.action.import.tip", actions::importFile);
        importFile.disableProperty().bind(model.headerProperty().isNull());
        travel.disableProperty().bind(model.loadedProperty().not());
        export = exportMenu(tr);
        export.disableProperty().bind(model.loadedProperty().not());
        add.disableProperty().bind(model.headerProperty().isNull());
        details.disableProperty().bind(selected.isNull());
        withdraw.disableProperty().bind(Bindings.createBooleanBinding(
                () -> selected.get() == null || !selected.get().trainee().enrollment().status().canMoveTo(EnrollmentStatus.WITHDRAWN), selected));
        move.disableProperty().bind(selected.isNull());
        undo.disableProperty().bind(editor.canUndoProperty().not().or(editor.busyProperty()));
        redo.disableProperty().bind(editor.canRedoProperty().not().or(editor.busyProperty()));
        buttons = new FlowPane(add, details, withdraw, move, undo, redo, importFile, export, travel, attendance);
        buttons.getStyleClass().add(RosterStyles.ACTIONS);
        return buttons;
    }

    /** Export: one item a template, so the visa office's list is two clicks away. */
    private MenuButton exportMenu(Localization tr) {
        List<MenuItem> items = new ArrayList<>();
        for (ExportTemplate template : ExportTemplate.values()) {
            items.add(Toolbars.item(tr.tr("roster.action.export.item", tr.tr(template.titleKey())), EXPORT_ID + "-" + template.cliName(),
                    () -> actions.export(template)));
        }
        return Toolbars.menu(tr.tr("roster.action.export_menu"), EXPORT_ID, tr.tr("roster.action.export.tip"), items);
    }

    private static Button button(Localization tr, String id, String key, String tipKey, Runnable action) {
        Button button = Toolbars.button(tr.tr(key), id, action);
        button.setTooltip(LaoText.tooltip(tr.tr(tipKey)));
        button.setFocusTraversable(false);
        button.setMinWidth(Region.USE_PREF_SIZE);
        return button;
    }

    private void withSelected(Consumer<RosterRow> action) {
        RosterRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            action.accept(row);
        }
    }

    /** Adds controls at the end of the action row (the page's wiring, {@link RosterPage#open}). */
    void addActions(Node... nodes) {
        buttons.getChildren().addAll(nodes);
    }

    /** Adds items at the end of the Export menu. */
    void addExportItems(MenuItem... items) {
        export.getItems().addAll(items);
    }

    /** Puts {@code node} beside the cohort's status. */
    void besideStatus(Node node) {
        header.besideStatus(node);
    }

    private void buildTable(Localization tr) {
        table.setId(TABLE_ID);
        table.getStyleClass().add(RosterStyles.TABLE);
        SortedList<RosterRow> sorted = new SortedList<>(model.shownRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setTableMenuButtonVisible(true);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setEditable(true);

        RosterColumns factory = new RosterColumns(tr, actions.editor());
        List<TableColumn<RosterRow, ?>> columns = new ArrayList<>();
        for (RosterColumn c : RosterColumn.values()) {
            TableColumn<RosterRow, ?> column = factory.column(c);
            column.setId("roster-col-" + c.id());
            column.setUserData(c);
            column.setEditable(c.field().isPresent());
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
            } else if (PASTE.match(e) && table.getEditingCell() == null) {
                actions.paste();
                e.consume();
            } else if (DETAILS.match(e)) {
                withSelected(actions::details);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && table.getEditingCell() == null) {
                TablePosition<RosterRow, ?> cell = table.getFocusModel().getFocusedCell();
                if (cell != null && cell.getRow() >= 0 && cell.getTableColumn() != null) {
                    table.edit(cell.getRow(), cell.getTableColumn());
                }
                e.consume();
            }
        });
        table.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            String typed = e.getCharacter();
            TablePosition<RosterRow, ?> cell = table.getFocusModel().getFocusedCell();
            if (table.getEditingCell() == null && !e.isShortcutDown() && !e.isAltDown() && typed != null && !typed.isEmpty()
                    && !Character.isISOControl(typed.charAt(0)) && cell != null && cell.getRow() >= 0 && cell.getTableColumn() != null
                    && cell.getTableColumn().isEditable()) {
                RosterEditCell.typeOver(table, cell, typed);
                e.consume();
            }
        });
        table.setRowFactory(v -> {
            TableRow<RosterRow> row = new TableRow<>() {
                @Override
                protected void updateItem(RosterRow item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().remove(RosterStyles.WITHDRAWN);
                    if (!empty && item != null && item.trainee().enrollment().status() == EnrollmentStatus.WITHDRAWN) {
                        getStyleClass().add(RosterStyles.WITHDRAWN);
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && table.getEditingCell() == null) {
                    actions.details(row.getItem());
                }
            });
            return row;
        });
        table.setContextMenu(contextMenu(tr));
        keepFocusAcrossReads();
    }

    private ContextMenu contextMenu(Localization tr) {
        MenuItem details = new MenuItem(tr.tr("roster.action.details"));
        details.setOnAction(e -> withSelected(actions::details));
        MenuItem withdraw = new MenuItem(tr.tr("roster.action.withdraw"));
        withdraw.setOnAction(e -> withSelected(actions::withdraw));
        MenuItem move = new MenuItem(tr.tr("roster.action.move"));
        move.setOnAction(e -> withSelected(actions::move));
        MenuItem copy = new MenuItem(tr.tr("roster.action.copy"));
        copy.setOnAction(e -> copySelection());
        MenuItem paste = new MenuItem(tr.tr("roster.action.paste"));
        paste.setOnAction(e -> actions.paste());
        MenuItem importFile = new MenuItem(tr.tr("roster.action.import"));
        importFile.setOnAction(e -> actions.importFile());
        return new ContextMenu(details, withdraw, move, new SeparatorMenuItem(), copy, paste, importFile);
    }

    /**
     * Remembers which trainee and column had the focus and finds them again when the roster is read
     * anew (after every saved change), so the coordinator keeps their place.
     */
    private void keepFocusAcrossReads() {
        table.getFocusModel().focusedCellProperty().addListener((o, old, now) -> {
            // while the roster is read anew the table moves its focus by itself: that is not the coordinator's place
            if (!model.busyProperty().get() && now != null && now.getRow() >= 0 && now.getRow() < table.getItems().size()) {
                focusedEnrollment = table.getItems().get(now.getRow()).trainee().enrollment().id();
                focusedColumn = now.getTableColumn();
            }
        });
        table.getItems().addListener((ListChangeListener<RosterRow>) change -> {
            UUID shown = actions.editor().takeEnrollmentToShow();
            UUID wanted = shown != null ? shown : focusedEnrollment;
            TableColumn<RosterRow, ?> column = focusedColumn != null ? focusedColumn : table.getVisibleLeafColumn(0);
            if (wanted == null) {
                return;
            }
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).trainee().enrollment().id().equals(wanted)) {
                    table.getSelectionModel().clearAndSelect(i, column);
                    table.getFocusModel().focus(i, column);
                    focusedEnrollment = wanted;
                    focusedColumn = column;
                    if (shown != null) {
                        int row = i;
                        Platform.runLater(() -> table.scrollTo(row));
                    }
                    return;
                }
            }
        });
    }

    /** The enrollments of the rows the table shows now, in its order (after the filter and the sort). */
    List<UUID> shownEnrollments() {
        return table.getItems().stream().map(r -> r.trainee().enrollment().id()).toList();
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
        List<RosterRow> selected = table.getSelectionModel().getSelectedIndices().stream().distinct().sorted()
                .map(i -> table.getItems().get(i)).toList();
        if (selected.isEmpty()) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(model.copyText(selected, visibleColumns()));
        Clipboard.getSystemClipboard().setContent(content);
    }

    @Override
    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    @Override
    public void refresh() {
        model.load();
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

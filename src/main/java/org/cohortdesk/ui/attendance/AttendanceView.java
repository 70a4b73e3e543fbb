package org.cohortdesk.ui.attendance;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.Mark;
import org.cohortdesk.model.Session;
import org.cohortdesk.model.rules.Completion;
import org.cohortdesk.service.attendance.AttendanceService.Key;
import org.cohortdesk.service.attendance.AttendanceService.Sheet;
import org.cohortdesk.service.roster.RosterService.Line;
import org.cohortdesk.ui.common.LaoText;
import org.cohortdesk.ui.common.Styles;
import org.cohortdesk.ui.common.TextCell;
import org.cohortdesk.ui.common.Toolbars;

/**
 * The attendance grid: a row per trainee with their total and rate to date and whether they
 * complete (beside the names, so they stay in view), then a column per session of the week chosen
 * (or of the whole course), each session's count in its header. Keys: P present, L late, E excused, A absent, Delete clears; the mark goes into
 * every selected cell, then the next session is focused, so a sign-in sheet is typed in one
 * hand-run along the row; Enter goes down, arrows move; Ctrl+Z and Ctrl+Y undo and redo.
 */
final class AttendanceView extends BorderPane {
    static final String TABLE_ID = "attendanceTable";
    static final String WEEK_ID = "attendanceWeek";
    static final String UNDO_ID = "attendanceUndo";
    static final String REDO_ID = "attendanceRedo";
    static final String MESSAGE_ID = "attendanceMessage";
    static final String SESSION_STYLE = "attendance-session";
    static final String COMPLETES_STYLE = "attendance-completes";
    static final String SHORT_STYLE = "attendance-short";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final String WITHDRAWN_STYLE = "attendance-withdrawn";

    private final AttendanceGrid grid;
    private final Localization tr;
    private final TableView<Line> table = new TableView<>();
    private final ComboBox<Integer> week = new ComboBox<>();
    private final Label legend = new Label();
    private final List<TableColumn<Line, Mark>> sessionColumns = new ArrayList<>();
    private Map<UUID, Completion.Tally> tallies = Map.of();
    private final HBox bar;

    AttendanceView(AttendanceGrid grid, Localization tr) {
        this.grid = grid;
        this.tr = tr;
        getStyleClass().addAll(Styles.PAGE, "attendance");

        week.setId(WEEK_ID);
        week.valueProperty().addListener((o, old, now) -> {
            if (now != null) {
                showWeek(now);
            }
        });
        Button undo = Toolbars.button(tr.tr("attendance.undo"), UNDO_ID, grid::undo);
        undo.disableProperty().bind(grid.history().canUndoProperty().not().or(grid.history().busyProperty()));
        Button redo = Toolbars.button(tr.tr("attendance.redo"), REDO_ID, grid::redo);
        redo.disableProperty().bind(grid.history().canRedoProperty().not().or(grid.history().busyProperty()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        LaoText.show(legend, tr.tr("attendance.legend"));
        legend.getStyleClass().add(Styles.MUTED);
        bar = new HBox(12, new Label(tr.tr("attendance.week")), week, legend, grow, undo, redo);
        bar.getStyleClass().add(Styles.TOOLBAR);
        setTop(new VBox(8, bar));

        table.setId(TABLE_ID);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Line line, boolean empty) {
                super.updateItem(line, empty);
                boolean withdrawn = !empty && line != null && withdrawn(line);
                if (withdrawn != getStyleClass().contains(WITHDRAWN_STYLE)) {
                    if (withdrawn) {
                        getStyleClass().add(WITHDRAWN_STYLE);
                    } else {
                        getStyleClass().remove(WITHDRAWN_STYLE);
                    }
                }
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        setCenter(table);

        grid.onChanged(this::refresh);
        // Read again after each save: the same trainees and sessions keep the rows, columns and focus.
        grid.sheetProperty().addListener((o, old, now) -> {
            if (now == null) {
                return;
            }
            if (old != null && old.roster().lines().equals(now.roster().lines()) && old.sessions().equals(now.sessions())) {
                refresh();
            } else {
                sheetRead(now, old == null);
            }
        });
        Label message = new Label();
        message.setId(MESSAGE_ID);
        message.getStyleClass().add(Styles.MUTED);
        LaoText.follow(message, grid.messageProperty());
        setBottom(message);
    }

    TableView<Line> table() {
        return table;
    }

    /** Puts {@code tool} at the end of the toolbar, after undo and redo. */
    void addTool(Button tool) {
        bar.getChildren().add(tool);
    }

    private void sheetRead(Sheet sheet, boolean first) {
        table.getItems().setAll(sheet.roster().lines());
        int weeks = AttendanceGrid.weeks(sheet.sessions());
        Integer chosen = week.getValue();
        List<Integer> choices = new ArrayList<>();
        choices.add(0);
        for (int w = 1; w <= weeks; w++) {
            choices.add(w);
        }
        week.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer w) {
                if (w == null) {
                    return "";
                }
                if (w == 0) {
                    return tr.tr("attendance.week.all", sheet.sessions().size());
                }
                LocalDate monday = AttendanceGrid.mondayOf(sheet.sessions(), w);
                return tr.tr("attendance.week.n", w, DAY.format(monday), DAY.format(monday.plusDays(6)));
            }

            @Override
            public Integer fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        week.getItems().setAll(choices);
        int show = first || chosen == null || chosen > weeks ? AttendanceGrid.weekOf(sheet.sessions(), sheet.now().toLocalDate()) : chosen;
        if (Integer.valueOf(show).equals(week.getValue())) {
            showWeek(show);
        } else {
            week.setValue(show);
        }
    }

    private void showWeek(int w) {
        Sheet sheet = grid.sheetProperty().get();
        if (sheet == null) {
            return;
        }
        List<TableColumn<Line, ?>> columns = new ArrayList<>();
        columns.add(text(tr.tr("roster.column.no"), l -> String.valueOf(l.no()), 48));
        columns.add(text(tr.tr("roster.column.name_local"), l -> l.person().nameLocal(), 180));
        columns.add(text(tr.tr("roster.column.name_latin"), l -> l.person().nameLatin(), 190));
        columns.add(text(tr.tr("attendance.column.attended"), l -> {
            Completion.Tally t = tally(l);
            return withdrawn(l) ? "" : t.attended() + " / " + t.toDate();
        }, 90));
        columns.add(text(tr.tr("attendance.column.rate"), l -> {
            Integer r = tally(l).rate();
            return r == null || withdrawn(l) ? "" : r + " %";
        }, 70));
        columns.add(text(tr.tr("attendance.column.completes"), l -> {
            Completion.Tally t = tally(l);
            if (withdrawn(l)) {
                return tr.tr(EnrollmentStatus.WITHDRAWN);
            }
            return t.rate() == null ? "" : t.completes() ? "✓" : tr.tr("attendance.short", sheet.threshold());
        }, 110));
        sessionColumns.clear();
        for (Session s : AttendanceGrid.sessionsOf(sheet.sessions(), w)) {
            TableColumn<Line, Mark> c = new TableColumn<>();
            c.setUserData(s);
            c.setSortable(false);
            c.setReorderable(false);
            c.setPrefWidth(64);
            c.getStyleClass().add(SESSION_STYLE);
            c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(grid.mark(new Key(cd.getValue().enrollment().id(), s.id()))));
            c.setCellFactory(col -> new TextCell<>(this::letter));
            sessionColumns.add(c);
            columns.add(c);
        }
        table.getColumns().setAll(columns);
        refresh();
    }

    private static boolean withdrawn(Line line) {
        return line.enrollment().status() == EnrollmentStatus.WITHDRAWN;
    }

    /** The letter a mark is typed and shown as. */
    private String letter(Mark mark) {
        return switch (mark) {
            case PRESENT -> tr.tr("attendance.mark.PRESENT");
            case LATE -> tr.tr("attendance.mark.LATE");
            case EXCUSED -> tr.tr("attendance.mark.EXCUSED");
            case ABSENT -> tr.tr("attendance.mark.ABSENT");
        };
    }

    private Completion.Tally tally(Line line) {
        return tallies.get(line.enrollment().id());
    }

    /** Marks, totals and the sessions' counts shown again (after a save, an undo, a reload). */
    private void refresh() {
        Sheet sheet = grid.sheetProperty().get();
        if (sheet == null) {
            return;
        }
        Sheet now = grid.current();
        Map<UUID, Completion.Tally> counted = new HashMap<>();
        sheet.roster().lines().forEach(l -> counted.put(l.enrollment().id(), now.tally(l.enrollment().id())));
        tallies = counted;
        for (TableColumn<Line, Mark> c : sessionColumns) {
            Session s = (Session) c.getUserData();
            long present = 0;
            long expected = 0;
            for (Line l : sheet.roster().lines()) {
                if (withdrawn(l)) {
                    continue;
                }
                expected++;
                Mark m = grid.mark(new Key(l.enrollment().id(), s.id()));
                if (m == Mark.PRESENT || m == Mark.LATE) {
                    present++;
                }
            }
            Label header = new Label(tr.tr("attendance.column.session", DAY.format(s.startsAt()), TIME.format(s.startsAt()), present, expected));
            header.setTooltip(LaoText.tooltip(tr.tr(s.startsAt().getDayOfWeek()) + " " + DAY.format(s.startsAt()) + " "
                    + TIME.format(s.startsAt()) + "–" + TIME.format(s.endsAt()) + "\n" + s.title()));
            c.setGraphic(header);
        }
        table.refresh();
    }

    private void key(KeyEvent e) {
        if (new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN).match(e)) {
            grid.undo();
            e.consume();
            return;
        }
        if (new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN).match(e)) {
            grid.redo();
            e.consume();
            return;
        }
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        Mark mark;
        switch (e.getCode()) {
            case P -> mark = Mark.PRESENT;
            case L -> mark = Mark.LATE;
            case E -> mark = Mark.EXCUSED;
            case A -> mark = Mark.ABSENT;
            case DELETE, BACK_SPACE -> mark = null;
            case ENTER -> {
                moveDown();
                e.consume();
                return;
            }
            default -> {
                return;
            }
        }
        e.consume();
        List<Key> keys = selectedKeys();
        if (keys.isEmpty()) {
            return;
        }
        grid.enter(keys, mark);
        if (keys.size() == 1) {
            moveOn();
        }
    }

    private List<Key> selectedKeys() {
        List<Key> keys = new ArrayList<>();
        for (TablePosition<?, ?> p : table.getSelectionModel().getSelectedCells()) {
            if (p.getTableColumn() != null && p.getTableColumn().getUserData() instanceof Session s && p.getRow() >= 0
                    && p.getRow() < table.getItems().size()) {
                keys.add(new Key(table.getItems().get(p.getRow()).enrollment().id(), s.id()));
            }
        }
        return keys;
    }

    /** To the next session of the row, or the first of the next row at the end of it. */
    private void moveOn() {
        TablePosition<Line, ?> at = table.getFocusModel().getFocusedCell();
        int i = sessionColumns.indexOf(at.getTableColumn());
        if (i < 0) {
            return;
        }
        if (i + 1 < sessionColumns.size()) {
            select(at.getRow(), sessionColumns.get(i + 1));
        } else if (at.getRow() + 1 < table.getItems().size()) {
            select(at.getRow() + 1, sessionColumns.get(0));
        }
    }

    private void moveDown() {
        TablePosition<Line, ?> at = table.getFocusModel().getFocusedCell();
        if (at != null && at.getTableColumn() != null && at.getRow() + 1 < table.getItems().size()) {
            select(at.getRow() + 1, at.getTableColumn());
        }
    }

    private void select(int row, TableColumn<Line, ?> column) {
        table.getSelectionModel().clearAndSelect(row, column);
        table.getFocusModel().focus(row, column);
        Platform.runLater(() -> table.scrollToColumn(column));
    }

    private static TableColumn<Line, String> text(String title, Function<Line, String> value, double width) {
        TableColumn<Line, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        c.setCellFactory(col -> TextCell.plain());
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

}

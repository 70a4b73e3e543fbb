package org.cohortdesk.ui.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.Mark;
import org.cohortdesk.model.Session;
import org.cohortdesk.service.attendance.AttendanceFixture;
import org.cohortdesk.service.attendance.AttendanceService;
import org.cohortdesk.service.attendance.AttendanceService.Key;
import org.cohortdesk.service.roster.RosterService.Line;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.LegacyH2;
import org.cohortdesk.ui.common.Fonts;
import org.cohortdesk.ui.common.FxThread;
import org.cohortdesk.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The attendance grid in a real window over a real H2 file: marks typed from the keyboard, saved, undone. */
class AttendanceViewTest extends FxRobot {
    static {
        try {
            FxToolkit.registerPrimaryStage();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(e);
        }
        Fonts.loadBundled();
    }

    @TempDir
    Path dir;
    Database db;
    TaskRunner tasks;
    AttendanceService service;
    Dialog<ButtonType> dialog;
    List<Session> sessions;
    Enrollment vilay;
    Enrollment anh;

    @BeforeEach
    void cohortWithTwoWeeksOfMornings() throws Exception {
        db = Database.open(new DataFolder(dir), LegacyH2.none());
        AttendanceFixture f = AttendanceFixture.insert(db, 12);
        service = f.service();
        sessions = f.sessions();
        vilay = f.vilay();
        anh = f.anh();
        tasks = TaskRunner.background(FxThread.started());
        AttendanceGrid grid = new AttendanceGrid(AttendanceFixture.CODE, service::sheet, changes -> service.mark(AttendanceFixture.CODE, changes),
                new Localization(Language.EN), tasks, e -> { throw new AssertionError(e); });
        FxToolkit.setupFixture(() -> {
            dialog = AttendanceDialog.show(grid, new Localization(Language.EN), null);
        });
        waitUntil(() -> !table().getItems().isEmpty() && sessionColumns().size() == 5);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> dialog.close());
        tasks.close();
        db.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<Line> table() {
        return (TableView<Line>) lookup("#" + AttendanceView.TABLE_ID).queryAs(TableView.class);
    }

    private List<TableColumn<Line, ?>> sessionColumns() {
        return table().getColumns().stream().filter(c -> c.getUserData() instanceof Session).collect(Collectors.toList());
    }

    private Node cellAt(int row, TableColumn<Line, ?> column) {
        return lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() == column && c.getIndex() == row && c.isVisible())
                .findFirst().orElseThrow(() -> new AssertionError("no cell at " + row));
    }

    private Map<Key, Mark> stored() {
        return service.sheet("LAO-2026-05").marks().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().mark()));
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void opensOnTheCurrentWeekAndTypedLettersMarkAlongTheRowThenUndo() throws Exception {
        List<TableColumn<Line, ?>> week = sessionColumns();
        assertEquals(sessions.get(0), week.get(0).getUserData(), "Wednesday 6 May is in week 1");
        int vilayRow = table().getItems().stream().map(l -> l.enrollment().id()).toList().indexOf(vilay.id());

        clickOn(cellAt(vilayRow, week.get(0)));
        type(KeyCode.P, KeyCode.L, KeyCode.A);
        waitUntil(() -> stored().size() == 3);
        assertEquals(Map.of(new Key(vilay.id(), sessions.get(0).id()), Mark.PRESENT, new Key(vilay.id(), sessions.get(1).id()), Mark.LATE,
                new Key(vilay.id(), sessions.get(2).id()), Mark.ABSENT), stored());
        waitUntil(() -> !table().isDisabled());
        assertTrue(texts().contains("04/05\n08:00\n1 / 2"), texts().toString());
        Line vilayLine = table().getItems().get(vilayRow);
        assertEquals("2 / 3", table().getColumns().stream().filter(c -> c.getText().equals("Attended")).findFirst().orElseThrow()
                .getCellData(vilayLine));
        assertEquals("below 80 %", table().getColumns().stream().filter(c -> c.getText().equals("Completes")).findFirst().orElseThrow()
                .getCellData(vilayLine));

        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> stored().size() == 2);
        assertEquals(null, stored().get(new Key(vilay.id(), sessions.get(2).id())), "the last mark is undone in the file");
        waitUntil(() -> "Undone: 1 mark.".equals(lookup("#" + AttendanceView.MESSAGE_ID).queryAs(Label.class).getText()));
        press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        waitUntil(() -> stored().size() == 3);
    }

    @Test
    void aMarkGoesIntoEverySelectedCellAndDeleteClearsThem() throws Exception {
        TableColumn<Line, ?> monday = sessionColumns().get(0);
        clickOn(cellAt(0, monday));
        press(KeyCode.SHIFT).clickOn(cellAt(1, monday)).release(KeyCode.SHIFT);
        type(KeyCode.E);
        waitUntil(() -> stored().size() == 2);
        assertTrue(stored().values().stream().allMatch(m -> m == Mark.EXCUSED), stored().toString());
        type(KeyCode.DELETE);
        waitUntil(() -> stored().isEmpty());
    }

    private List<String> texts() {
        return lookup(".label").queryAll().stream().filter(n -> n instanceof Label).map(n -> ((Label) n).getText()).toList();
    }
}

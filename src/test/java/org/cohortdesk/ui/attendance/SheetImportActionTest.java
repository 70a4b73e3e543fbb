package org.cohortdesk.ui.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Mark;
import org.cohortdesk.service.attendance.AttendanceFixture;
import org.cohortdesk.service.attendance.AttendanceImport;
import org.cohortdesk.service.attendance.AttendanceService;
import org.cohortdesk.service.attendance.SignInFill;
import org.cohortdesk.service.export.SignInSheets;
import org.cohortdesk.service.roster.RosterService;
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

/** "Import sheet…" in the attendance window over a real H2 file: a filled-in sheet confirmed and saved, a bad one refused with its cells. */
class SheetImportActionTest extends FxRobot {
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
    AttendanceFixture fx;
    SheetImportAction action;
    Dialog<ButtonType> dialog;
    Path printed;

    @BeforeEach
    void printedWeekAndWindow() throws Exception {
        db = Database.open(new DataFolder(dir.resolve("data")), LegacyH2.none());
        fx = AttendanceFixture.insert(db, 5);
        SignInSheets sheets = new SignInSheets(db.jdbi(), new RosterService(db.jdbi()));
        Localization en = new Localization(Language.EN);
        printed = dir.resolve("week1.xlsx");
        sheets.write(sheets.week(AttendanceFixture.CODE, 1, en), en, printed);
        tasks = TaskRunner.background(FxThread.started());
        AttendanceService service = fx.service();
        AttendanceGrid grid = new AttendanceGrid(AttendanceFixture.CODE, service::sheet, changes -> service.mark(AttendanceFixture.CODE, changes),
                en, tasks, e -> { throw new AssertionError(e); });
        action = new SheetImportAction(AttendanceFixture.CODE, new AttendanceImport(service), tasks, e -> { throw new AssertionError(e); }, en,
                grid::changedElsewhere);
        FxToolkit.setupFixture(() -> {
            dialog = AttendanceDialog.show(grid, action, en, null);
        });
        waitUntil(() -> !table().getItems().isEmpty());
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> {
            List.copyOf(Window.getWindows()).stream().filter(w -> w != dialog.getDialogPane().getScene().getWindow())
                    .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof javafx.scene.control.DialogPane)
                    .forEach(Window::hide);
            dialog.close();
        });
        tasks.close();
        db.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<?> table() {
        return lookup("#" + AttendanceView.TABLE_ID).queryAs(TableView.class);
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Map<AttendanceService.Key, AttendanceService.Cell> stored() {
        return fx.service().sheet(AttendanceFixture.CODE).marks();
    }

    @Test
    void theToolbarOffersTheImportAndAConfirmedSheetIsSavedAndShown() throws Exception {
        assertTrue(lookup("#" + SheetImportAction.BUTTON_ID).queryAs(Button.class).getText().startsWith("Import sheet"));
        Path filled = SignInFill.fill(printed, dir.resolve("filled.xlsx"), Map.of("Monday 04-05!D3", "P", "Tuesday 05-05!D4", "E"));
        interact(() -> action.read(filled, false, null));
        waitUntil(() -> lookup(".button").match(n -> n instanceof Button b && "OK".equals(b.getText())).tryQuery().isPresent());
        assertTrue(lookup(".label").match(n -> n instanceof javafx.scene.control.Label l && l.getText() != null
                && l.getText().startsWith("Cells read: 2; marks new: 2")).tryQuery().isPresent(), "the summary to confirm");
        assertEquals(0, stored().size(), "nothing saved before the user confirms");
        clickOn("OK");
        waitUntil(() -> stored().size() == 2);
        assertEquals(Mark.EXCUSED, stored().get(new AttendanceService.Key(fx.vilay().id(), fx.sessions().get(1).id())).mark());
    }

    @Test
    void aBadSheetIsRefusedWithEachCellNamedAndNothingSaved() throws Exception {
        Path filled = SignInFill.fill(printed, dir.resolve("filled.xlsx"), Map.of("Monday 04-05!D3", "P", "Monday 04-05!D4", "ok"));
        interact(() -> action.read(filled, false, null));
        waitUntil(() -> lookup(".text-area").tryQuery().isPresent());
        String listed = lookup(".text-area").queryAs(TextArea.class).getText();
        assertEquals("Monday 04-05!D4: \"ok\" is not a mark: use P (present), L (late), E (excused) or A (absent).", listed);
        assertEquals(0, stored().size());
    }
}

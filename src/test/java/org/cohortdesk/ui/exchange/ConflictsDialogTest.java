package org.cohortdesk.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.exchange.ExchangeService;
import org.cohortdesk.ui.common.FxThread;
import org.cohortdesk.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The conflicts resolver in a real window: a trainee's phone and e-mail changed at the academy and
 * at the partner institution (two real H2 files, a real package between them); the coordinator
 * takes their phone, keeps her e-mail, and the row is settled.
 */
class ConflictsDialogTest extends FxRobot {
    static final String CODE = "LAO-2026-07";

    @TempDir
    Path dir;
    TwoInstitutions two;
    ExchangeService academy;
    TaskRunner tasks;
    Dialog<ButtonType> dialog;

    @BeforeEach
    void aConflictAtTheAcademy() throws Exception {
        two = new TwoInstitutions(dir, CODE, "Vilay Sisouphanh", "+856 20 1", "vilay@moha.gov.la");
        academy = two.academy();
        ExchangeService partner = two.partner();
        partner.importPackage(academy.export(CODE, dir.resolve("first.cohortdesk")).file(), false);
        two.edit(two.partnerDb, "+856 20 2222", "vilay.s@gmail.com");
        two.edit(two.academyDb, "+84 91 3333", "vilay@napa.vn");
        assertEquals(1, academy.importPackage(partner.export(CODE, dir.resolve("back.cohortdesk")).file(), false).conflicts().size());

        tasks = TaskRunner.background(FxThread.started());
        ConflictsViewModel model = new ConflictsViewModel(academy::conflicts, academy::resolve, new Localization(Language.EN), tasks,
                e -> { throw new AssertionError(e); });
        FxToolkit.setupFixture(() -> {
            dialog = ConflictsDialog.show(model, null);
        });
        waitUntil(() -> list().getItems().size() == 1 && fieldCheckBoxes().size() >= 2);
    }

    String stored(String column) {
        return two.stored(two.academyDb, column);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> dialog.close());
        tasks.close();
        two.close();
    }

    ListView<ExchangeService.Conflict> list() {
        return list(this);
    }

    List<CheckBox> fieldCheckBoxes() {
        return fieldCheckBoxes(this);
    }

    /** The resolver's list of conflicts. */
    @SuppressWarnings("unchecked")
    static ListView<ExchangeService.Conflict> list(FxRobot robot) {
        return (ListView<ExchangeService.Conflict>) robot.lookup("#" + ConflictsDialog.LIST_ID).queryAs(ListView.class);
    }

    /** The cells of the shown fields' rows. */
    static java.util.stream.Stream<TableCell<?, ?>> fieldCells(FxRobot robot) {
        return robot.lookup("#" + ConflictsDialog.FIELDS_ID + " .table-cell").<TableCell<?, ?>>queryAll().stream()
                .filter(c -> c.getIndex() >= 0 && c.getIndex() < c.getTableView().getItems().size());
    }

    /** The "take theirs" check boxes of the shown fields, by row. */
    static List<CheckBox> fieldCheckBoxes(FxRobot robot) {
        return fieldCells(robot)
                .filter(c -> c.getGraphic() instanceof CheckBox)
                .sorted(java.util.Comparator.comparingInt(TableCell::getIndex))
                .map(c -> (CheckBox) c.getGraphic())
                .toList();
    }

    static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void takingTheirPhoneAndKeepingMyEmailSettlesTheRow() throws Exception {
        assertTrue(list().getItems().get(0).label().contains("Vilay Sisouphanh"));
        assertTrue(lookup(".list-cell").queryAllAs(javafx.scene.control.Labeled.class).stream().anyMatch(c -> "Person: Vilay Sisouphanh".equals(c.getText())));
        List<String> fields = list().getItems().get(0).fields().stream().map(ExchangeService.Field::column).toList();
        assertEquals(List.of("email", "phone"), fields, "the differing fields, in the order shown");

        clickOn(fieldCheckBoxes().get(fields.indexOf("phone")));
        clickOn("#" + ConflictsDialog.RESOLVE_ID);
        waitUntil(() -> list().getItems().isEmpty());

        assertEquals("+856 20 2222", stored("phone"), "theirs, as ticked");
        assertEquals("vilay@napa.vn", stored("email"), "mine, not ticked");
        assertEquals(List.of(), academy.conflicts());
        assertTrue(lookup("#" + ConflictsDialog.MESSAGE_ID).queryAs(Label.class).getText().startsWith("Resolved: Person: Vilay Sisouphanh"));
    }
}

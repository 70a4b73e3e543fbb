package org.cohortdesk.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
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
import org.cohortdesk.service.Services;
import org.cohortdesk.service.exchange.ExchangeService;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.LegacyH2;
import org.cohortdesk.store.TestData;
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

/**
 * The conflicts resolver in a real window: a trainee's phone and e-mail changed at the academy and
 * at the partner institution (two real H2 files, a real package between them); the coordinator
 * takes their phone, keeps her e-mail, and the row is settled.
 */
class ConflictsDialogTest extends FxRobot {
    static {
        try {
            FxToolkit.registerPrimaryStage();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(e);
        }
        Fonts.loadBundled();
    }

    static final String CODE = "LAO-2026-07";

    @TempDir
    Path dir;
    Database academyDb;
    Database partnerDb;
    ExchangeService academy;
    TaskRunner tasks;
    Dialog<ButtonType> dialog;
    UUID person;

    @BeforeEach
    void aConflictAtTheAcademy() throws Exception {
        academyDb = Database.open(new DataFolder(dir.resolve("academy")), LegacyH2.none());
        partnerDb = Database.open(new DataFolder(dir.resolve("partner")), LegacyH2.none());
        TestData data = new TestData().insertBasics(academyDb.jdbi());
        var cohort = data.cohort(CODE, LocalDate.of(2026, 7, 6), LocalDate.of(2026, 8, 28));
        person = data.insertCohortWithTrainee(academyDb.jdbi(), cohort, "Vilay Sisouphanh", "+856 20 1", "vilay@moha.gov.la");
        academy = Services.over(academyDb.jdbi(), java.time.Clock.systemUTC()).exchange();
        ExchangeService partner = Services.over(partnerDb.jdbi(), java.time.Clock.systemUTC()).exchange();
        partner.importPackage(academy.export(CODE, dir.resolve("first.cohortdesk")).file(), false);
        edit(partnerDb, "+856 20 2222", "vilay.s@gmail.com");
        edit(academyDb, "+84 91 3333", "vilay@napa.vn");
        assertEquals(1, academy.importPackage(partner.export(CODE, dir.resolve("back.cohortdesk")).file(), false).conflicts().size());

        tasks = TaskRunner.background(FxThread.started());
        ConflictsViewModel model = new ConflictsViewModel(academy::conflicts, academy::resolve, new Localization(Language.EN), tasks,
                e -> { throw new AssertionError(e); });
        FxToolkit.setupFixture(() -> {
            dialog = ConflictsDialog.show(model, null);
        });
        waitUntil(() -> list().getItems().size() == 1 && fieldCheckBoxes().size() >= 2);
    }

    void edit(Database db, String phone, String email) {
        db.jdbi().useHandle(h -> h.execute("UPDATE people SET phone = ?, email = ?, version = version + 1 WHERE id = ?", phone, email, person));
    }

    String stored(String column) {
        return academyDb.jdbi().withHandle(h -> h.createQuery("SELECT " + column + " FROM people WHERE id = :id").bind("id", person)
                .mapTo(String.class).one());
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> dialog.close());
        tasks.close();
        academyDb.close();
        partnerDb.close();
    }

    @SuppressWarnings("unchecked")
    ListView<ExchangeService.Conflict> list() {
        return (ListView<ExchangeService.Conflict>) lookup("#" + ConflictsDialog.LIST_ID).queryAs(ListView.class);
    }

    /** The "take theirs" check boxes of the shown fields, by row. */
    List<CheckBox> fieldCheckBoxes() {
        return lookup("#" + ConflictsDialog.FIELDS_ID + " .table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getIndex() >= 0 && c.getIndex() < c.getTableView().getItems().size() && c.getGraphic() instanceof CheckBox)
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

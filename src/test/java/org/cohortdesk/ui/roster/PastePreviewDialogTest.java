package org.cohortdesk.ui.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.model.Person;
import org.cohortdesk.service.roster.RosterService;
import org.cohortdesk.ui.AppContext;
import org.cohortdesk.ui.UiFixtures;
import org.cohortdesk.ui.WindowHarness;
import org.cohortdesk.ui.common.Styles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Rows pasted into a cohort: the preview shows a bad row's problem and refuses; good rows are added with one click. */
class PastePreviewDialogTest extends FxRobot {
    static final String HEADER = "STT\tHọ tên (chữ Lào)\tHọ tên\tGiới tính\tNgày sinh\tSố hộ chiếu\tHộ chiếu hết hạn\tPhòng\n";

    @TempDir
    Path dir;

    WindowHarness harness;
    AppContext context;
    final AtomicInteger saved = new AtomicInteger();

    void open(Language language) throws Exception {
        harness = WindowHarness.show(dir, language, UiFixtures::insertCohorts);
        harness.waitUntilReady();
        context = harness.window().context().orElseThrow();
    }

    void paste(String text) throws Exception {
        FxToolkit.setupFixture(() -> PastePreviewDialog.show(context, "LAO-2026-07", text, saved::incrementAndGet));
        WindowHarness.waitUntil(() -> lookup("#" + PastePreviewDialog.TABLE_ID).tryQuery().isPresent());
    }

    @AfterEach
    void close() throws Exception {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void showsABadRowsProblemAndRefusesThenAddsGoodRows() throws Exception {
        open(Language.EN);
        paste(HEADER
                + "1\tບຸນມີ ພົມມະຈັນ\tBOUNMY PHOMMACHANH\tNữ\t12/04/1988\tP0900001\t01/01/2033\tB204\n"
                + "2\tວິໄລ ອິນທະວົງ\tVILAY INTHAVONG\tNam\t31/02/1990\tP0900002\t01/01/2033\t\n");
        TableView<PastePreviewRow> table = lookup("#" + PastePreviewDialog.TABLE_ID).queryTableView();
        WindowHarness.waitUntil(() -> table.getItems().size() == 2);
        Labeled summary = lookup("#" + PastePreviewDialog.SUMMARY_ID).queryLabeled();
        WindowHarness.waitUntil(() -> summary.getText().contains("error"));
        assertEquals("2 people to add, 1 error: fix them in the spreadsheet and paste again.", summary.getText());
        assertTrue(summary.getStyleClass().contains(PastePreviewDialog.ERROR));
        Labeled problem = lookup(".table-cell." + PastePreviewDialog.ERROR).queryLabeled();
        assertEquals("Row 3, column E (Ngày sinh): \"31/02/1990\" is not a date; write it as dd/mm/yyyy.", problem.getText());
        Labeled lao = lookup(".table-cell").queryAllAs(Labeled.class).stream().filter(c -> "ບຸນມີ ພົມມະຈັນ".equals(c.getText()))
                .findFirst().orElseThrow();
        assertTrue(lao.getStyleClass().contains(Styles.LAO), "Lao names in the Lao font");
        Button add = lookup("#" + PastePreviewDialog.ADD_ID).queryButton();
        assertTrue(add.isDisabled(), "no saving while a row has an error");
        assertEquals("Add 2 people", add.getText());
        clickOn("#" + PastePreviewDialog.CANCEL_ID);
        WindowHarness.waitUntil(() -> lookup("#" + PastePreviewDialog.TABLE_ID).tryQuery().isEmpty());
        assertEquals(0, roster().lines().size(), "nothing was written");

        paste(HEADER
                + "1\tບຸນມີ ພົມມະຈັນ\tBOUNMY PHOMMACHANH\tNữ\t12/04/1988\tP0900001\t01/01/2033\tB204\n"
                + "2\tວິໄລ ອິນທະວົງ\tVILAY INTHAVONG\tNam\t28/02/1990\tP0900002\t01/01/2033\t\n");
        Button again = lookup("#" + PastePreviewDialog.ADD_ID).queryButton();
        WindowHarness.waitUntil(() -> !again.isDisabled());
        assertEquals("Add 2 people", again.getText());
        clickOn(again);
        WindowHarness.waitUntil(() -> saved.get() == 1);
        assertFalse(lookup("#" + PastePreviewDialog.TABLE_ID).tryQuery().isPresent(), "the dialog closes once the people are in");
        List<Person> people = roster().lines().stream().map(RosterService.Line::person).toList();
        assertEquals(List.of("BOUNMY PHOMMACHANH", "VILAY INTHAVONG"), people.stream().map(Person::nameLatin).toList());
        assertEquals("ບຸນມີ ພົມມະຈັນ", people.get(0).nameLocal());
        assertEquals("B204", roster().lines().get(0).enrollment().room());
        assertEquals(List.of(), harness.sqlOnFxThread(), "no SQL on the FX thread");
    }

    @Test
    void aNomineeFileOpensInThePreviewNamedInTheTitleAndABadFileIsSaidInTheSummary() throws Exception {
        open(Language.EN);
        Path file = dir.resolve("nominees-libreoffice.xlsx");
        try (var in = getClass().getResourceAsStream("/org/cohortdesk/service/nominees/nominees-libreoffice.xlsx")) {
            java.nio.file.Files.copy(in, file);
        }
        javafx.scene.control.Dialog<?>[] dialog = {null};
        FxToolkit.setupFixture(() -> dialog[0] = PastePreviewDialog.showFile(context, "LAO-2026-07", file, null, saved::incrementAndGet));
        WindowHarness.waitUntil(() -> lookup("#" + PastePreviewDialog.TABLE_ID).tryQuery().isPresent());
        assertEquals("Add people from nominees-libreoffice.xlsx: LAO-2026-07", dialog[0].getTitle());
        Button add = lookup("#" + PastePreviewDialog.ADD_ID).queryButton();
        WindowHarness.waitUntil(() -> !add.isDisabled());
        assertEquals("Add 2 people", add.getText());
        clickOn(add);
        WindowHarness.waitUntil(() -> saved.get() == 1);
        assertEquals(List.of("Bounmy Phommachanh", "Souksavanh Keomany"),
                roster().lines().stream().map(l -> l.person().nameLatin()).sorted().toList());

        Path empty = java.nio.file.Files.write(dir.resolve("empty.csv"), new byte[0]);
        FxToolkit.setupFixture(() -> PastePreviewDialog.showFile(context, "LAO-2026-07", empty, null, saved::incrementAndGet));
        Labeled summary = lookup("#" + PastePreviewDialog.SUMMARY_ID).queryLabeled();
        WindowHarness.waitUntil(() -> summary.getText().contains("empty"));
        assertEquals("empty.csv is empty.", summary.getText());
        assertTrue(lookup("#" + PastePreviewDialog.ADD_ID).queryButton().isDisabled());
        assertEquals(List.of(), harness.sqlOnFxThread(), "no SQL on the FX thread");
    }

    @Test
    void aWorkbookWithSeveralSheetsAsksWhichToRead() throws Exception {
        open(Language.EN);
        Path file = dir.resolve("two-sheets.xlsx");
        try (var out = java.nio.file.Files.newOutputStream(file)) {
            org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
            org.dhatim.fastexcel.Worksheet summary = wb.newWorksheet("Summary");
            summary.value(0, 0, "Total");
            org.dhatim.fastexcel.Worksheet list = wb.newWorksheet("Nominees");
            list.value(0, 0, "Name");
            list.value(0, 1, "Sex");
            list.value(1, 0, "Noy Vong");
            list.value(1, 1, "F");
            wb.finish();
        }
        FxToolkit.setupFixture(() -> NomineeSheetStep.start(context, "LAO-2026-07", file, null, saved::incrementAndGet));
        WindowHarness.waitUntil(() -> lookup("#" + NomineeSheetStep.DIALOG_ID).tryQuery().isPresent());
        javafx.scene.control.ComboBox<String> choice = lookup(".combo-box").queryComboBox();
        assertEquals(List.of("Summary", "Nominees"), List.copyOf(choice.getItems()));
        FxToolkit.setupFixture(() -> choice.getSelectionModel().select("Nominees"));
        clickOn("Read this sheet");
        WindowHarness.waitUntil(() -> lookup("#" + PastePreviewDialog.TABLE_ID).tryQuery().isPresent());
        TableView<PastePreviewRow> table = lookup("#" + PastePreviewDialog.TABLE_ID).queryTableView();
        WindowHarness.waitUntil(() -> table.getItems().size() == 1);
        assertEquals("Noy Vong", table.getItems().get(0).nameLatin());
        assertEquals(List.of(), harness.sqlOnFxThread(), "no SQL on the FX thread");
    }

    private RosterService.Roster roster() {
        return context.services().rosters().roster("LAO-2026-07");
    }
}

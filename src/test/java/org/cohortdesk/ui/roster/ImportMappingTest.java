package org.cohortdesk.ui.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.service.roster.PasteColumn;
import org.cohortdesk.service.roster.RosterService;
import org.cohortdesk.ui.AppContext;
import org.cohortdesk.ui.UiFixtures;
import org.cohortdesk.ui.WindowHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The import wizard's mapping step in the real window: a column the header did not name is given its
 * field and the problems go at once; a field taken from another column is explained; a row linked to
 * someone on file by birth date and name is made a new person with one click; then the people are added.
 */
class ImportMappingTest extends FxRobot {
    /** Column A's title is no known one; row 4 is SOMSACK 1 of the fixture (born 01/01/1981) with another passport. */
    static final String LIST = "Danh sách đoàn\nTên gọi;Ngày sinh;Số hộ chiếu;Ghi chú riêng\n"
            + "Noy Vong;01/01/1990;N1234567;Noy V.\nSomsack 1;01/01/1981;P9999999;S.\n";

    @TempDir
    Path dir;

    WindowHarness harness;
    AppContext context;
    final AtomicInteger saved = new AtomicInteger();

    @AfterEach
    void close() throws Exception {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void aColumnGivenItsFieldClearsTheProblemsAndALinkedRowCanBeANewPerson() throws Exception {
        harness = WindowHarness.show(dir, Language.EN, UiFixtures::insertCohorts);
        harness.waitUntilReady();
        context = harness.window().context().orElseThrow();
        Path file = Files.writeString(dir.resolve("list.csv"), LIST, StandardCharsets.UTF_8);
        FxToolkit.setupFixture(() -> PastePreviewDialog.showFile(context, "LAO-2026-07", file, null, saved::incrementAndGet));
        WindowHarness.waitUntil(() -> lookup("#" + ColumnMappingPane.MAPPING_ID).tryQuery().map(n -> n.isVisible()).orElse(false));

        Labeled summary = lookup("#" + PastePreviewDialog.SUMMARY_ID).queryLabeled();
        Button add = lookup("#" + PastePreviewDialog.ADD_ID).queryButton();
        assertTrue(notes().contains("No column holds the name as written in the passport"), notes());
        assertTrue(add.isDisabled());
        WindowHarness.waitUntil(() -> summary.getText().contains("error"));
        assertEquals("2 people to add, 3 errors: give a column its field above, or fix the file and import it again.", summary.getText());
        assertNull(field("A").getValue(), "column A is not imported");
        assertEquals("Not imported", field("A").getConverter().toString(field("A").getValue()));
        assertEquals(PasteColumn.BIRTH_DATE, field("B").getValue());

        choose("A", PasteColumn.NAME_LATIN);
        WindowHarness.waitUntil(() -> !add.isDisabled());
        assertFalse(notes().contains("No column holds the name"), notes());
        assertEquals("Add 2 people", add.getText());
        TableView<PastePreviewRow> table = lookup("#" + PastePreviewDialog.TABLE_ID).queryTableView();
        assertEquals(List.of("Noy Vong", "Somsack 1"), table.getItems().stream().map(PastePreviewRow::nameLatin).toList());
        PastePreviewRow somsack = table.getItems().get(1);
        assertEquals("On file", somsack.record());
        assertEquals("SOMSACK 1 (same birth date and a similar name)", somsack.link());
        assertTrue(somsack.problemText().contains("whose passport number on file is P0100001"), somsack.problemText());

        CheckBox link = lookup("#" + LinkCell.LINK_ID_PREFIX + "4").query();
        assertTrue(link.isSelected());
        clickOn(link);
        WindowHarness.waitUntil(() -> table.getItems().size() == 2 && table.getItems().get(1).record().equals("New"));
        assertEquals("Added as a new person", table.getItems().get(1).link());
        assertTrue(table.getItems().get(1).problemText().contains("May be the same person as SOMSACK 1"));

        choose("D", PasteColumn.NAME_LATIN);
        WindowHarness.waitUntil(() -> notes().contains("can come from one column only"));
        assertTrue(notes().contains("it now comes from column D, so column A is no longer imported"), notes());
        WindowHarness.waitUntil(() -> field("A").getValue() == null);
        WindowHarness.waitUntil(() -> table.getItems().size() == 2 && table.getItems().get(0).nameLatin().equals("Noy V."));

        choose("A", PasteColumn.NAME_LATIN);
        WindowHarness.waitUntil(() -> table.getItems().size() == 2 && table.getItems().get(0).nameLatin().equals("Noy Vong")
                && !add.isDisabled());
        assertEquals("New", table.getItems().get(1).record(), "the row stays a new person across a change of columns");
        clickOn(add);
        WindowHarness.waitUntil(() -> saved.get() == 1);
        RosterService.Roster roster = context.services().rosters().roster("LAO-2026-07");
        assertEquals(List.of("Noy Vong", "Somsack 1"), roster.lines().stream().map(l -> l.person().nameLatin()).sorted().toList());
        assertTrue(summary.getText().length() > 0);
        assertEquals(List.of(), harness.sqlOnFxThread(), "no SQL on the FX thread");
    }

    @SuppressWarnings("unchecked")
    private ChoiceBox<PasteColumn> field(String letter) {
        return (ChoiceBox<PasteColumn>) lookup("#" + ColumnMappingPane.FIELD_ID_PREFIX + letter).query();
    }

    /** Picks the field from the column's choice box as a user does: opens it and clicks the item. */
    private void choose(String letter, PasteColumn field) {
        ChoiceBox<PasteColumn> box = field(letter);
        clickOn(box);
        String name = box.getConverter().toString(field);
        clickOn(lookup(".context-menu .menu-item .label").queryAllAs(Labeled.class).stream()
                .filter(l -> l.getText().equals(name) && l.getScene() != null && l.getScene().getWindow().isShowing())
                .findFirst().orElseThrow());
    }

    private String notes() {
        VBox notes = lookup("#" + PastePreviewDialog.NOTES_ID).query();
        return notes.lookupAll(".label").stream().map(n -> ((Labeled) n).getText()).reduce("", (a, b) -> a + "\n" + b)
                + notes.lookupAll(".text").stream().map(n -> ((javafx.scene.text.Text) n).getText()).reduce("", (a, b) -> a + b);
    }
}

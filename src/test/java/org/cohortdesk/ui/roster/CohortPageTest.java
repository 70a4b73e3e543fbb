package org.cohortdesk.ui.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.ui.cohort.CohortRow;
import org.cohortdesk.ui.common.Styles;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A cohort opened from the list on a real data folder: its header, roster, warnings, filter, copy, status and Back. */
class CohortPageTest extends RosterPageFixture {

    @Test
    void opensACohortShowsItsRosterFiltersCopiesChangesStatusAndGoesBack() throws Exception {
        prepare(dir);
        show(dir, Language.EN);
        TableView<CohortRow> list = lookup("#cohortTable").queryTableView();
        waitUntil(() -> list.getItems().size() == 8);
        clickOn("#cohortFilter");
        write("digital");
        waitUntil(() -> list.getItems().size() == 2);

        doubleClickOn(cell("LAO-2026-03"));
        waitUntil(() -> lookup("#rosterTable").tryQuery().isPresent());
        TableView<RosterRow> roster = lookup("#rosterTable").queryTableView();
        waitUntil(() -> roster.getItems().size() == 22);
        assertEquals("LAO-2026-03", lookup("#rosterCode").queryLabeled().getText());
        assertTrue(texts().contains("Digital transformation in public administration"));
        assertTrue(texts().contains("Học viện Chính trị và Hành chính Quốc gia Lào"), "the partner");
        assertTrue(texts().contains("04/05/2026 – 29/05/2026"));
        Labeled size = lookup("#rosterSize").queryLabeled();
        assertEquals("22 enrolled of 20 planned", size.getText());
        assertTrue(size.getStyleClass().contains(Styles.WARNING));
        assertTrue(texts().stream().anyMatch(t -> t.contains("22 trainees are enrolled, more than the 20 planned.")), "cohort warning");
        assertEquals("22 trainees", lookup("#rosterCount").queryLabeled().getText());

        RosterRow bounmy = roster.getItems().get(0);
        assertEquals("BOUNMY PHOMMACHANH", bounmy.nameLatin());
        TableCell<?, ?> mark = lookup(".roster-warning-mark").queryAs(TableCell.class);
        assertEquals("⚠", mark.getText());
        assertTrue(mark.getTooltip().getText().contains("The passport expires on 01/08/2026"), mark.getTooltip().getText());
        Labeled laoName = lookup(".table-cell").queryAllAs(Labeled.class).stream().filter(c -> "ບຸນມີ ພົມມະຈັນ".equals(c.getText()))
                .findFirst().orElseThrow();
        assertTrue(laoName.getStyleClass().contains(Styles.LAO));

        TextField filter = lookup("#rosterFilter").queryAs(TextField.class);
        clickOn(cell("SOMSACK 1"));
        FxToolkit.setupFixture(() -> cohorts.focusFilter());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(filter.isFocused(), "Ctrl+F (the shell asks the page to focus its filter) focuses the roster's filter");
        write("cham pa sac");
        waitUntil(() -> roster.getItems().size() == 1);
        assertEquals("1 of 22 trainees", lookup("#rosterCount").queryLabeled().getText());
        push(KeyCode.CONTROL, KeyCode.A);
        write("ສົມສັກ 2");
        waitUntil(() -> roster.getItems().size() == 4);
        assertEquals(List.of("SOMSACK 12", "SOMSACK 2", "SOMSACK 20", "SOMSACK 21"), roster.getItems().stream().map(RosterRow::nameLatin).toList());

        clickOn(cell("SOMSACK 2"));
        press(KeyCode.SHIFT);
        clickOn(cell("SOMSACK 20"));
        release(KeyCode.SHIFT);
        push(KeyCode.CONTROL, KeyCode.C);
        AtomicReference<String> copied = new AtomicReference<>();
        FxToolkit.setupFixture(() -> copied.set(Clipboard.getSystemClipboard().getString()));
        String[] lines = copied.get().split("\n");
        assertEquals(3, lines.length, copied.get());
        assertTrue(lines[0].startsWith("Warnings\tNo.\tName (Lao)\tName (Latin)\tSex\tDate of birth\t"), lines[0]);
        assertTrue(lines[1].matches("\t\\d+\tສົມສັກ 2\tSOMSACK 2\tFemale\t02/01/1982\t.*"), lines[1]);
        assertTrue(lines[2].contains("\tສົມສັກ 20\tSOMSACK 20\t"), lines[2]);
        assertTrue(lines[1].endsWith("Confirmed\t\t"), "empty attendance and notes cells still have their places: " + lines[1]);

        clickOn("#rosterStatusMenu");
        clickOn("Reported");
        waitUntil(() -> "Reported".equals(lookup("#rosterStatus").queryLabeled().getText()));
        assertEquals("Status changed to Reported.", lookup("#rosterStatusMessage").queryLabeled().getText());

        push(KeyCode.ESCAPE);
        waitUntil(() -> lookup("#cohortTable").tryQuery().isPresent());
        assertFalse(lookup("#rosterTable").tryQuery().isPresent());
        assertEquals("digital", lookup("#cohortFilter").queryAs(TextField.class).getText(), "the list's filter is kept");
        waitUntil(() -> list.getItems().stream().anyMatch(r -> r.code().equals("LAO-2026-03") && r.status().equals("Reported")));
        assertEquals("LAO-2026-03", list.getSelectionModel().getSelectedItem().code(), "and its selection");
    }

    @Test
    void remembersHiddenColumnsAndBackButtonReturns() throws Exception {
        prepare(dir);
        show(dir, Language.EN);
        TableView<CohortRow> list = lookup("#cohortTable").queryTableView();
        waitUntil(() -> list.getItems().size() == 8);
        clickOn(cell("LAO-2026-03"));
        clickOn("#cohortOpen");
        waitUntil(() -> lookup("#rosterTable").tryQuery().isPresent());
        TableView<RosterRow> roster = lookup("#rosterTable").queryTableView();
        FxToolkit.setupFixture(() -> {
            column(roster, "roster-col-notes").setVisible(false);
            TableColumn<RosterRow, ?> latin = column(roster, "roster-col-nameLatin");
            roster.getColumns().remove(latin);
            roster.getColumns().add(0, latin);
        });
        waitUntil(() -> readSettings().contains("roster.columns=nameLatin,warning,"));
        assertTrue(readSettings().contains("-notes"));
        clickOn("#rosterBack");
        waitUntil(() -> lookup("#cohortTable").tryQuery().isPresent());

        push(KeyCode.ENTER);
        waitUntil(() -> lookup("#rosterTable").tryQuery().isPresent());
        TableView<RosterRow> again = lookup("#rosterTable").queryTableView();
        assertEquals("roster-col-nameLatin", again.getColumns().get(0).getId());
        assertFalse(column(again, "roster-col-notes").isVisible());
        press(KeyCode.ALT);
        push(KeyCode.LEFT);
        release(KeyCode.ALT);
        waitUntil(() -> lookup("#cohortTable").tryQuery().isPresent());
    }

}

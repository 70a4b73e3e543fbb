package org.cohortdesk.ui.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Objects;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.service.export.ExportTemplate;
import org.cohortdesk.ui.cohort.CohortRow;
import org.cohortdesk.ui.cohort.CohortsView;
import org.junit.jupiter.api.Test;

/** Export on a cohort's page: an item a template; each asks the format, in the window's language. */
class RosterExportTest extends RosterPageFixture {
    @Test
    void exportAsksTheTemplateAndTheFormat() throws Exception {
        prepare(dir);
        show(dir, Language.VI);
        openCohort("LAO-2026-03");

        clickOn("#" + RosterView.EXPORT_ID);
        clickOn("#" + RosterView.EXPORT_ID + "-full");
        waitUntil(() -> lookup("#exportTemplate").tryQuery().isPresent());
        ComboBox<?> template = lookup("#exportTemplate").queryAs(ComboBox.class);
        ComboBox<?> format = lookup("#exportFormat").queryAs(ComboBox.class);
        assertEquals(5, template.getItems().size());
        assertEquals(3, format.getItems().size());
        assertTrue(texts().contains("Nội dung"), texts().toString());
        List<String> shown = lookup(".combo-box .list-cell").queryAllAs(ListCell.class).stream().map(ListCell::getText).filter(Objects::nonNull).toList();
        assertEquals(List.of("Danh sách đầy đủ", "Bảng tính Excel (.xlsx)"), shown);

        assertTrue(lookup("#exportOnlyShown").tryQuery().isEmpty(), "nothing filtered: the whole roster, no question");

        type(KeyCode.ESCAPE);
        waitUntil(() -> lookup("#exportTemplate").tryQuery().isEmpty());
    }

    @Test
    void aFilteredRosterOffersToExportOnlyTheRowsShown() throws Exception {
        prepare(dir);
        show(dir, Language.EN);
        TableView<RosterRow> roster = openCohort("LAO-2026-03");
        clickOn("#" + RosterView.FILTER_ID).write("ສົມສັກ 2");
        waitUntil(() -> roster.getItems().size() == 4);
        clickOn("#" + RosterView.EXPORT_ID);
        clickOn("#" + RosterView.EXPORT_ID + "-visa");
        waitUntil(() -> lookup("#exportOnlyShown").tryQuery().isPresent());
        assertEquals(ExportTemplate.VISA, lookup("#exportTemplate").queryAs(ComboBox.class).getValue(), "the item chosen is the template chosen");
        CheckBox onlyShown = lookup("#exportOnlyShown").queryAs(CheckBox.class);
        assertTrue(onlyShown.isSelected());
        assertEquals("Only the 4 rows the filter shows (of 22), in the order shown", onlyShown.getText());
        type(KeyCode.ESCAPE);
        waitUntil(() -> lookup("#exportOnlyShown").tryQuery().isEmpty());
    }

    @Test
    void theCohortListExportsTooAndOffersOnlyTheCohortsTheFilterShows() throws Exception {
        prepare(dir);
        show(dir, Language.EN);
        TableView<CohortRow> list = lookup("#cohortTable").queryTableView();
        waitUntil(() -> !list.getItems().isEmpty());
        int all = list.getItems().size();
        clickOn("#cohortFilter").write("LAO-2026-03");
        waitUntil(() -> list.getItems().size() == 1);
        clickOn("#" + CohortsView.EXPORT_ID);
        waitUntil(() -> lookup("#exportOnlyShown").tryQuery().isPresent());
        assertTrue(lookup("#exportTemplate").tryQuery().isEmpty(), "the cohort list has no templates");
        assertEquals("Only the row the filter shows (of " + all + "), in the order shown",
                lookup("#exportOnlyShown").queryAs(CheckBox.class).getText());
        type(KeyCode.ESCAPE);
        waitUntil(() -> lookup("#exportOnlyShown").tryQuery().isEmpty());
    }
}

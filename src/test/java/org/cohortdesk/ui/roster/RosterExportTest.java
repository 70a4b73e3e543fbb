package org.cohortdesk.ui.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Objects;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import org.cohortdesk.i18n.Language;
import org.junit.jupiter.api.Test;

/** Export… on a cohort's page asks the template and the format, in the window's language. */
class RosterExportTest extends RosterPageFixture {
    @Test
    void exportAsksTheTemplateAndTheFormat() throws Exception {
        prepare(dir);
        show(dir, Language.VI);
        openCohort("LAO-2026-03");

        clickOn("#" + RosterView.EXPORT_ID);
        waitUntil(() -> lookup("#exportTemplate").tryQuery().isPresent());
        ComboBox<?> template = lookup("#exportTemplate").queryAs(ComboBox.class);
        ComboBox<?> format = lookup("#exportFormat").queryAs(ComboBox.class);
        assertEquals(5, template.getItems().size());
        assertEquals(3, format.getItems().size());
        assertTrue(texts().contains("Nội dung"), texts().toString());
        List<String> shown = lookup(".combo-box .list-cell").queryAllAs(ListCell.class).stream().map(ListCell::getText).filter(Objects::nonNull).toList();
        assertEquals(List.of("Danh sách đầy đủ", "Bảng tính Excel (.xlsx)"), shown);

        type(KeyCode.ESCAPE);
        waitUntil(() -> lookup("#exportTemplate").tryQuery().isEmpty());
    }
}

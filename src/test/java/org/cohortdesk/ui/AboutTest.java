package org.cohortdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.service.about.Licences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Help > About in the real window: the version, and every bundled component with its licence text. */
class AboutTest extends FxRobot {
    @TempDir
    Path dir;

    WindowHarness harness;

    @AfterEach
    void close() throws Exception {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void listsEveryBundledComponentAndShowsTheChosenLicence() throws Exception {
        harness = WindowHarness.show(dir, Language.VI, null);
        harness.waitUntilReady();
        clickOn("#menu-help");
        clickOn("#menu-about");
        WindowHarness.waitUntil(() -> lookup("#about-licences").tryQuery().isPresent());
        DialogPane pane = lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("Cohort Desk test", pane.getHeaderText());
        ListView<Licences.Component> list = lookup("#about-licences").queryListView();
        WindowHarness.waitUntil(() -> list.getItems().size() == Licences.bundled().size());

        Licences.Component openPdf = list.getItems().stream().filter(c -> c.name().equals("OpenPDF")).findFirst().orElseThrow();
        interact(() -> list.scrollTo(openPdf));
        clickOn(list.lookupAll(".list-cell").stream()
                .filter(cell -> ((javafx.scene.control.ListCell<?>) cell).getItem() == openPdf).findFirst().orElseThrow());
        TextArea text = lookup("#about-licence-text").queryAs(TextArea.class);
        assertTrue(text.getText().startsWith("OpenPDF\nLGPL-2.1 or MPL-2.0"), text.getText().substring(0, 80));
        assertTrue(text.getText().contains("không sửa đổi"), "the note in the user's language");
        assertTrue(text.getText().contains("GNU LESSER GENERAL PUBLIC LICENSE"));
        assertEquals(java.util.List.of(), harness.sqlOnFxThread());
    }
}

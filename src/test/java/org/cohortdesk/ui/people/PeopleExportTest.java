package org.cohortdesk.ui.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.ui.UiFixtures;
import org.cohortdesk.ui.WindowHarness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Export… on the People page asks only the format: everyone has no template. */
class PeopleExportTest extends FxRobot {
    @TempDir
    Path dir;

    WindowHarness window;

    @AfterEach
    void close() throws Exception {
        if (window != null) {
            window.close();
        }
    }

    @Test
    void exportAsksTheFormatOnly() throws Exception {
        window = WindowHarness.show(dir, Language.LO, UiFixtures::insertCohorts);
        window.waitUntilReady();
        push(KeyCode.CONTROL, KeyCode.DIGIT3);
        WindowHarness.waitUntil(() -> lookup("#" + PeopleView.EXPORT_ID).tryQuery().isPresent());
        clickOn("#" + PeopleView.EXPORT_ID);
        WindowHarness.waitUntil(() -> lookup("#exportFormat").tryQuery().isPresent());
        assertEquals(3, lookup("#exportFormat").queryAs(ComboBox.class).getItems().size());
        assertEquals(true, lookup("#exportTemplate").tryQuery().isEmpty());
        type(KeyCode.ESCAPE);
        WindowHarness.waitUntil(() -> lookup("#exportFormat").tryQuery().isEmpty());
    }
}

package org.cohortdesk.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.ui.UiFixtures;
import org.cohortdesk.ui.WindowHarness;
import org.cohortdesk.ui.WindowTest;
import org.cohortdesk.ui.common.FxThread;
import org.cohortdesk.ui.common.Styles;
import org.cohortdesk.ui.common.TaskRunner;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The backups card of Settings: in the real window (Back up now), and Restore… with its confirmation, staged for the next start. */
class BackupsViewTest extends WindowTest {
    static {
        try {
            FxToolkit.registerPrimaryStage();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void backUpNowInTheWindowListsTheNewBackup() throws Exception {
        window = WindowHarness.show(dir, Language.EN, UiFixtures::insertCohorts);
        window.waitUntilReady();
        push(KeyCode.CONTROL, KeyCode.DIGIT7);
        WindowHarness.waitUntil(() -> lookup("#" + BackupsView.NOW_ID).tryQuery().isPresent());
        TextField folder = lookup("#" + BackupsView.FOLDER_ID).queryAs(TextField.class);
        assertEquals(dir.resolve("backups").toAbsolutePath().toString(), folder.getText());
        javafx.scene.control.Button now = lookup("#" + BackupsView.NOW_ID).queryButton();
        interact(() -> { // below the fold of the Settings page: scrolled to, then clicked
            javafx.scene.control.ScrollPane page = (javafx.scene.control.ScrollPane) now.getScene().lookup(".scroll-pane");
            page.setVvalue(page.getVmax());
        });
        clickOn(now);
        ListView<String> list = lookup("#" + BackupsView.LIST_ID).queryListView();
        WindowHarness.waitUntil(() -> list.getItems().size() == 1);
        assertTrue(list.getItems().get(0).startsWith("manual-"), list.getItems().toString());
        assertTrue(lookup("#" + BackupsView.MESSAGE_ID).queryAs(Label.class).getText().startsWith("Backup written: manual-"));
        assertEquals(List.of(), window.sqlOnFxThread());
    }

    @Test
    void restoreAsksThenStagesTheBackupForTheNextStart() throws Exception {
        Path backup = dir.resolve("chosen.zip");
        Path data = dir.resolve("data");
        try (Workspace w = UiFixtures.open(data)) {
            UiFixtures.insertCohorts(w);
            w.backups().backupTo(backup, "manual");
        }
        Workspace workspace = UiFixtures.open(data);
        TaskRunner tasks = TaskRunner.background(FxThread.started());
        boolean[] quit = {false};
        try {
            BackupsViewModel model = new BackupsViewModel(workspace.backups(), true, new Localization(Language.EN), tasks,
                    e -> { throw new AssertionError(e); });
            FxToolkit.setupStage(stage -> {
                BackupsView view = new BackupsView(model, (owner, title, folder) -> Optional.of(backup), () -> quit[0] = true);
                Scene scene = new Scene(view, 800, 600);
                Styles.apply(scene);
                stage.setScene(scene);
                stage.show();
            });
            model.load();
            clickOn("#" + BackupsView.RESTORE_ID);
            WindowHarness.waitUntil(() -> lookup("Restore").tryQuery().isPresent());
            clickOn("Restore");
            WindowHarness.waitUntil(() -> lookup("Later").tryQuery().isPresent());
            clickOn("Later");
            WindowHarness.waitUntil(() -> !lookup("#" + BackupsView.PENDING_ID).queryAs(Label.class).getText().isEmpty());
            assertTrue(workspace.backups().pendingRestore().isPresent());
            assertEquals(false, quit[0]);
            clickOn("#" + BackupsView.CANCEL_ID);
            WindowHarness.waitUntil(() -> lookup("#" + BackupsView.PENDING_ID).queryAs(Label.class).getText().isEmpty());
            assertTrue(workspace.backups().pendingRestore().isEmpty());
        } finally {
            FxToolkit.setupFixture(() -> ((Stage) lookup("#" + BackupsView.NOW_ID).query().getScene().getWindow()).close());
            tasks.close();
            workspace.close();
        }
    }
}

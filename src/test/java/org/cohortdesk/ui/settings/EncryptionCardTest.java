package org.cohortdesk.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.FilePassword;
import org.cohortdesk.ui.UiFixtures;
import org.cohortdesk.ui.common.FxThread;
import org.cohortdesk.ui.common.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Settings card: encrypt (the new password twice), then remove (the current one), each refusal said in the dialog. */
class EncryptionCardTest extends FxRobot {
    @TempDir
    Path dir;

    /** The text shown by the element {@code id}: a label's, or a message box's labels joined by spaces. */
    private String text(String id) {
        javafx.scene.Node node = lookup("#" + id).query();
        if (node instanceof Labeled labeled) {
            return labeled.getText();
        }
        return lookup("#" + id + " .label").queryAllAs(Labeled.class).stream().map(Labeled::getText)
                .collect(java.util.stream.Collectors.joining(" "));
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
    }

    @Test
    void encryptsWithThePasswordTypedTwiceAndRemovesItWithTheCurrentOne() throws Exception {
        FxToolkit.registerPrimaryStage();
        Localization tr = new Localization(Language.VI);
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        AtomicInteger backupsChanged = new AtomicInteger();
        try (TaskRunner tasks = TaskRunner.background(FxThread.started()); Workspace w = UiFixtures.open(dir)) {
            UiFixtures.insertCohorts(w);
            w.backups().now();
            Stage stage = WaitForAsyncUtils.asyncFx(() -> {
                Stage s = new Stage();
                s.setScene(new Scene(new EncryptionCard(tr, w.database(), w.backups(), backupsChanged::incrementAndGet, tasks, failures::add), 640, 400));
                s.show();
                return s;
            }).get();
            assertEquals(tr.tr("settings.encryption.state_off"), text(EncryptionCard.STATE_ID));

            clickOn("#" + EncryptionCard.ENCRYPT_ID);
            clickOn("#" + EncryptionCard.NEW_ID).write("ສອງ hai");
            clickOn("#" + EncryptionCard.AGAIN_ID).write("ສອງ ba");
            clickOn("#" + EncryptionCard.CONFIRM_ID);
            assertEquals(tr.tr("settings.encryption.mismatch"), text(EncryptionCard.DIALOG_ERROR_ID), "refused in the dialog, which stays");
            assertFalse(Database.isEncrypted(new DataFolder(dir)));
            doubleClickOn("#" + EncryptionCard.AGAIN_ID).eraseText(8).write("ສອງ hai");
            clickOn("#" + EncryptionCard.CONFIRM_ID);
            waitFor(() -> tr.tr("settings.encryption.state_on").equals(text(EncryptionCard.STATE_ID)));
            assertTrue(Database.isEncrypted(new DataFolder(dir)));
            assertTrue(text(EncryptionCard.DONE_ID).contains("backups"), text(EncryptionCard.DONE_ID));
            assertEquals(8, w.services().cohorts().summaries().size(), "the open workspace goes on over the encrypted file");

            waitFor(() -> text(EncryptionCard.CLEAR_ID).equals(tr.tr("settings.encryption.clear_found", 2)));
            assertEquals(2, w.backups().withoutPassword().size(), "the file before encrypting and the backup made before");
            clickOn("#" + EncryptionCard.DELETE_CLEAR_ID);
            clickOn("#" + EncryptionCard.CONFIRM_ID);
            waitFor(() -> tr.tr("settings.encryption.clear_deleted", 2).equals(text(EncryptionCard.DONE_ID)));
            assertEquals(List.of(), w.backups().withoutPassword());
            assertEquals(1, w.backups().list().size(), "only the backup made with the password is left");
            assertEquals(2, backupsChanged.get(), "the backups card told of the file kept when encrypting, then of the deletion");
            assertTrue(text(EncryptionCard.CLEAR_ID).isEmpty());

            clickOn("#" + EncryptionCard.REMOVE_ID);
            clickOn("#" + EncryptionCard.CURRENT_ID).write("ສອງ ba");
            clickOn("#" + EncryptionCard.CONFIRM_ID);
            assertTrue(text(EncryptionCard.DIALOG_ERROR_ID).startsWith("Mật khẩu không đúng"), text(EncryptionCard.DIALOG_ERROR_ID));
            doubleClickOn("#" + EncryptionCard.CURRENT_ID).eraseText(8).write("ສອງ hai");
            clickOn("#" + EncryptionCard.CONFIRM_ID);
            waitFor(() -> tr.tr("settings.encryption.state_off").equals(text(EncryptionCard.STATE_ID)));
            assertFalse(Database.isEncrypted(new DataFolder(dir)));
            assertEquals(List.of(), failures);
            WaitForAsyncUtils.asyncFx(stage::close).get();
        }
        try (Workspace again = Workspace.open(new DataFolder(dir), null, Clock.systemUTC(), FilePassword.NONE)) {
            assertEquals(8, again.services().cohorts().summaries().size());
        }
    }
}

package org.cohortdesk.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.store.FilePassword;
import org.cohortdesk.ui.welcome.PasswordPrompt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** An encrypted data folder: the window asks its password first, says a wrong one plainly, and Esc quits. */
class PasswordStartTest extends FxRobot {
    private static final String RIGHT = "ລະຫັດ Mật khẩu";

    @TempDir
    Path dir;

    @BeforeEach
    void encryptedFolder() throws Exception {
        FxToolkit.registerPrimaryStage();
        try (Workspace w = UiFixtures.open(dir)) {
            UiFixtures.insertCohorts(w);
            w.database().changeEncryption(FilePassword.of(RIGHT));
        }
    }

    private CompletableFuture<Integer> launch() {
        return CompletableFuture.supplyAsync(() -> Launcher.launch(new LaunchRequest(new DataFolder(dir), null, Optional.of(Language.LO), false)));
    }

    private void waitFor(String query) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup(query).tryQuery().isPresent());
    }

    /** The text a message box shows: its labels (a Lao paragraph is a label per word) joined by spaces. */
    private String shown(String query) {
        return lookup(query + " .label").queryAllAs(Labeled.class).stream().map(Labeled::getText).collect(java.util.stream.Collectors.joining(" "));
    }

    private static byte[] hash(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }

    @Test
    void aWrongPasswordIsSaidAndTheRightOneOpensTheWindow() throws Exception {
        byte[] before = hash(new DataFolder(dir).databaseFile());
        CompletableFuture<Integer> session = launch();
        waitFor("#" + PasswordPrompt.FIELD_ID);
        clickOn("#" + PasswordPrompt.FIELD_ID).write("ລະຫັດ Mat khau");
        type(KeyCode.ENTER);
        Localization lo = new Localization(Language.LO);
        String wrong = lo.tr("error.db.password_wrong", new DataFolder(dir).path());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> wrong.equals(shown("#" + PasswordPrompt.MESSAGE_ID)));
        assertArrayEquals(before, hash(new DataFolder(dir).databaseFile()), "a wrong password changes nothing");

        clickOn("#" + PasswordPrompt.FIELD_ID).write(RIGHT);
        clickOn("#" + PasswordPrompt.OPEN_ID);
        waitFor("#cohortTable");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !lookup("#cohortTable").queryTableView().getItems().isEmpty());
        WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(Window::isShowing).filter(w -> w instanceof Stage)
                .filter(w -> w.getScene().lookup("#cohortTable") != null).findFirst().map(Stage.class::cast).ifPresent(Stage::close)).get();
        assertEquals(0, session.get(30, TimeUnit.SECONDS));
    }

    @Test
    void escapeQuitsWithoutOpeningAnything() throws Exception {
        CompletableFuture<Integer> session = launch();
        waitFor("#" + PasswordPrompt.FIELD_ID);
        clickOn("#" + PasswordPrompt.FIELD_ID);
        type(KeyCode.ESCAPE);
        assertEquals(0, session.get(30, TimeUnit.SECONDS));
        try (Workspace again = Workspace.open(new DataFolder(dir), null, java.time.Clock.systemUTC(), FilePassword.of(RIGHT))) {
            assertEquals(8, again.services().cohorts().summaries().size(), "nothing held the folder: it opens again");
        }
    }
}

package org.cohortdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.store.FilePassword;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The entry the command line calls: {@code --measure-startup} opens, measures, closes and returns 0. */
class LauncherTest {
    @TempDir
    Path dir;

    @Test
    void measuresTheStartOnTheCurrentDataAndExits() throws Exception {
        FxToolkit.registerPrimaryStage(); // the toolkit other tests share: the launcher must leave it running
        try (var workspace = UiFixtures.open(dir)) {
            UiFixtures.insertCohorts(workspace);
        }
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int code;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            code = Launcher.launch(new LaunchRequest(new DataFolder(dir), null, Optional.of(Language.EN), true));
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, out);
        assertTrue(out.lines().anyMatch(l -> l.matches("startup-ms: \\d+")), out);
    }

    @Test
    void measuresAnEncryptedFolderWithThePasswordGivenWithoutAsking() throws Exception {
        FxToolkit.registerPrimaryStage();
        try (var workspace = UiFixtures.open(dir)) {
            UiFixtures.insertCohorts(workspace);
            workspace.database().changeEncryption(FilePassword.of("ລະຫັດ"));
        }
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int right;
        int wrong;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            right = Launcher.launch(new LaunchRequest(new DataFolder(dir), null, Optional.of(Language.EN), true, Optional.empty(),
                    Optional.of(FilePassword.of("ລະຫັດ"))));
            wrong = Launcher.launch(new LaunchRequest(new DataFolder(dir), null, Optional.of(Language.EN), true, Optional.empty(),
                    Optional.of(FilePassword.of("wrong"))));
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertEquals(0, right, out);
        assertTrue(out.lines().anyMatch(l -> l.matches("startup-ms: \\d+")), out);
        assertEquals(1, wrong, "a wrong password given is data that cannot be opened, not a prompt");
    }

    @Test
    void returnsOneWhenTheDataCannotBeOpened() throws Exception {
        FxToolkit.registerPrimaryStage();
        try (var holder = UiFixtures.open(dir)) {
            int code = Launcher.launch(new LaunchRequest(new DataFolder(dir), null, Optional.of(Language.EN), true));
            assertEquals(1, code);
        }
    }
}

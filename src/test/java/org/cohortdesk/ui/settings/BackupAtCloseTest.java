package org.cohortdesk.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.ui.LaunchRequest;
import org.cohortdesk.ui.Launcher;
import org.cohortdesk.ui.UiFixtures;
import org.cohortdesk.ui.WindowHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** The real launcher: closing the window writes the day's backup, once a day. */
class BackupAtCloseTest {
    @TempDir
    Path dir;

    @Test
    void closingTheWindowBacksUpOnceADay() throws Exception {
        FxToolkit.registerPrimaryStage(); // the toolkit other tests share: the launcher leaves it running
        try (var workspace = UiFixtures.open(dir)) {
            UiFixtures.insertCohorts(workspace);
        }
        assertEquals(0, openAndClose());
        assertEquals(1, daily().size(), "the first close of the day backs up");
        assertEquals(0, openAndClose());
        assertEquals(1, daily().size(), "at most one a day");
    }

    private int openAndClose() throws Exception {
        CompletableFuture<Integer> code = CompletableFuture.supplyAsync(
                () -> Launcher.launch(new LaunchRequest(new DataFolder(dir), null, Optional.of(Language.EN), false)));
        WindowHarness.waitUntil(() -> Window.getWindows().stream().anyMatch(w -> w instanceof Stage s && "Cohort Desk".equals(s.getTitle())));
        FxToolkit.setupFixture(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && "Cohort Desk".equals(s.getTitle())).toList()
                .forEach(w -> ((Stage) w).close()));
        return code.get();
    }

    private List<Path> daily() throws Exception {
        try (Stream<Path> files = Files.list(new DataFolder(dir).backups())) {
            List<Path> found = files.filter(p -> p.getFileName().toString().endsWith("-daily.zip")).toList();
            assertTrue(found.stream().allMatch(p -> p.getFileName().toString().startsWith("auto-")), found.toString());
            return found;
        }
    }
}

package org.cohortdesk.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.TableView;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.ui.UiFixtures;
import org.cohortdesk.ui.WindowHarness;
import org.cohortdesk.ui.cohort.CohortRow;
import org.cohortdesk.ui.cohort.CohortsView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** A package file opened from the desktop (the window started with its path) is imported once the data is open. */
class OpenPackageTest extends FxRobot {
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
    void aPackageNamedAtStartIsImportedIntoTheCohortList() throws Exception {
        Path file = dir.resolve("LAO-2026-03.cohortdesk");
        try (Workspace academy = UiFixtures.open(dir.resolve("academy"))) {
            UiFixtures.insertCohorts(academy);
            academy.services().exchange().export("LAO-2026-03", file);
        }
        assertTrue(Files.size(file) > 0);

        harness = WindowHarness.show(dir.resolve("partner"), Language.EN, null, window -> window.importOnOpen(file));
        harness.waitUntilReady();
        TableView<CohortRow> table = lookup("#" + CohortsView.TABLE_ID).queryTableView();
        WindowHarness.waitUntil(() -> table.getItems().stream().anyMatch(r -> r.code().equals("LAO-2026-03")));
        assertEquals(1, table.getItems().size(), "only the package's cohort: the partner's data was empty");
        assertEquals(List.of(), harness.sqlOnFxThread());
    }
}

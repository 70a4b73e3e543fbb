package org.cohortdesk.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.stage.Window;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.Services;
import org.cohortdesk.service.exchange.ExchangeService;
import org.cohortdesk.store.Database;
import org.cohortdesk.ui.common.FxThread;
import org.cohortdesk.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Export package… and Import package… as the window runs them (file dialogs answered by the test,
 * the work on worker threads, the summary line), and an import that leaves a conflict: the window
 * offers to resolve it and opens the resolver.
 */
class ExchangeActionsTest extends FxRobot {
    static final String CODE = "LAO-2026-08";

    @TempDir
    Path dir;
    TwoInstitutions two;
    Database academyDb;
    Database partnerDb;
    TaskRunner tasks;
    final List<String> reports = new CopyOnWriteArrayList<>();
    final List<Throwable> failures = new CopyOnWriteArrayList<>();
    /** The backups the actions asked for before importing. */
    final AtomicInteger backups = new AtomicInteger();

    @BeforeEach
    void twoInstitutions() {
        two = new TwoInstitutions(dir, CODE, "Souksavanh Keomany", "+856 20 1", null);
        academyDb = two.academyDb;
        partnerDb = two.partnerDb;
        tasks = TaskRunner.background(FxThread.started());
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(() -> List.copyOf(Window.getWindows()).forEach(w -> {
            if (w instanceof javafx.stage.Stage s && s.getOwner() == null && s != FxToolkit.toolkitContext().getRegisteredStage()) {
                s.close();
            }
        }));
        tasks.close();
        two.close();
    }

    ExchangeActions actions(Database db, Path file) {
        ExchangeService exchange = Services.over(db.jdbi(), Clock.systemUTC()).exchange();
        return new ExchangeActions(exchange, backups::incrementAndGet, new Localization(Language.EN), tasks, failures::add, () -> null,
                (owner, title, filter, extension, name) -> Optional.of(file), (owner, title, filter, extension) -> Optional.of(file));
    }

    static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void exportsAndImportsInTheBackgroundAndSaysWhatHappened() throws Exception {
        Path file = dir.resolve("first.cohortdesk");
        Platform.runLater(() -> actions(academyDb, file).export(CODE, reports::add));
        waitUntil(() -> !reports.isEmpty() || !failures.isEmpty());
        assertEquals(List.of(), failures);
        assertEquals("The package of " + CODE + " was written to " + file + " (5 rows).", reports.get(0));
        assertTrue(Files.size(file) > 0);

        boolean[] reread = {false};
        Platform.runLater(() -> actions(partnerDb, file).importPackage(reports::add, () -> reread[0] = true));
        waitUntil(() -> reports.size() == 2 || !failures.isEmpty());
        assertEquals(List.of(), failures);
        assertTrue(reports.get(1).startsWith("Cohort " + CODE + " from institution "), reports.get(1));
        assertTrue(reports.get(1).endsWith(": added 5, updated 0, unchanged 0, kept as here 0, conflicts 0."), reports.get(1));
        assertTrue(reread[0], "the page reads its list again");
        assertEquals(1, backups.get(), "a backup before the import changed anything");
    }

    @Test
    void anImportThatLeavesAConflictOffersTheResolver() throws Exception {
        Path first = dir.resolve("first.cohortdesk");
        Path back = dir.resolve("back.cohortdesk");
        ExchangeService academy = two.academy();
        ExchangeService partner = two.partner();
        partner.importPackage(academy.export(CODE, first).file(), false);
        two.edit(partnerDb, "+856 20 2", null);
        two.edit(academyDb, "+84 91 3", null);
        partner.export(CODE, back);

        Platform.runLater(() -> actions(academyDb, back).importPackage(reports::add, () -> {}));
        waitUntil(() -> lookup("Resolve now").tryQuery().isPresent());
        assertTrue(reports.get(0).endsWith("conflicts 1."), reports.get(0));
        clickOn("Resolve now");

        waitUntil(() -> lookup("#" + ConflictsDialog.LIST_ID).tryQuery().map(n -> !((ListView<?>) n).getItems().isEmpty()).orElse(false));
        assertEquals(List.of(), failures);
        assertEquals(1, academy.conflicts().size());
    }

    @Test
    void aRefusedPackageReachesTheErrorReporterAndChangesNothing() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.cohortdesk"), "not a package");
        Platform.runLater(() -> actions(partnerDb, notes).importPackage(reports::add, () -> {}));
        waitUntil(() -> !failures.isEmpty());
        assertEquals("exchange.package.not_package",
                ((org.cohortdesk.model.ProblemException) TaskRunner.unwrap(failures.get(0))).problem().key());
        assertEquals(List.of(), reports);
        assertEquals(0, backups.get(), "no backup for a package refused before any change");
        assertEquals(0, (int) partnerDb.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM cohorts").mapTo(Integer.class).one()));
    }
}

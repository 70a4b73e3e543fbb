package org.cohortdesk.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.ui.common.Fonts;
import org.cohortdesk.ui.common.FxThread;
import org.cohortdesk.ui.common.TaskRunner;
import org.cohortdesk.ui.shell.MainWindow;
import org.cohortdesk.ui.shell.OpenedWorkspace;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on a real data folder, for TestFX tests: the workspace opens on a worker thread
 * as in {@link Launcher}, and every SQL statement run on the FX thread is recorded (there must be none).
 */
public final class WindowHarness implements AutoCloseable {
    final Path dir;
    final TaskRunner tasks = TaskRunner.background(FxThread.started());
    final List<String> sqlOnFxThread = new CopyOnWriteArrayList<>();
    final CompletableFuture<OpenedWorkspace> opening;
    /** A language switch makes the window's language the default locale; the next test gets this one back. */
    final Locale localeBefore = Locale.getDefault();
    MainWindow window;
    int closedWith = -1;

    private WindowHarness(Path dir, CompletableFuture<OpenedWorkspace> opening) {
        this.dir = dir;
        this.opening = opening;
    }

    static {
        try {
            FxToolkit.registerPrimaryStage();
        } catch (TimeoutException e) {
            throw new IllegalStateException(e);
        }
        Fonts.loadBundled();
    }

    /** Opens the folder in the background, like the launcher; {@code prepare} fills it first, on this thread. */
    public static WindowHarness show(Path dir, Language language, Consumer<Workspace> prepare) throws Exception {
        return show(dir, language, prepare, window -> { });
    }

    /** As {@link #show(Path, Language, Consumer)}, with {@code beforeShow} given the window before it shows (as the launcher does). */
    public static WindowHarness show(Path dir, Language language, Consumer<Workspace> prepare, Consumer<MainWindow> beforeShow) throws Exception {
        if (prepare != null) {
            try (Workspace workspace = UiFixtures.open(dir)) {
                prepare.accept(workspace);
            }
        }
        WindowHarness harness = new WindowHarness(dir, new CompletableFuture<>());
        harness.tasks.start(() -> UiFixtures.open(dir)).whenComplete((workspace, error) -> {
            if (workspace != null) {
                recordFxThreadSql(workspace, harness.sqlOnFxThread);
                harness.opening.complete(OpenedWorkspace.of(workspace));
            } else {
                harness.opening.completeExceptionally(error);
            }
        });
        FxToolkit.setupFixture(() -> {
            Stage stage = new Stage();
            harness.window = new MainWindow(stage, language, new DataFolder(dir), harness.tasks, harness.opening, "test");
            harness.window.setOnClosed(code -> harness.closedWith = code);
            beforeShow.accept(harness.window);
            harness.window.show();
            stage.toFront();
        });
        return harness;
    }

    /** Records in {@code into} every SQL statement of {@code workspace} run on the FX thread. */
    static void recordFxThreadSql(Workspace workspace, List<String> into) {
        workspace.database().jdbi().getConfig(SqlStatements.class).setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext context) {
                if (Platform.isFxApplicationThread()) {
                    into.add(context.getRenderedSql());
                }
            }
        });
    }

    public static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        waitUntil(15, condition);
    }

    /** For long work (loading the sample year): on a loaded CI machine it takes many times its usual seconds. */
    public static void waitUntil(int seconds, BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    public void waitUntilReady() throws TimeoutException {
        waitUntil(() -> window != null && window.readyProperty().get());
    }

    /** The window under test. */
    public MainWindow window() {
        return window;
    }

    /** Every SQL statement that ran on the FX thread (a test expects none). */
    public List<String> sqlOnFxThread() {
        return sqlOnFxThread;
    }

    @Override
    public void close() throws Exception {
        FxToolkit.setupFixture(() -> {
            if (window != null && window.stage().isShowing()) {
                window.stage().close();
            }
        });
        tasks.close();
        Locale.setDefault(localeBefore);
        OpenedWorkspace opened = opening.isCompletedExceptionally() ? null : opening.getNow(null);
        if (opened != null) {
            opened.workspace().close();
        }
    }
}

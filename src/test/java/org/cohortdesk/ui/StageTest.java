package org.cohortdesk.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.ui.common.Fonts;
import org.cohortdesk.ui.common.FxThread;
import org.cohortdesk.ui.common.Styles;
import org.cohortdesk.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A test of one page in a stage of its own (not the whole window, see {@link WindowTest}): the
 * workspace it reads (every SQL statement run on the FX thread recorded; there must be none), the
 * background tasks, the stage, all closed after each test.
 */
public abstract class StageTest extends FxRobot {
    protected Workspace workspace;
    protected TaskRunner tasks;
    protected Stage stage;
    protected final List<String> sqlOnFxThread = new CopyOnWriteArrayList<>();

    static {
        try {
            FxToolkit.registerPrimaryStage();
        } catch (TimeoutException e) {
            throw new IllegalStateException(e);
        }
        Fonts.loadBundled();
    }

    /** Opens the workspace of {@code folder} and the task runner the page uses. */
    protected Workspace openWorkspace(Path folder) {
        workspace = Workspace.open(new DataFolder(folder), null, Clock.systemUTC());
        WindowHarness.recordFxThreadSql(workspace, sqlOnFxThread);
        tasks = TaskRunner.background(FxThread.started());
        return workspace;
    }

    /**
     * Shows the page {@code root} makes (called once {@link #stage} exists) in a 1280 x 760 stage
     * styled for {@code language}, then runs {@code afterShow} (the page's first read), on the FX thread.
     */
    protected void showInStage(Language language, Supplier<Parent> root, Runnable afterShow) throws TimeoutException {
        FxToolkit.setupFixture(() -> {
            stage = new Stage();
            Parent page = root.get();
            Styles.apply(page, language);
            Scene scene = new Scene(page, 1280, 760);
            Styles.apply(scene);
            stage.setScene(scene);
            stage.show();
            stage.toFront();
            afterShow.run();
        });
    }

    @AfterEach
    void closeStage() throws Exception {
        FxToolkit.setupFixture(() -> {
            if (stage != null) {
                stage.close();
            }
        });
        if (tasks != null) {
            tasks.close();
        }
        if (workspace != null) {
            workspace.close();
        }
    }
}

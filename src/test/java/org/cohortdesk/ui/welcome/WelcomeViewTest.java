package org.cohortdesk.ui.welcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import javafx.stage.Stage;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.demo.DemoDataService;
import org.cohortdesk.ui.common.FxThread;
import org.cohortdesk.ui.common.Styles;
import org.cohortdesk.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The welcome page's buttons and progress, with the sample loader replaced by a controllable stand-in. */
@ExtendWith(ApplicationExtension.class)
class WelcomeViewTest {
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<Object> events = new CopyOnWriteArrayList<>();
    private final TaskRunner tasks = TaskRunner.background(FxThread.started());

    @Start
    void start(Stage stage) {
        WelcomeViewModel model = new WelcomeViewModel(progress -> {
                    progress.accept(new DemoDataService.Progress(0.4, "no.such.step"));
                    release.await(10, TimeUnit.SECONDS);
                    return new DemoDataService.Loaded(4, 6, 12, 240, 250, 900, 18000);
                }, new Localization(Language.VI), tasks, events::add, events::add, () -> events.add("empty"));
        WelcomeView view = new WelcomeView(model);
        Styles.apply(view, Language.VI);
        stage.setScene(new Scene(view, 900, 600));
        stage.show();
    }

    @AfterEach
    void stop() {
        release.countDown();
        tasks.close();
    }

    @Test
    void offersSampleDataOrAnEmptyStartAndShowsProgressWhileLoading(FxRobot robot) throws Exception {
        Button load = robot.lookup("#loadSample").queryButton();
        Button empty = robot.lookup("#startEmpty").queryButton();
        assertEquals("Nạp dữ liệu mẫu", load.getText());
        assertEquals("Bắt đầu với dữ liệu trống", empty.getText());
        ProgressBar bar = robot.lookup(".progress-bar").queryAs(ProgressBar.class);
        javafx.scene.Node progress = robot.lookup("#sampleProgress").query();
        assertFalse(progress.isVisible());

        robot.clickOn(load);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> bar.getProgress() == 0.4);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(progress.isVisible());
        assertTrue(load.isDisabled() && empty.isDisabled(), "no second start while loading");

        release.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !events.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(events.get(0) instanceof DemoDataService.Loaded);
        assertFalse(load.isDisabled());
        assertFalse(progress.isVisible());
    }

    @Test
    void startingEmptyGoesStraightOn(FxRobot robot) {
        robot.clickOn("#startEmpty");
        assertEquals(List.of("empty"), events);
    }
}

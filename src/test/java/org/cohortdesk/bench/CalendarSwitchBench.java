package org.cohortdesk.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.ui.calendar.CalendarMode;
import org.cohortdesk.ui.calendar.CalendarPage;
import org.cohortdesk.ui.calendar.CalendarViewModel;
import org.cohortdesk.ui.common.Fonts;
import org.cohortdesk.ui.common.FxThread;
import org.cohortdesk.ui.common.Styles;
import org.cohortdesk.ui.common.TaskRunner;

/**
 * Switching the Calendar page to the next week or month, in the real page on a real data folder:
 * the time from asking for the next range (the "›" button's action, on the FX thread) until its
 * sessions are read in the background, handed back, put on the CalendarFX calendars in batch and
 * the page laid out again. Steps through {@code steps} weeks, then {@code steps} months, from
 * {@code START} (after a warm-up), and prints the median, the 90th percentile and the maximum of each.
 * With a pause, it waits that long after each range is shown before the next click, as a person
 * reading the week would (the page reads the ranges either side meanwhile); without one it clicks
 * again as soon as the range is shown.
 *
 * <p>Arguments: {@code DATA_DIR [steps] [start yyyy-mm-dd] [pause ms, default 0]}. Needs a display
 * (or {@code xvfb-run}). See docs/performance.md.
 */
public final class CalendarSwitchBench {
    private CalendarSwitchBench() {}

    public static void main(String[] args) throws Exception {
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 52;
        LocalDate start = args.length > 2 ? LocalDate.parse(args[2]) : LocalDate.of(2022, 1, 3);
        long pauseMs = args.length > 3 ? Long.parseLong(args[3]) : 0;
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        Fonts.loadBundled();
        try (Workspace workspace = Workspace.open(new DataFolder(Path.of(args[0])), null, Clock.systemDefaultZone());
                TaskRunner tasks = TaskRunner.background(FxThread.started())) {
            Localization tr = new Localization(Language.EN);
            CalendarViewModel model = new CalendarViewModel(workspace.services().sessions(), tr, tasks, Throwable::printStackTrace);
            CalendarPage[] page = {null};
            BlockingQueue<Long> shown = new LinkedBlockingQueue<>();
            long[] asked = {0};
            int[] entries = {0};
            long[] fxStart = {0};
            List<Long> fx = new java.util.concurrent.CopyOnWriteArrayList<>();
            OnFx.run(() -> {
                model.dateProperty().set(start);
                // registered before the page's own listener, so it runs first: the FX thread's part starts here
                model.shownProperty().addListener((o, old, now) -> fxStart[0] = System.nanoTime());
                page[0] = new CalendarPage(model);
                Styles.apply(page[0], Language.EN);
                Stage stage = new Stage();
                Scene scene = new Scene(page[0], 1280, 800);
                Styles.apply(scene);
                stage.setScene(scene);
                stage.show();
                page[0].shownCountProperty().addListener((o, old, now) -> {
                    page[0].applyCss();
                    page[0].layout();
                    fx.add(System.nanoTime() - fxStart[0]);
                    entries[0] += model.shownProperty().get().sessions().size();
                    shown.offer(System.nanoTime() - asked[0]);
                });
                asked[0] = System.nanoTime();
                model.start();
            });
            shown.poll(60, TimeUnit.SECONDS);
            for (CalendarMode mode : List.of(CalendarMode.WEEK, CalendarMode.MONTH)) {
                OnFx.run(() -> {
                    asked[0] = System.nanoTime();
                    model.modeProperty().set(mode);
                    model.dateProperty().set(start);
                });
                shown.poll(60, TimeUnit.SECONDS);
                Thread.sleep(1_000);
                shown.clear();
                step(model, asked, shown, 10, pauseMs);
                entries[0] = 0;
                fx.clear();
                List<Long> nanos = step(model, asked, shown, steps, pauseMs);
                Collections.sort(nanos);
                List<Long> onFx = new ArrayList<>(fx);
                Collections.sort(onFx);
                System.out.printf("%s switches: %d, sessions shown per switch: %.0f%nmedian-ms: %.1f%np90-ms: %.1f%nmax-ms: %.1f%n"
                        + "entries-and-layout-on-fx median-ms: %.1f p90-ms: %.1f%n",
                        mode, nanos.size(), entries[0] / (double) nanos.size(), nanos.get(nanos.size() / 2) / 1e6,
                        nanos.get((int) (nanos.size() * 0.9)) / 1e6, nanos.get(nanos.size() - 1) / 1e6,
                        onFx.get(onFx.size() / 2) / 1e6, onFx.get((int) (onFx.size() * 0.9)) / 1e6);
            }
            OnFx.run(Platform::exit);
        }
    }

    /** Asks for the next range {@code count} times, each {@code pauseMs} after the last one is shown. */
    private static List<Long> step(CalendarViewModel model, long[] asked, BlockingQueue<Long> shown, int count, long pauseMs)
            throws Exception {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Thread.sleep(pauseMs);
            OnFx.run(() -> {
                asked[0] = System.nanoTime();
                model.go(1);
            });
            Long took = shown.poll(60, TimeUnit.SECONDS);
            if (took == null) {
                throw new IllegalStateException("the next range was not shown within a minute");
            }
            nanos.add(took);
        }
        return nanos;
    }
}

package org.cohortdesk.ui;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import org.cohortdesk.ui.shell.MainWindow;

/**
 * {@code --measure-startup}: once the first page shows its data and a frame with it has been
 * rendered, prints {@code startup-ms: N} (milliseconds since the JVM started) and closes the
 * window. When the data cannot be opened it prints the reason on stderr instead.
 *
 * <p>The JVM's start comes from {@code RuntimeMXBean.getStartTime()} (milliseconds, taken by the
 * JVM as it starts). {@code ProcessHandle.info().startInstant()} was the other candidate: on Linux
 * it is read from {@code /proc} in clock ticks (10 ms) and on Windows it costs a native call per
 * use; the management bean costs ~15 ms of class loading, paid after the measurement.
 */
final class StartupMeasure {
    /** Frames to wait after ready: the first renders the page, the second starts after that render. */
    private static final int FRAMES = 2;

    private StartupMeasure() {}

    static void install(MainWindow window, PrintStream out, PrintStream err) {
        window.readyProperty().addListener((o, old, ready) -> {
            if (ready) {
                afterRenderedFrame(() -> report(window, out, err));
            }
        });
    }

    private static void report(MainWindow window, PrintStream out, PrintStream err) {
        long now = System.currentTimeMillis();
        if (window.exitCode() == MainWindow.EXIT_OK) {
            long start = ManagementFactory.getRuntimeMXBean().getStartTime();
            out.println("startup-ms: " + (now - start));
            out.flush();
        } else {
            window.failureMessage().ifPresent(err::println);
            err.flush();
        }
        window.quit();
    }

    private static void afterRenderedFrame(Runnable action) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long nanos) {
                if (++frames >= FRAMES) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }
}

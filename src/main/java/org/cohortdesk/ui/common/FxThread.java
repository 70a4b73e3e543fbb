package org.cohortdesk.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.application.Platform;

/**
 * Runs actions on the FX thread. Actions handed over before the toolkit has started wait and run,
 * in order, once {@link #toolkitStarted()} is called: so the database can start opening before the
 * window exists.
 */
public final class FxThread implements Executor {
    private final List<Runnable> waiting = new ArrayList<>();
    private boolean started;

    /** An executor for a toolkit that is already running (tests). */
    public static FxThread started() {
        FxThread fx = new FxThread();
        fx.toolkitStarted();
        return fx;
    }

    @Override
    public void execute(Runnable action) {
        synchronized (waiting) {
            if (!started) {
                waiting.add(action);
                return;
            }
        }
        Platform.runLater(action);
    }

    public void toolkitStarted() {
        synchronized (waiting) {
            started = true;
            waiting.forEach(Platform::runLater);
            waiting.clear();
        }
    }
}

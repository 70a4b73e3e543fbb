package org.cohortdesk.bench;

import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;

/** Runs work on the FX thread and waits for it: what the window benchmarks time from. */
final class OnFx {
    private OnFx() {}

    static void run(Runnable work) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                work.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }
}

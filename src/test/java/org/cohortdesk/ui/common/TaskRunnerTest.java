package org.cohortdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.cohortdesk.model.ProblemException;
import org.junit.jupiter.api.Test;

/** The background-task helper, with a plain queue standing in for the FX thread. */
class TaskRunnerTest {

    @Test
    void sameThreadRunsWorkAndCallbacksBeforeReturning() {
        List<String> events = new ArrayList<>();
        TaskRunner runner = TaskRunner.sameThread();
        BackgroundTask.of(progress -> {
                    events.add("work");
                    progress.update(0.5, "half");
                    return 42;
                })
                .onProgress((fraction, text) -> events.add("progress " + fraction + " " + text))
                .onSuccess(value -> events.add("success " + value))
                .runWith(runner);
        assertEquals(List.of("work", "progress 0.5 half", "success 42"), events);
        assertEquals(0, runner.runningProperty().get());
    }

    @Test
    void workRunsOnAWorkerAndOutcomesOnTheCallbackThread() throws Exception {
        LinkedBlockingQueue<Runnable> fxQueue = new LinkedBlockingQueue<>();
        ExecutorService workers = Executors.newSingleThreadExecutor();
        TaskRunner runner = new TaskRunner(workers, fxQueue::add);
        Thread caller = Thread.currentThread();
        List<Thread> workThreads = new ArrayList<>();
        List<Object> outcomes = new ArrayList<>();
        ProblemException refused = ProblemException.of("error.demo.not_empty", "3 cohorts");

        CompletableFuture<Integer> ok = BackgroundTask.of(progress -> {
                    workThreads.add(Thread.currentThread());
                    return 1;
                })
                .titled("Reading")
                .onSuccess(outcomes::add)
                .runWith(runner);
        CompletableFuture<Integer> failed = BackgroundTask.<Integer>of(progress -> {
                    throw refused;
                })
                .onFailure(outcomes::add)
                .runWith(runner);
        ok.get(5, TimeUnit.SECONDS);
        failed.exceptionally(e -> null).get(5, TimeUnit.SECONDS);

        assertTrue(outcomes.isEmpty(), "no callback before the FX queue runs");
        drain(fxQueue);
        assertEquals(List.of(1, refused), outcomes);
        assertTrue(workThreads.stream().noneMatch(t -> t == caller));
        assertEquals(0, runner.runningProperty().get());
        assertEquals("", runner.messageProperty().get());
        runner.close();
    }

    @Test
    void manyProgressReportsReachTheFxThreadAsFewUpdatesEndingWithTheLatest() throws Exception {
        LinkedBlockingQueue<Runnable> fxQueue = new LinkedBlockingQueue<>();
        TaskRunner runner = new TaskRunner(Executors.newSingleThreadExecutor(), fxQueue::add);
        List<Double> seen = new ArrayList<>();
        BackgroundTask.of(progress -> {
                    for (int i = 1; i <= 10_000; i++) {
                        progress.update(i / 10_000.0, "step");
                    }
                    return null;
                })
                .onProgress((fraction, text) -> seen.add(fraction))
                .runWith(runner)
                .get(5, TimeUnit.SECONDS);
        int posted = fxQueue.size();
        drain(fxQueue);
        assertTrue(posted < 100, "posted " + posted + " actions for 10,000 reports");
        assertEquals(1.0, seen.get(seen.size() - 1));
        runner.close();
    }

    @Test
    void unwrapsTheCauseOfAFailedFuture() {
        ProblemException cause = ProblemException.of("error.folder.in_use", "/data");
        assertSame(cause, TaskRunner.unwrap(new java.util.concurrent.CompletionException(cause)));
    }

    private static void drain(LinkedBlockingQueue<Runnable> queue) {
        Runnable next;
        while ((next = queue.poll()) != null) {
            next.run();
        }
    }
}

package org.cohortdesk.ui.common;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The one way the window runs slow work: {@link BackgroundTask}s on worker threads, their outcome
 * back on the FX thread. It also tells the status bar what is running ({@link #runningProperty()},
 * {@link #messageProperty()}, {@link #progressProperty()}; these change on the callback thread).
 *
 * <p>{@link #background(Executor)} is the real one. {@link #sameThread()} runs everything at once on
 * the caller's thread, for view-model tests. Worker threads are never interrupted: a thread doing
 * H2 I/O must not be (it can damage the file).
 */
public final class TaskRunner implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(TaskRunner.class.getName());

    private final Executor workers;
    private final Executor callbacks;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(this, "running");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);

    public TaskRunner(Executor workers, Executor callbacks) {
        this.workers = workers;
        this.callbacks = callbacks;
    }

    /** Three daemon worker threads; callbacks on the FX thread through {@code fx}. */
    public static TaskRunner background(Executor fx) {
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(3, work -> {
            Thread t = new Thread(work, "cohortdesk-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        return new TaskRunner(pool, fx);
    }

    /** Work and callbacks on the calling thread, in order, before {@code run} returns. */
    public static TaskRunner sameThread() {
        return new TaskRunner(Runnable::run, Runnable::run);
    }

    /**
     * Starts the task. The returned future completes on the worker thread (callbacks may not have
     * run yet); most callers ignore it.
     */
    public <T> CompletableFuture<T> run(BackgroundTask<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        callbacks.execute(() -> started(task.title()));
        AtomicReference<double[]> pendingFraction = new AtomicReference<>();
        AtomicReference<String> pendingMessage = new AtomicReference<>("");
        BackgroundTask.ProgressSink sink = (fraction, text) -> {
            pendingMessage.set(text == null ? "" : text);
            if (pendingFraction.getAndSet(new double[] {fraction}) == null) {
                callbacks.execute(() -> {
                    double[] latest = pendingFraction.getAndSet(null);
                    String latestText = pendingMessage.get();
                    progressed(task.title(), latest[0], latestText);
                    task.progress().update(latest[0], latestText);
                });
            }
        };
        workers.execute(() -> {
            T value;
            try {
                value = task.work().call(sink);
            } catch (Exception | LinkageError | AssertionError e) {
                callbacks.execute(() -> {
                    finished();
                    fail(task, e);
                });
                result.completeExceptionally(e);
                return;
            }
            callbacks.execute(() -> {
                finished();
                task.success().accept(value);
            });
            result.complete(value);
        });
        return result;
    }

    /** Starts plain work now, with no callbacks yet: see {@link #whenDone}. */
    public <T> CompletableFuture<T> start(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        workers.execute(() -> {
            try {
                result.complete(work.call());
            } catch (Exception | LinkageError | AssertionError e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /** Hands the outcome of work started earlier to callbacks on the callback thread. */
    public <T> void whenDone(CompletionStage<T> stage, Consumer<? super T> success, Consumer<Throwable> failure) {
        stage.whenComplete((value, error) -> callbacks.execute(() -> {
            if (error == null) {
                success.accept(value);
            } else {
                failure.accept(unwrap(error));
            }
        }));
    }

    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** From 0 to 1, or negative while the running task has not said how far it is. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Lets running work finish (up to {@code wait}), then stops the worker threads. */
    public void close(Duration wait) {
        if (workers instanceof ExecutorService pool) {
            pool.shutdown();
            try {
                if (!pool.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                    LOG.warning("background work still running at exit");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(10));
    }

    /** The cause a future wraps, as thrown by the work. */
    public static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private void started(String title) {
        running.set(running.get() + 1);
        if (!title.isEmpty()) {
            message.set(title);
            progress.set(-1);
        }
    }

    private void progressed(String title, double fraction, String text) {
        message.set(text.isEmpty() ? title : text);
        progress.set(fraction);
    }

    private void finished() {
        running.set(Math.max(0, running.get() - 1));
        if (running.get() == 0) {
            message.set("");
            progress.set(-1);
        }
    }

    private <T> void fail(BackgroundTask<T> task, Throwable e) {
        if (task.failure() != null) {
            task.failure().accept(e);
        } else {
            LOG.log(Level.SEVERE, "background work failed: " + task.title(), e);
        }
    }
}

package org.cohortdesk.ui.common;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * A piece of slow work (a query, a file, a load) described together with what the window does
 * with its outcome. The work runs on a worker thread; {@link #onSuccess}, {@link #onFailure} and
 * {@link #onProgress} run on the FX thread. Run it with {@link TaskRunner#run}.
 *
 * <pre>{@code
 * BackgroundTask.of(progress -> cohorts.summaries())
 *         .titled(tr("cohorts.loading"))
 *         .onSuccess(this::show)
 *         .onFailure(errors::show)
 *         .runWith(tasks);
 * }</pre>
 */
public final class BackgroundTask<T> {

    /** The work itself, on a worker thread. It may report progress as often as it likes. */
    @FunctionalInterface
    public interface Work<T> {
        T call(ProgressSink progress) throws Exception;
    }

    /** A fraction from 0 to 1 (negative: unknown) and a line of text for the user. */
    @FunctionalInterface
    public interface ProgressSink {
        void update(double fraction, String message);
    }

    private final Work<T> work;
    private String title = "";
    private Consumer<? super T> success = value -> {};
    private Consumer<Throwable> failure;
    private ProgressSink progress = (fraction, message) -> {};

    private BackgroundTask(Work<T> work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    public static <T> BackgroundTask<T> of(Work<T> work) {
        return new BackgroundTask<>(work);
    }

    /** What the status bar says while the task runs (already in the user's language). */
    public BackgroundTask<T> titled(String text) {
        this.title = text == null ? "" : text;
        return this;
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> action) {
        this.success = Objects.requireNonNull(action);
        return this;
    }

    /** Without one, a failure is only logged. */
    public BackgroundTask<T> onFailure(Consumer<Throwable> action) {
        this.failure = Objects.requireNonNull(action);
        return this;
    }

    /** Called on the FX thread with the latest progress; intermediate reports may be skipped. */
    public BackgroundTask<T> onProgress(ProgressSink action) {
        this.progress = Objects.requireNonNull(action);
        return this;
    }

    public CompletableFuture<T> runWith(TaskRunner runner) {
        return runner.run(this);
    }

    Work<T> work() {
        return work;
    }

    String title() {
        return title;
    }

    Consumer<? super T> success() {
        return success;
    }

    Consumer<Throwable> failure() {
        return failure;
    }

    ProgressSink progress() {
        return progress;
    }
}

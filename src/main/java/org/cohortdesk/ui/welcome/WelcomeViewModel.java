package org.cohortdesk.ui.welcome;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.demo.DemoDataService;
import org.cohortdesk.ui.common.BackgroundTask;
import org.cohortdesk.ui.common.TaskRunner;

/**
 * The first-run page: load a year of sample data (in the background, with progress) or start with
 * an empty workspace. Either way the window then shows the cohorts.
 */
public final class WelcomeViewModel {

    /** Loads the sample into the open workspace, reporting progress; on a worker thread. */
    @FunctionalInterface
    public interface SampleLoader {
        DemoDataService.Loaded load(Consumer<DemoDataService.Progress> progress) throws Exception;
    }

    /** How many years of sample data the welcome page loads, and from which seed. */
    public static final int SAMPLE_YEARS = 1;
    public static final long SAMPLE_SEED = 1L;

    private final SampleLoader loader;
    private final Localization tr;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final Consumer<DemoDataService.Loaded> onLoaded;
    private final Runnable onEmpty;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");

    /**
     * @param onLoaded called on the FX thread once the sample is stored
     * @param onEmpty called when the user starts with an empty workspace
     */
    public WelcomeViewModel(SampleLoader loader, Localization tr, TaskRunner tasks, Consumer<Throwable> onFailure,
            Consumer<DemoDataService.Loaded> onLoaded, Runnable onEmpty) {
        this.loader = loader;
        this.tr = tr;
        this.tasks = tasks;
        this.onFailure = onFailure;
        this.onLoaded = onLoaded;
        this.onEmpty = onEmpty;
    }

    /** The loader of the real service: a year of sample data from seed 1. */
    public static SampleLoader sampleOf(DemoDataService demo) {
        return progress -> demo.load(SAMPLE_YEARS, SAMPLE_SEED, progress);
    }

    public void loadSample() {
        if (loading.get()) {
            return;
        }
        loading.set(true);
        progress.set(-1);
        progressText.set(tr.tr("welcome.loading"));
        BackgroundTask.<DemoDataService.Loaded>of(sink -> loader.load(p -> sink.update(p.fraction(), stepText(p.stepKey()))))
                .titled(tr.tr("welcome.loading"))
                .onProgress((fraction, text) -> {
                    progress.set(fraction);
                    progressText.set(text);
                })
                .onSuccess(loaded -> {
                    loading.set(false);
                    progress.set(1);
                    progressText.set(tr.tr("welcome.loaded", loaded.cohorts(), loaded.people()));
                    onLoaded.accept(loaded);
                })
                .onFailure(e -> {
                    loading.set(false);
                    progress.set(-1);
                    progressText.set("");
                    onFailure.accept(e);
                })
                .runWith(tasks);
    }

    public void startEmpty() {
        if (!loading.get()) {
            onEmpty.run();
        }
    }

    private String stepText(String stepKey) {
        return stepKey != null && tr.has(stepKey) ? tr.tr(stepKey) : tr.tr("welcome.loading");
    }

    /** True while the sample loads: the buttons wait. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** From 0 to 1, negative while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public Localization localization() {
        return tr;
    }
}

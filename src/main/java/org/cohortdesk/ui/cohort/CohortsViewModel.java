package org.cohortdesk.ui.cohort;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.CohortSummary;
import org.cohortdesk.ui.common.BackgroundTask;
import org.cohortdesk.ui.common.TaskRunner;
import org.cohortdesk.model.TextMatch;

/**
 * The cohort list: every cohort as a {@link CohortRow} (read and prepared in the background), the
 * rows the filter lets through, and the words above and inside the table. The filter works in
 * memory on text folded once per row, so typing never waits for the database.
 */
public final class CohortsViewModel {
    private final Supplier<List<CohortSummary>> source;
    private final Localization tr;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;

    private final ObservableList<CohortRow> rows = FXCollections.observableArrayList();
    private final FilteredList<CohortRow> shown = new FilteredList<>(rows);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(this, "placeholder", "");

    /** {@code source} is called on a worker thread (for example {@code cohortService::summaries}). */
    public CohortsViewModel(Supplier<List<CohortSummary>> source, Localization tr, TaskRunner tasks, Consumer<Throwable> onFailure) {
        this.source = source;
        this.tr = tr;
        this.tasks = tasks;
        this.onFailure = onFailure;
        filter.addListener((o, old, now) -> applyFilter());
        describe();
    }

    /** Reads the cohorts again, in the background. */
    public void load() {
        prepare(source, () -> {});
    }

    /** Reads the cohorts again, in the background; {@code then} runs once the new rows show. */
    public void load(Runnable then) {
        prepare(source, then);
    }

    /** Shows cohorts already read (at start-up); the rows are still prepared in the background. */
    public void show(List<CohortSummary> summaries) {
        prepare(() -> summaries, () -> {});
    }

    private void prepare(Supplier<List<CohortSummary>> from, Runnable then) {
        loading.set(true);
        describe();
        BackgroundTask.of(progress -> from.get().stream().map(s -> CohortRow.of(s, tr)).toList())
                .titled(tr.tr("cohorts.loading"))
                .onSuccess(fresh -> {
                    setRows(fresh);
                    then.run();
                })
                .onFailure(e -> {
                    loading.set(false);
                    describe();
                    onFailure.accept(e);
                })
                .runWith(tasks);
    }

    private void setRows(List<CohortRow> fresh) {
        rows.setAll(fresh);
        loading.set(false);
        loaded.set(true);
        describe();
    }

    private void applyFilter() {
        TextMatch match = TextMatch.of(filter.get());
        shown.setPredicate(match.matchesEverything() ? null : row -> row.matches(match));
        describe();
    }

    private void describe() {
        String query = filter.get() == null ? "" : filter.get().strip();
        if (!loaded.get() || loading.get() && rows.isEmpty()) {
            placeholder.set(tr.tr("cohorts.loading"));
        } else if (rows.isEmpty()) {
            placeholder.set(tr.tr("cohorts.empty"));
        } else {
            placeholder.set(tr.tr("cohorts.no_match", query));
        }
        if (!loaded.get()) {
            countText.set("");
        } else if (shown.size() == rows.size()) {
            countText.set(tr.tr("cohorts.count", rows.size()));
        } else {
            countText.set(tr.tr("cohorts.count_filtered", shown.size(), rows.size()));
        }
    }

    /** All rows, unfiltered. */
    public ObservableList<CohortRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** The rows the filter lets through, in the order read (newest first). */
    public FilteredList<CohortRow> shownRows() {
        return shown;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True once the cohorts were read at least once. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** "12 cohorts" or "3 of 12 cohorts". */
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    /** What the table says when it shows no row: loading, nothing stored, or nothing matches. */
    public ReadOnlyStringProperty placeholderProperty() {
        return placeholder.getReadOnlyProperty();
    }

    public Localization localization() {
        return tr;
    }
}

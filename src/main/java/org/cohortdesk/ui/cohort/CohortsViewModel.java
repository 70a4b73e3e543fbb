package org.cohortdesk.ui.cohort;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.CohortSummary;
import org.cohortdesk.ui.common.FilteredRows;
import org.cohortdesk.ui.common.TaskRunner;

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

    private final FilteredRows<CohortRow> list;

    /** {@code source} is called on a worker thread (for example {@code cohortService::summaries}). */
    public CohortsViewModel(Supplier<List<CohortSummary>> source, Localization tr, TaskRunner tasks, Consumer<Throwable> onFailure) {
        this.source = source;
        this.tr = tr;
        this.tasks = tasks;
        this.onFailure = onFailure;
        this.list = new FilteredRows<>(tr, new FilteredRows.Messages("cohorts.loading", "cohorts.empty", "cohorts.no_match",
                "cohorts.count", "cohorts.count_filtered"), CohortRow::matches);
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
        list.load(tasks, tr.tr("cohorts.loading"), () -> from.get().stream().map(s -> CohortRow.of(s, tr)).toList(), onFailure, then);
    }

    /** All rows, unfiltered. */
    public ObservableList<CohortRow> rows() {
        return list.rows();
    }

    /** The rows the filter lets through, in the order read (newest first). */
    public ObservableList<CohortRow> shownRows() {
        return list.shown();
    }

    public StringProperty filterProperty() {
        return list.filterProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return list.loadingProperty();
    }

    /** True once the cohorts were read at least once. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return list.loadedProperty();
    }

    /** "12 cohorts" or "3 of 12 cohorts". */
    public ReadOnlyStringProperty countTextProperty() {
        return list.countTextProperty();
    }

    /** What the table says when it shows no row: loading, nothing stored, or nothing matches. */
    public ReadOnlyStringProperty placeholderProperty() {
        return list.placeholderProperty();
    }

    public Localization localization() {
        return tr;
    }
}

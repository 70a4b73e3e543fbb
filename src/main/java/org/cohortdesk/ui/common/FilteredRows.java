package org.cohortdesk.ui.common;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.TextMatch;

/**
 * The state of a list that filters as the user types, for a page's view model: the rows, the ones
 * the filter lets through (matching ignores case and Vietnamese accents, see {@link TextMatch}),
 * the filter text, whether the rows are being read, and the words under and over the table ("3 of
 * 12 cohorts", "No cohort matches ..."). Lives on the FX thread; rows are read elsewhere and
 * handed to {@link #setAll}.
 */
public final class FilteredRows<T> {

    /** The message keys of one page: {@code count} takes the total, {@code countFiltered} the shown and the total, {@code noMatch} the query. */
    public record Messages(String loading, String empty, String noMatch, String count, String countFiltered) {}

    private final Localization tr;
    private final Messages messages;
    private final BiPredicate<T, TextMatch> matcher;
    private final ObservableList<T> rows = FXCollections.observableArrayList();
    /** One view kept for good: a view made per call listens weakly and would drop its listeners when collected. */
    private final ObservableList<T> rowsView = FXCollections.unmodifiableObservableList(rows);
    /**
     * The rows shown, replaced whole when the filter or the rows change: one change for the table
     * to take, where a {@code FilteredList} under a sorted table made thousands of small ones per
     * keystroke (see docs/performance.md).
     */
    private final ObservableList<T> shown = FXCollections.observableArrayList();
    private final ObservableList<T> shownView = FXCollections.unmodifiableObservableList(shown);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    /** The query {@link #shown} was made with from the current rows; null when the rows changed since. */
    private TextMatch lastMatch;
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");
    private final ReadOnlyStringWrapper placeholder = new ReadOnlyStringWrapper(this, "placeholder", "");

    /** {@code matcher} says whether a row matches the typed query (usually against text folded once per row). */
    public FilteredRows(Localization tr, Messages messages, BiPredicate<T, TextMatch> matcher) {
        this.tr = tr;
        this.messages = messages;
        this.matcher = matcher;
        filter.addListener((o, old, now) -> applyFilter());
        describe();
    }

    /** Marks the rows as being read (or no longer, after a failure). */
    public void setLoading(boolean now) {
        loading.set(now);
        describe();
    }

    /** Shows fresh rows; the filter as typed applies to them. */
    public void setAll(List<T> fresh) {
        rows.setAll(fresh);
        lastMatch = null;
        refilter(true);
        loading.set(false);
        loaded.set(true);
        describe();
    }

    /**
     * Reads the rows again in the background: {@code work} runs on a worker thread, its rows show
     * (filter as typed), then {@code then} runs; a failure ends the loading state and goes to
     * {@code onFailure}. Call on the FX thread.
     */
    public void load(TaskRunner tasks, String title, Callable<List<T>> work, Consumer<Throwable> onFailure, Runnable then) {
        setLoading(true);
        BackgroundTask.of(progress -> work.call())
                .titled(title)
                .onSuccess(fresh -> {
                    setAll(fresh);
                    then.run();
                })
                .onFailure(e -> {
                    setLoading(false);
                    onFailure.accept(e);
                })
                .runWith(tasks);
    }

    private void applyFilter() {
        refilter(false);
        describe();
    }

    /**
     * Shows the rows the filter lets through. When the query only grew since the last time (one
     * more letter typed), a row it now matches was matched before, so only the rows shown are
     * tested again. Fresh rows are always shown ({@code fresh}); a new query that lets the same rows
     * through changes nothing.
     */
    private void refilter(boolean fresh) {
        TextMatch match = TextMatch.of(filter.get());
        List<T> candidates = match.narrows(lastMatch) ? shown : rows;
        List<T> matching = match.matchesEverything() ? rows : candidates.stream().filter(row -> matcher.test(row, match)).toList();
        lastMatch = match;
        if (fresh || !shown.equals(matching)) {
            shown.setAll(matching);
        }
    }

    private void describe() {
        String query = filter.get() == null ? "" : filter.get().strip();
        if (!loaded.get() || loading.get() && rows.isEmpty()) {
            placeholder.set(tr.tr(messages.loading()));
        } else if (rows.isEmpty()) {
            placeholder.set(tr.tr(messages.empty()));
        } else {
            placeholder.set(tr.tr(messages.noMatch(), query));
        }
        if (!loaded.get()) {
            countText.set("");
        } else if (shown.size() == rows.size()) {
            countText.set(tr.tr(messages.count(), rows.size()));
        } else {
            countText.set(tr.tr(messages.countFiltered(), shown.size(), rows.size()));
        }
    }

    /** All rows, unfiltered. */
    public ObservableList<T> rows() {
        return rowsView;
    }

    /** The rows the filter lets through, in the order given. */
    public ObservableList<T> shown() {
        return shownView;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True once rows were given at least once. */
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
}

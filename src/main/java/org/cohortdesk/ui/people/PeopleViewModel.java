package org.cohortdesk.ui.people;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.Services;
import org.cohortdesk.service.person.PeopleDirectory;
import org.cohortdesk.service.person.PersonHistory;
import org.cohortdesk.service.person.PersonMerge;
import org.cohortdesk.ui.common.BackgroundTask;
import org.cohortdesk.ui.common.FilteredRows;
import org.cohortdesk.ui.common.TaskRunner;

/**
 * The People page: everyone as {@link PersonRow}s (read and prepared in the background), the rows
 * the filter lets through (in memory, on text folded once per row), the cohorts of the selected
 * person, the likely duplicate pairs, and merging a pair.
 */
public final class PeopleViewModel {

    /** What the page reads and writes; every method is called on a worker thread. */
    public interface Source {
        List<PeopleDirectory.Entry> entries();

        List<PersonHistory.Line> history(UUID personId);

        List<PeopleDirectory.Duplicate> duplicates();

        PersonMerge.Result merge(UUID keepId, int keepVersion, UUID dropId, int dropVersion);

        static Source of(Services services) {
            return new Source() {
                @Override
                public List<PeopleDirectory.Entry> entries() {
                    return services.directory().entries();
                }

                @Override
                public List<PersonHistory.Line> history(UUID personId) {
                    return services.histories().of(personId);
                }

                @Override
                public List<PeopleDirectory.Duplicate> duplicates() {
                    return services.directory().duplicates();
                }

                @Override
                public PersonMerge.Result merge(UUID keepId, int keepVersion, UUID dropId, int dropVersion) {
                    return services.merges().merge(keepId, keepVersion, dropId, dropVersion);
                }
            };
        }
    }

    private final Source source;
    private final Localization tr;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;

    private final FilteredRows<PersonRow> list;

    private final ObjectProperty<PersonRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<HistoryRow> history = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper historyTitle = new ReadOnlyStringWrapper(this, "historyTitle", "");
    private int historyRequest;

    private final ObservableList<DuplicateRow> duplicates = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper duplicatesLoaded = new ReadOnlyBooleanWrapper(this, "duplicatesLoaded");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper duplicatesText = new ReadOnlyStringWrapper(this, "duplicatesText", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");

    public PeopleViewModel(Source source, Localization tr, TaskRunner tasks, Consumer<Throwable> onFailure) {
        this.source = source;
        this.tr = tr;
        this.tasks = tasks;
        this.onFailure = onFailure;
        this.list = new FilteredRows<>(tr, new FilteredRows.Messages("people.loading", "people.empty", "people.no_match",
                "people.count", "people.count_filtered"), (row, match) -> match.matches(row.searchText()));
        selected.addListener((o, old, now) -> loadHistory(now));
        describeHistory(null, false);
        duplicatesText.set(tr.tr("people.duplicates.loading"));
    }

    /** Reads everyone again, in the background. */
    public void load() {
        load(() -> {});
    }

    /** Reads everyone again, in the background; {@code then} runs once the new rows show. */
    public void load(Runnable then) {
        list.setLoading(true);
        BackgroundTask.of(progress -> source.entries().stream().map(e -> PersonRow.of(e.person(), e.cohorts(), tr)).toList())
                .titled(tr.tr("people.loading"))
                .onSuccess(fresh -> {
                    list.setAll(fresh);
                    then.run();
                })
                .onFailure(e -> {
                    list.setLoading(false);
                    onFailure.accept(e);
                })
                .runWith(tasks);
    }

    /** Reads the likely duplicate pairs, with each record's cohorts, in the background. */
    public void loadDuplicates() {
        duplicatesText.set(tr.tr("people.duplicates.loading"));
        BackgroundTask.of(progress -> {
            Map<UUID, List<String>> cohorts = new HashMap<>();
            for (PeopleDirectory.Entry e : source.entries()) {
                cohorts.put(e.person().id(), e.cohorts());
            }
            return source.duplicates().stream()
                    .map(d -> new DuplicateRow(PersonRow.of(d.first(), cohorts.getOrDefault(d.first().id(), List.of()), tr),
                            PersonRow.of(d.second(), cohorts.getOrDefault(d.second().id(), List.of()), tr), tr.tr(d.reason())))
                    .toList();
        })
                .titled(tr.tr("people.duplicates.loading"))
                .onSuccess(found -> {
                    duplicates.setAll(found);
                    duplicatesLoaded.set(true);
                    duplicatesText.set(found.isEmpty() ? tr.tr("people.duplicates.empty") : tr.tr("people.duplicates.count", found.size()));
                })
                .onFailure(e -> {
                    duplicatesText.set("");
                    onFailure.accept(e);
                })
                .runWith(tasks);
    }

    /**
     * Merges the plan's pair in the background; on success says what moved, then reads everyone
     * and the pairs again. A stale pair (changed since read) is refused and the pairs are read again.
     */
    public void merge(MergePlan plan, Runnable then) {
        busy.set(true);
        PersonRow keep = plan.keep();
        PersonRow drop = plan.drop();
        BackgroundTask.of(progress -> source.merge(keep.id(), keep.person().version(), drop.id(), drop.person().version()))
                .titled(tr.tr("people.merge.running"))
                .onSuccess(result -> {
                    busy.set(false);
                    message.set(tr.tr("people.merge.done", drop.nameLatin(), result.kept().nameLatin(),
                            result.enrollmentsMoved() + result.enrollmentsJoined(), result.marksMoved()));
                    load();
                    loadDuplicates();
                    then.run();
                })
                .onFailure(e -> {
                    busy.set(false);
                    onFailure.accept(e);
                    load();
                    loadDuplicates();
                })
                .runWith(tasks);
    }

    private void loadHistory(PersonRow person) {
        int request = ++historyRequest;
        history.clear();
        if (person == null) {
            describeHistory(null, false);
            return;
        }
        describeHistory(person, false);
        BackgroundTask.of(progress -> source.history(person.id()).stream().map(l -> HistoryRow.of(l, tr)).toList())
                .onSuccess(lines -> {
                    if (request == historyRequest) {
                        history.setAll(lines);
                        describeHistory(person, true);
                    }
                })
                .onFailure(onFailure)
                .runWith(tasks);
    }

    private void describeHistory(PersonRow person, boolean read) {
        if (person == null) {
            historyTitle.set(tr.tr("people.history.none"));
        } else if (read && history.isEmpty()) {
            historyTitle.set(tr.tr("people.history.empty", person.nameLatin()));
        } else {
            historyTitle.set(tr.tr("people.history.title", person.nameLatin()));
        }
    }

    /** All rows, unfiltered. */
    public ObservableList<PersonRow> rows() {
        return list.rows();
    }

    /** The rows the filter lets through, sorted by romanised name. */
    public ObservableList<PersonRow> shownRows() {
        return list.shown();
    }

    public StringProperty filterProperty() {
        return list.filterProperty();
    }

    /** The person whose cohorts show; the view binds the table's selection here. */
    public ObjectProperty<PersonRow> selectedProperty() {
        return selected;
    }

    /** The selected person's cohorts, oldest first. */
    public ObservableList<HistoryRow> history() {
        return FXCollections.unmodifiableObservableList(history);
    }

    /** "Cohorts of …", or what to do to see them. */
    public ReadOnlyStringProperty historyTitleProperty() {
        return historyTitle.getReadOnlyProperty();
    }

    public ObservableList<DuplicateRow> duplicates() {
        return FXCollections.unmodifiableObservableList(duplicates);
    }

    /** True once the pairs were read at least once. */
    public ReadOnlyBooleanProperty duplicatesLoadedProperty() {
        return duplicatesLoaded.getReadOnlyProperty();
    }

    /** "3 pairs", "No likely duplicates", or reading. */
    public ReadOnlyStringProperty duplicatesTextProperty() {
        return duplicatesText.getReadOnlyProperty();
    }

    /** True while a merge runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the last merge did. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return list.loadedProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return list.loadingProperty();
    }

    /** "11,512 people" or "3 of 11,512 people". */
    public ReadOnlyStringProperty countTextProperty() {
        return list.countTextProperty();
    }

    /** What the table says when it shows no row: reading, nobody stored, or nobody matches. */
    public ReadOnlyStringProperty placeholderProperty() {
        return list.placeholderProperty();
    }

    public Localization localization() {
        return tr;
    }
}

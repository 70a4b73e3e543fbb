package org.cohortdesk.ui.exchange;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.exchange.ExchangeService.Conflict;
import org.cohortdesk.ui.common.BackgroundTask;
import org.cohortdesk.ui.common.TaskRunner;

/**
 * The conflicts that imported packages left: the list, the chosen conflict's differing fields each
 * with "take theirs" ticked or not, and resolving it (in the background; the list is read again).
 */
public final class ConflictsViewModel {
    /** One differing field of the chosen conflict, and whether it takes the other institution's value. */
    public static final class Choice {
        private final String column;
        private final String mine;
        private final String theirs;
        private final BooleanProperty takeTheirs = new SimpleBooleanProperty(this, "takeTheirs");

        Choice(String column, String mine, String theirs) {
            this.column = column;
            this.mine = mine;
            this.theirs = theirs;
        }

        public String column() {
            return column;
        }

        public String mine() {
            return mine;
        }

        public String theirs() {
            return theirs;
        }

        public BooleanProperty takeTheirsProperty() {
            return takeTheirs;
        }
    }

    private static final Map<String, String> TABLE_KEYS = Map.ofEntries(
            Map.entry("partners", "exchange.table.partners"), Map.entry("agreements", "exchange.table.agreements"),
            Map.entry("courses", "exchange.table.courses"), Map.entry("course_modules", "exchange.table.course_modules"),
            Map.entry("cohorts", "exchange.table.cohorts"), Map.entry("people", "exchange.table.people"),
            Map.entry("enrollments", "exchange.table.enrollments"), Map.entry("sessions", "exchange.table.sessions"),
            Map.entry("study_visits", "exchange.table.study_visits"), Map.entry("resources", "exchange.table.resources"),
            Map.entry("session_resources", "exchange.table.session_resources"), Map.entry("attendance", "exchange.table.attendance"));

    private final Supplier<List<Conflict>> read;
    private final BiConsumer<UUID, Set<String>> resolve;
    private final Localization tr;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final ObservableList<Conflict> conflicts = FXCollections.observableArrayList();
    private final ObjectProperty<Conflict> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private Runnable afterResolve = () -> {};

    public ConflictsViewModel(Supplier<List<Conflict>> read, BiConsumer<UUID, Set<String>> resolve, Localization tr, TaskRunner tasks,
            Consumer<Throwable> onFailure) {
        this.read = read;
        this.resolve = resolve;
        this.tr = tr;
        this.tasks = tasks;
        this.onFailure = onFailure;
        selected.addListener((obs, old, now) -> choices.setAll(now == null ? List.of()
                : now.fields().stream().map(f -> new Choice(f.column(), f.mine(), f.theirs())).toList()));
    }

    /** Reads the conflicts in the background and selects the first. */
    public void load() {
        busy.set(true);
        BackgroundTask.of(progress -> read.get())
                .titled(tr.tr("exchange.task.conflicts"))
                .onSuccess(found -> {
                    busy.set(false);
                    conflicts.setAll(found);
                    selected.set(found.isEmpty() ? null : found.get(0));
                    if (found.isEmpty() && message.get().isEmpty()) {
                        message.set(tr.tr("exchange.conflicts.none"));
                    }
                })
                .onFailure(e -> {
                    busy.set(false);
                    onFailure.accept(e);
                })
                .runWith(tasks);
    }

    /** Settles the selected conflict: the ticked fields take their value, the others keep this institution's. */
    public void resolveSelected() {
        Conflict conflict = selected.get();
        if (conflict == null || busy.get()) {
            return;
        }
        Set<String> take = choices.stream().filter(c -> c.takeTheirs.get()).map(Choice::column).collect(Collectors.toSet());
        busy.set(true);
        BackgroundTask.of(progress -> {
                    resolve.accept(conflict.id(), take);
                    return conflict;
                })
                .onSuccess(done -> {
                    busy.set(false);
                    message.set(tr.tr("exchange.conflicts.resolved", describe(done)));
                    afterResolve.run();
                    load();
                })
                .onFailure(e -> {
                    busy.set(false);
                    onFailure.accept(e);
                    load();
                })
                .runWith(tasks);
    }

    /** Ticks or clears "take theirs" on every field. */
    public void takeAll(boolean theirs) {
        choices.forEach(c -> c.takeTheirs.set(theirs));
    }

    /** A conflict in a line: what kind of row, and which. */
    public String describe(Conflict c) {
        String kind = TABLE_KEYS.containsKey(c.table()) ? tr.tr(TABLE_KEYS.get(c.table())) : c.table();
        return tr.tr("exchange.conflicts.item", kind, c.label());
    }

    /** A column's name as a coordinator reads it. */
    public static String fieldName(String column) {
        return column.replace('_', ' ');
    }

    public void setAfterResolve(Runnable action) {
        afterResolve = action;
    }

    public ObservableList<Conflict> conflicts() {
        return conflicts;
    }

    public ObjectProperty<Conflict> selectedProperty() {
        return selected;
    }

    public ObservableList<Choice> choices() {
        return choices;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public Localization localization() {
        return tr;
    }
}

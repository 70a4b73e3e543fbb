package org.cohortdesk.ui.exchange;

import java.util.List;
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
import org.cohortdesk.service.exchange.FieldLabels;
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
        private final String label;
        private final String mine;
        private final String theirs;
        private final BooleanProperty takeTheirs = new SimpleBooleanProperty(this, "takeTheirs");

        Choice(String column, String label, String mine, String theirs) {
            this.column = column;
            this.label = label;
            this.mine = mine;
            this.theirs = theirs;
        }

        public String column() {
            return column;
        }

        /** The field's label as the forms show it, in the window's language. */
        public String label() {
            return label;
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

    /** A side of a deleted row shows no values. */
    private static final String NOTHING = "—";

    private final Supplier<List<Conflict>> read;
    private final BiConsumer<UUID, Set<String>> resolve;
    private final Localization tr;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final ObservableList<Conflict> conflicts = FXCollections.observableArrayList();
    private final ObjectProperty<Conflict> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final StringProperty deletion = new SimpleStringProperty(this, "deletion", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private Runnable afterResolve = () -> {};

    public ConflictsViewModel(Supplier<List<Conflict>> read, BiConsumer<UUID, Set<String>> resolve, Localization tr, TaskRunner tasks,
            Consumer<Throwable> onFailure) {
        this.read = read;
        this.resolve = resolve;
        this.tr = tr;
        this.tasks = tasks;
        this.onFailure = onFailure;
        selected.addListener((obs, old, now) -> choose(now));
    }

    /** The chosen conflict's fields; when one side deleted the row, one tick takes their side for the whole row. */
    private void choose(Conflict c) {
        if (c == null) {
            choices.clear();
            deletion.set("");
            return;
        }
        String gone = FieldLabels.deletion(tr, c);
        deletion.set(gone == null ? "" : gone);
        List<Choice> made = c.fields().stream()
                .map(f -> new Choice(f.column(), FieldLabels.field(tr, c.table(), f.column()),
                        c.deletedHere() != null ? NOTHING : f.mine(), c.deletedThere() != null ? NOTHING : f.theirs()))
                .toList();
        if (c.deletion()) {
            made.forEach(choice -> choice.takeTheirs.addListener((obs, was, now) -> made.forEach(other -> other.takeTheirs.set(now))));
        }
        choices.setAll(made);
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
        return tr.tr("exchange.conflicts.item", FieldLabels.table(tr, c.table()), c.label());
    }

    /** When one side deleted the chosen row: "Deleted at … on …" and what a tick does; empty otherwise. */
    public StringProperty deletionProperty() {
        return deletion;
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

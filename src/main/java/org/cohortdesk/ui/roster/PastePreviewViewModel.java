package org.cohortdesk.ui.roster;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.model.Severity;
import org.cohortdesk.service.roster.ColumnMapping;
import org.cohortdesk.service.roster.PasteColumn;
import org.cohortdesk.service.roster.PasteRow;
import org.cohortdesk.service.roster.RosterPaste;
import org.cohortdesk.ui.common.BackgroundTask;
import org.cohortdesk.ui.common.ErrorReporter;
import org.cohortdesk.ui.common.TaskRunner;

/**
 * The preview of rows pasted into a cohort's roster: reads and checks them in the background,
 * shows each row with its problems and a summary, and adds the people, all or nothing, when there
 * is no error. The user may give a column another field and say a row linked to someone on file
 * is a new person; the rows are then checked again at once (in the background, the latest choice
 * winning). Never touches a node.
 */
public final class PastePreviewViewModel {

    /** Saves the rows of a preview (for example {@code rosterPaste::save}); called on a worker thread. */
    @FunctionalInterface
    public interface Save {
        int save(UUID cohortId, List<PasteRow> rows);
    }

    /**
     * Reads and checks the rows (for example {@code rosterPaste::preview}) with the columns mapped as
     * given (null: by the header's titles) and the rows numbered in {@code asNew} taken as new people;
     * called on a worker thread.
     */
    @FunctionalInterface
    public interface Reader {
        RosterPaste.Preview read(String code, String text, ColumnMapping columns, Set<Integer> asNew);
    }

    /** A note about the paste as a whole, in words. */
    public record Note(String text, boolean error) {}

    private final String code;
    private final String text;
    private final Reader preview;
    private final Save saver;
    private final Localization tr;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;

    private final ObservableList<PastePreviewRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Note> notes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper summaryIsError = new ReadOnlyBooleanWrapper(this, "summaryIsError");
    private final ReadOnlyStringWrapper addText = new ReadOnlyStringWrapper(this, "addText", "");
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper(this, "canSave");
    private final BooleanProperty skipRefused = new SimpleBooleanProperty(this, "skipRefused");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyIntegerWrapper added = new ReadOnlyIntegerWrapper(this, "added", -1);
    private final ReadOnlyObjectWrapper<ColumnMapping> columns = new ReadOnlyObjectWrapper<>(this, "columns");
    private final Set<Integer> asNew = new TreeSet<>();
    /** Counts the readings started; a reading's result is shown only when no later one was started. */
    private long readings;
    /** The mapping the latest reading was started with (null: by the header's titles), shown or not yet. */
    private ColumnMapping asked;
    private RosterPaste.Preview current;
    /** The summary's words when some row has an error: for pasted rows, or for a file. */
    private String errorsKey = "paste.summary.errors";

    /** {@code preview} (cohort code, pasted text) and {@code saver} are called on a worker thread; the columns cannot be changed. */
    public PastePreviewViewModel(String code, String text, BiFunction<String, String, RosterPaste.Preview> preview, Save saver,
            Localization tr, TaskRunner tasks, Consumer<Throwable> onFailure) {
        this(code, text, (c, t, mapping, rows) -> preview.apply(c, t), saver, tr, tasks, onFailure);
    }

    /** {@code preview} and {@code saver} are called on a worker thread. */
    public PastePreviewViewModel(String code, String text, Reader preview, Save saver, Localization tr, TaskRunner tasks,
            Consumer<Throwable> onFailure) {
        this.code = code;
        this.text = text;
        this.preview = preview;
        this.saver = saver;
        this.tr = tr;
        this.tasks = tasks;
        this.onFailure = onFailure;
        this.addText.set(tr.tr("paste.add", 0));
        skipRefused.addListener((o, was, now) -> summarise());
    }

    private record Prepared(RosterPaste.Preview preview, List<PastePreviewRow> rows, List<Note> notes) {}

    /** Words the summary for rows read from a file rather than pasted (fix the file, or a column's field). */
    public void describeAFile() {
        errorsKey = "roster.import.summary.errors";
    }

    /** Reads and checks the pasted text in the background. */
    public void load() {
        read(null);
    }

    /**
     * Gives the column at {@code index} the field {@code field} (null: not imported) and checks the
     * rows again; the column that had the field loses it, as the notes then say.
     */
    public void choose(int index, PasteColumn field) {
        ColumnMapping now = latest();
        if (now == null || now.columns().get(index).field() == field) {
            return;
        }
        read(now.choose(index, field));
    }

    /**
     * Says that the row numbered {@code row} is a new person ({@code asNewPerson}) although it looks
     * like someone on file, or takes that back; the rows are checked again.
     */
    public void keepNew(int row, boolean asNewPerson) {
        if (asNewPerson ? asNew.add(row) : asNew.remove(row)) {
            read(latest());
        }
    }

    /** The columns as last chosen, even when the rows are still being read with them; else as last shown. */
    private ColumnMapping latest() {
        return asked != null ? asked : columns.get();
    }

    private void read(ColumnMapping mapping) {
        long reading = ++readings;
        asked = mapping;
        busy.set(true);
        canSave.set(false);
        summary.set(tr.tr("paste.reading"));
        Set<Integer> chosenNew = Set.copyOf(asNew);
        BackgroundTask.of(progress -> prepare(preview.read(code, text, mapping, chosenNew)))
                .titled(tr.tr("paste.reading"))
                .onSuccess(prepared -> {
                    if (reading == readings) {
                        show(prepared);
                    }
                })
                .onFailure(e -> {
                    if (reading == readings) {
                        failed(e);
                    }
                })
                .runWith(tasks);
    }

    private Prepared prepare(RosterPaste.Preview p) {
        List<PastePreviewRow> shown = p.rows().stream().map(r -> PastePreviewRow.of(r, tr)).toList();
        List<Note> said = p.notes().stream().map(n -> new Note(tr.tr(n), n.severity() == Severity.ERROR)).toList();
        return new Prepared(p, shown, said);
    }

    private void show(Prepared prepared) {
        current = prepared.preview();
        columns.set(current.columns());
        rows.setAll(prepared.rows());
        notes.setAll(prepared.notes());
        busy.set(false);
        summarise();
    }

    /** The summary, the Add button's words and whether it can be pressed, for the rows read and the skip choice. */
    private void summarise() {
        if (current == null) {
            return;
        }
        long toAdd = current.toAdd();
        long errors = current.errors();
        long warned = rows.stream().filter(r -> !r.hasErrors() && r.hasWarnings()).count();
        long refusedRows = current.rows().stream().filter(PasteRow::hasErrors).count();
        boolean wholeRefused = errors > refusedRows;
        if (skipRefused.get() && refusedRows > 0 && !wholeRefused) {
            long accepted = current.rows().stream().filter(r -> !r.hasErrors() && r.action() != PasteRow.Action.SKIP).count();
            summaryIsError.set(false);
            summary.set(tr.tr("paste.summary.skipping", accepted, refusedRows));
            addText.set(tr.tr("paste.add", accepted));
            canSave.set(!busy.get() && accepted > 0);
            return;
        }
        summaryIsError.set(errors > 0);
        summary.set(errors > 0 ? tr.tr(errorsKey, toAdd, errors) : tr.tr("paste.summary.ready", toAdd, warned));
        addText.set(tr.tr("paste.add", toAdd));
        canSave.set(!busy.get() && current.canSave());
    }

    /** When true, the rows with errors are left out and the others can be added; the paste's own errors still refuse it. */
    public BooleanProperty skipRefusedProperty() {
        return skipRefused;
    }

    /**
     * Adds the people in the background, all or nothing; {@code done} runs on success. A refusal
     * (an error found again, a rule of the database) is said in the summary and nothing is written.
     */
    public void save(Runnable done) {
        if (current == null || !canSave.get() || busy.get()) {
            return;
        }
        busy.set(true);
        canSave.set(false);
        RosterPaste.Preview saving = current;
        List<PasteRow> chosen = skipRefused.get() ? saving.rows().stream().filter(r -> !r.hasErrors()).toList() : saving.rows();
        BackgroundTask.of(progress -> saver.save(saving.cohort().id(), chosen))
                .titled(tr.tr("paste.saving"))
                .onSuccess(count -> {
                    busy.set(false);
                    added.set(count);
                    done.run();
                })
                .onFailure(this::failed)
                .runWith(tasks);
    }

    private void failed(Throwable e) {
        busy.set(false);
        ProblemException refusal = ErrorReporter.problemIn(e);
        if (refusal == null) {
            onFailure.accept(e);
            return;
        }
        Problem problem = refusal.problem();
        summaryIsError.set(true);
        summary.set(tr.tr(problem));
    }

    public ObservableList<PastePreviewRow> rows() {
        return rows;
    }

    /** Notes about the paste as a whole: the header, columns not read, errors that concern every row. */
    public ObservableList<Note> notes() {
        return notes;
    }

    /** "18 people to add, 2 errors: fix them in the spreadsheet and paste again." */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty summaryIsErrorProperty() {
        return summaryIsError.getReadOnlyProperty();
    }

    /** "Add 18 people". */
    public ReadOnlyStringProperty addTextProperty() {
        return addText.getReadOnlyProperty();
    }

    /** True when the rows are read, none has an error and someone would be added. */
    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    /** Which field each column goes to, once read; null before, and for a reader that maps no columns. */
    public ReadOnlyObjectProperty<ColumnMapping> columnsProperty() {
        return columns.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** How many people the save enrolled; -1 until saved. */
    public ReadOnlyIntegerProperty addedProperty() {
        return added.getReadOnlyProperty();
    }

    public String code() {
        return code;
    }

    public Localization localization() {
        return tr;
    }
}

package org.cohortdesk.ui.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.input.Clipboard;
import javafx.stage.Window;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.CohortStatus;
import org.cohortdesk.model.CohortSummary;
import org.cohortdesk.service.enrollment.EnrollmentService.Trainee;
import org.cohortdesk.service.enrollment.TraineeDraft;
import org.cohortdesk.service.person.PeopleDirectory;
import org.cohortdesk.service.person.PersonHistory;
import org.cohortdesk.service.export.ExportTemplate;
import org.cohortdesk.service.roster.CohortHeader;
import org.cohortdesk.ui.common.BackgroundTask;
import org.cohortdesk.ui.common.TaskRunner;
import org.cohortdesk.ui.people.HistoryRow;

/**
 * What the roster page's buttons, menu and keys do beyond a cell edit: the person form (to add a
 * trainee, or someone on file, or to see and edit every field), withdrawing, moving, arrivals and
 * rooms, pasting rows, and exporting to a spreadsheet. Each asks in a dialog, then hands
 * the change to the {@link RosterEditor}; what a dialog needs from the database is read in the
 * background first.
 */
final class RosterActions {
    private final RosterViewModel model;
    private final RosterEditor editor;
    private final Function<UUID, List<PersonHistory.Line>> history;
    private final Supplier<List<CohortSummary>> cohorts;
    private final Supplier<List<PeopleDirectory.Entry>> everyone;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final Supplier<Window> owner;
    private final Localization tr;
    private final Consumer<String> pasteRows;
    private final Consumer<ExportTemplate> export;

    /**
     * {@code history}, {@code cohorts} and {@code everyone} are called on a worker thread;
     * {@code pasteRows} shows the preview of rows pasted from a spreadsheet; {@code export} asks
     * how to export the roster and writes it.
     */
    RosterActions(RosterViewModel model, RosterEditor editor, Function<UUID, List<PersonHistory.Line>> history,
            Supplier<List<CohortSummary>> cohorts, Supplier<List<PeopleDirectory.Entry>> everyone, Consumer<String> pasteRows,
            TaskRunner tasks, Consumer<Throwable> onFailure, Supplier<Window> owner, Consumer<ExportTemplate> export) {
        this.model = model;
        this.editor = editor;
        this.history = history;
        this.cohorts = cohorts;
        this.everyone = everyone;
        this.tasks = tasks;
        this.onFailure = onFailure;
        this.owner = owner;
        this.tr = model.localization();
        this.pasteRows = pasteRows;
        this.export = export;
    }

    /** Export: the roster to a spreadsheet, by template (full, visa, catering, accommodation, embassy), {@code template} chosen at first. */
    void export(ExportTemplate template) {
        export.accept(template);
    }

    /** Rows copied from a spreadsheet (the clipboard's text), to add as trainees after a preview (Ctrl+V). */
    void paste() {
        String text = Clipboard.getSystemClipboard().getString();
        pasteRows.accept(text == null ? "" : text);
    }

    /** Shows the preview of a nominee list read from a file; set by the page's wiring. */
    private Consumer<java.nio.file.Path> importFile = file -> { };

    void onImportFile(Consumer<java.nio.file.Path> preview) {
        this.importFile = preview;
    }

    /** A nominee list from a file (XLSX or CSV), chosen in a file dialog, to add as trainees after a preview. */
    void importFile() {
        NomineeFileChooser.choose(owner.get(), tr).ifPresent(importFile);
    }

    /** Opens the attendance window of this cohort; set by the page's wiring. */
    private Runnable attendance = () -> { };

    void onAttendance(Runnable open) {
        this.attendance = open;
    }

    void attendance() {
        attendance.run();
    }

    /** Ask and write a week's sign-in sheets, and the timetable; set by the page's wiring. */
    private Runnable signInSheets = () -> { };
    private Runnable timetable = () -> { };

    void onPrint(Runnable signInSheets, Runnable timetable) {
        this.signInSheets = signInSheets;
        this.timetable = timetable;
    }

    /** Sign-in sheets…: a week of the course, a page per day or per session, PDF or XLSX. */
    void signInSheets() {
        signInSheets.run();
    }

    /** Timetable…: every week of the course or one, as weekly grids, PDF or XLSX. */
    void timetable() {
        timetable.run();
    }

    RosterEditor editor() {
        return editor;
    }

    /**
     * The person form for a new trainee of this cohort (Ctrl+N), with a search of everyone on file
     * above it: choosing someone there enrolls them instead.
     */
    void add() {
        CohortHeader header = model.headerProperty().get();
        if (header == null) {
            return;
        }
        UUID cohortId = header.cohort().id();
        List<Dialog<ButtonType>> shown = new ArrayList<>(1);
        OnFileFinder finder = new OnFileFinder(tr, person -> {
            shown.forEach(Dialog::close);
            editor.enroll(person, cohortId);
        });
        shown.add(TraineeDialog.show(tr, TraineeDraft.blank(cohortId), true, FXCollections.observableArrayList(), finder, owner.get(),
                editor::add));
        BackgroundTask.of(progress -> everyone.get()).onSuccess(finder::setEveryone).onFailure(onFailure).runWith(tasks);
    }

    /** The person form with every field of the trainee and their other cohorts. */
    void details(RosterRow row) {
        Trainee before = row.trainee();
        ObservableList<String> others = FXCollections.observableArrayList();
        TraineeDialog.show(tr, TraineeDraft.of(before), false, others, owner.get(), after -> editor.save(before, after));
        UUID here = before.enrollment().id();
        BackgroundTask.of(progress -> history.apply(before.person().id()).stream()
                        .filter(line -> !line.enrollmentId().equals(here))
                        .map(line -> describe(HistoryRow.of(line, tr)))
                        .toList())
                .onSuccess(others::setAll)
                .onFailure(onFailure)
                .runWith(tasks);
    }

    private String describe(HistoryRow h) {
        return tr.tr("trainee.other_cohort", h.code(), h.course(), h.startsOn(), h.endsOn(), h.status());
    }

    /** Arrivals, departures and rooms of the roster as shown now. */
    void travel() {
        TravelDialog.show(tr, model.code(), model.rows().stream().map(RosterRow::trainee).toList(), owner.get());
    }

    void withdraw(RosterRow row) {
        WithdrawDialog.show(tr, row.nameLatin(), LocalDate.now(), owner.get(), (on, reason) -> editor.withdraw(row.trainee(), on, reason));
    }

    /** Asks which cohort to move the trainee to, among those not finished or cancelled. */
    void move(RosterRow row) {
        UUID here = row.trainee().enrollment().cohortId();
        BackgroundTask.of(progress -> cohorts.get().stream()
                        .filter(c -> !c.id().equals(here) && c.status() != null && isOpen(c.status()))
                        .sorted(Comparator.comparing(CohortSummary::startsOn))
                        .toList())
                .onSuccess(targets -> MoveDialog.show(tr, row.nameLatin(), targets, owner.get(),
                        target -> editor.move(row.trainee(), target.id(), target.code())))
                .onFailure(onFailure)
                .runWith(tasks);
    }

    private static boolean isOpen(CohortStatus status) {
        return status == CohortStatus.PLANNED || status == CohortStatus.CONFIRMED || status == CohortStatus.IN_PROGRESS;
    }
}

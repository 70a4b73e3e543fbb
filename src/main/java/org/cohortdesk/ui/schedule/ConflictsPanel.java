package org.cohortdesk.ui.schedule;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Severity;
import org.cohortdesk.service.schedule.Conflict;
import org.cohortdesk.service.schedule.Conflicts;
import org.cohortdesk.service.schedule.ScheduleLabels;
import org.cohortdesk.model.CheckedSession;
import org.cohortdesk.ui.common.BackgroundTask;
import org.cohortdesk.ui.common.LaoText;
import org.cohortdesk.ui.common.Refreshable;
import org.cohortdesk.ui.common.Styles;
import org.cohortdesk.ui.common.TaskRunner;

/**
 * The clashes of the timetable, of one cohort or of all, as a list beside the calendar or in a
 * dialog: errors first in red, warnings after; read on a worker thread at {@link #refresh()}.
 * Clicking (or Enter on) a clash calls {@code onOpen} with the session it is shown on.
 */
public final class ConflictsPanel extends VBox implements Refreshable {
    public static final String LIST_ID = "conflictsList";
    public static final String SUMMARY_ID = "conflictsSummary";
    public static final String REFRESH_ID = "conflictsRefresh";

    private final Localization tr;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final Callable<List<Conflict>> source;
    private final ObservableList<Conflict> items = FXCollections.observableArrayList();
    private final ListView<Conflict> list = new ListView<>(items);
    private final Label summary = new Label();
    private Consumer<List<Conflict>> onRead = found -> { };

    /**
     * {@code source} is called on a worker thread (e.g. {@code conflicts::all} or
     * {@code () -> conflicts.ofCohort(code)}); {@code onOpen} on the FX thread.
     */
    public ConflictsPanel(String title, Localization tr, TaskRunner tasks, Consumer<Throwable> onFailure, Callable<List<Conflict>> source,
            Consumer<CheckedSession> onOpen) {
        super(8);
        this.tr = tr;
        this.tasks = tasks;
        this.onFailure = onFailure;
        this.source = source;
        Label heading = LaoText.label(title, Styles.SECTION_TITLE);
        Button refresh = new Button(tr.tr("schedule.conflicts.refresh"));
        refresh.setId(REFRESH_ID);
        refresh.setOnAction(e -> refresh());
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        summary.setId(SUMMARY_ID);
        summary.getStyleClass().add(Styles.MUTED);
        list.setId(LIST_ID);
        list.setCellFactory(v -> new Cell());
        list.setPlaceholder(LaoText.label(tr.tr("schedule.conflicts.none"), Styles.MUTED));
        list.setOnMouseClicked(e -> open(onOpen));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open(onOpen);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(new HBox(8, heading, gap, refresh), summary, list);
    }

    /** The clashes of the whole timetable, wired to the open workspace (not read until {@link #refresh()}). */
    public static ConflictsPanel everywhere(org.cohortdesk.ui.AppContext context, Consumer<CheckedSession> onOpen) {
        Localization tr = context.localization();
        return new ConflictsPanel(tr.tr("schedule.conflicts.all"), tr, context.tasks(), context.errors()::show,
                context.services().conflicts()::all, onOpen);
    }

    /** Reads the clashes again in the background. */
    @Override
    public void refresh() {
        LaoText.show(summary, tr.tr("schedule.conflicts.loading"));
        BackgroundTask.of(progress -> source.call())
                .titled(tr.tr("schedule.conflicts.loading"))
                .onSuccess(this::show)
                .onFailure(onFailure)
                .runWith(tasks);
    }

    /** Called on the FX thread with every clash each time they have been read. */
    public void setOnRead(Consumer<List<Conflict>> action) {
        this.onRead = action;
    }

    private void show(List<Conflict> found) {
        onRead.accept(found);
        List<Conflict> errorsFirst = found.stream().filter(c -> c.severity() == Severity.ERROR).toList();
        items.setAll(errorsFirst);
        items.addAll(found.stream().filter(c -> c.severity() != Severity.ERROR).toList());
        LaoText.show(summary, tr.tr("cli.conflicts.summary", errorsFirst.size(), found.size() - errorsFirst.size()));
    }

    private void open(Consumer<CheckedSession> onOpen) {
        Conflict chosen = list.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            onOpen.accept(chosen.first());
        }
    }

    /** The clashes shown now, in their order. */
    public List<Conflict> shown() {
        return List.copyOf(items);
    }

    /** How a clash reads in the list: when, which cohort, what. */
    String text(Conflict c) {
        CheckedSession s = c.first();
        return tr.date(s.startsAt().toLocalDate()) + "  " + Conflicts.times(s) + "  " + s.cohortCode() + "  ·  "
                + tr.tr(ScheduleLabels.severity(c.severity())) + ": " + tr.tr(c.message());
    }

    private final class Cell extends ListCell<Conflict> {
        @Override
        protected void updateItem(Conflict c, boolean empty) {
            super.updateItem(c, empty);
            getStyleClass().removeAll(Styles.ERROR_TEXT, Styles.WARNING, Styles.LAO);
            if (empty || c == null) {
                setText(null);
                return;
            }
            String text = text(c);
            setText(text);
            getStyleClass().add(c.severity() == Severity.ERROR ? Styles.ERROR_TEXT : Styles.WARNING);
            LaoText.mark(getStyleClass(), text);
        }
    }
}

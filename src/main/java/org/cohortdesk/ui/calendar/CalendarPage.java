package org.cohortdesk.ui.calendar;

import com.calendarfx.model.Entry;
import com.calendarfx.view.AgendaView;
import com.calendarfx.view.DateControl;
import com.calendarfx.view.DayViewBase;
import com.calendarfx.view.DetailedDayView;
import com.calendarfx.view.DetailedWeekView;
import com.calendarfx.view.MonthView;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.WeekFields;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.session.BookedSession;
import org.cohortdesk.ui.common.FormSubmit;
import org.cohortdesk.ui.common.LaoText;
import org.cohortdesk.ui.common.Page;
import org.cohortdesk.ui.common.PageView;
import org.cohortdesk.ui.common.Refreshable;
import org.cohortdesk.ui.common.Styles;
import org.cohortdesk.ui.common.Toolbars;

/**
 * The Calendar page: every cohort's sessions by day, week, month or as an agenda, one colour per
 * cohort, filtered by cohort, lecturer, interpreter, room and partner country (CalendarFX's
 * standalone views under our own toolbar, one in the scene at a time; its composite CalendarView
 * kept every hidden page bound to the sessions). Only the range shown is read,
 * in the background. Dragging on empty time in the day or week view opens the session form with
 * those times; dragging a session moves or resizes it, saved in the background; Ctrl+Z and Ctrl+Y
 * undo and redo; a double-click opens the form. The right side holds a panel another view gives
 * ({@link #setSidePanel}).
 */
public final class CalendarPage extends BorderPane implements PageView, Refreshable {
    public static final String CALENDAR_ID = "calendarView";
    public static final String PREVIOUS_ID = "calendarPrevious";
    public static final String NEXT_ID = "calendarNext";
    public static final String TODAY_ID = "calendarToday";
    public static final String NEW_ID = "calendarNew";
    public static final String UNDO_ID = "calendarUndo";
    public static final String REDO_ID = "calendarRedo";
    public static final String RANGE_ID = "calendarRange";
    public static final String MESSAGE_ID = "calendarMessage";
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO_SHIFT = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final CalendarViewModel model;
    private final Localization tr;
    private final DetailedWeekView week = new DetailedWeekView();
    private final DetailedDayView day = new DetailedDayView();
    private final MonthView month = new MonthView();
    private final AgendaView agenda = new AgendaView();
    /** Holds the one view of the mode shown. */
    private final StackPane views = new StackPane();
    private final SessionEntries entries = new SessionEntries();
    private final ReadOnlyIntegerWrapper shownCount = new ReadOnlyIntegerWrapper(this, "shownCount");
    private final Label range = new Label();

    public CalendarPage(CalendarViewModel model) {
        this.model = model;
        this.tr = model.localization();
        getStyleClass().add(Styles.PAGE);
        setUpView();
        VBox top = new VBox(8, Page.header(tr.tr("nav.calendar"), tr.tr("calendar.subtitle")), toolbar(), new CalendarFilterBar(model).node());
        setTop(top);
        setCenter(views);
        BorderPane.setMargin(views, new javafx.geometry.Insets(8, 0, 0, 0));
        Label message = new Label();
        message.setId(MESSAGE_ID);
        message.getStyleClass().add(Styles.MUTED);
        LaoText.follow(message, model.messageProperty());
        setBottom(message);
        addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        model.shownProperty().addListener((o, old, now) -> {
            entries.show(now.sessions());
            entries.showDaysOff(now.daysOff());
            shownCount.set(shownCount.get() + 1);
        });
        model.modeProperty().addListener((o, old, now) -> showMode(now));
        showMode(model.modeProperty().get());
        model.dateProperty().addListener((o, old, now) -> showRange());
        showRange();
    }

    private void setUpView() {
        views.setId(CALENDAR_ID);
        for (DateControl control : List.of(week, day, month, agenda)) {
            configure(control);
        }
        // The academy's day, 07:00 to 18:00, fills the day and week views; earlier and later hours stay, compressed.
        for (DayViewBase days : List.of(week.getWeekView(), day.getDayView())) {
            days.setEarlyLateHoursStrategy(DayViewBase.EarlyLateHoursStrategy.SHOW_COMPRESSED);
            days.setHoursLayoutStrategy(DayViewBase.HoursLayoutStrategy.FIXED_HOUR_COUNT);
            days.setVisibleHours(12);
        }
        agenda.setLookBackPeriodInDays(0);
        agenda.setLookAheadPeriodInDays(CalendarMode.AGENDA_DAYS - 1);
        // Save what a drag changed once the mouse is let go, after CalendarFX has finished with it.
        views.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> Platform.runLater(this::afterDrag));
    }

    /** Sets one of the four views up alike: our entries, callbacks and hours; no sessions until it is shown ({@link #showMode}). */
    private void configure(DateControl control) {
        control.setWeekFields(WeekFields.of(CalendarMode.FIRST_DAY, 1));
        control.setDefaultCalendarProvider(c -> entries.drafts());
        control.setEntryFactory(param -> entries.newDraft(param.getZonedDateTime()));
        control.setShowDetailsUponEntryCreation(false);
        control.setEntryEditPolicy(param -> param.getEditOperation() != DateControl.EditOperation.DELETE);
        control.setEntryDetailsCallback(param -> {
            if (param.getEntry().getUserObject() instanceof BookedSession session) {
                openEdit(session);
            }
            return true;
        });
        control.setEntryContextMenuCallback(param -> param.getEntry().getUserObject() instanceof BookedSession session ? entryMenu(session) : null);
        control.setContextMenuCallback(param -> {
            MenuItem create = new MenuItem(tr.tr("calendar.action.new"));
            LocalDateTime at = param.getZonedDateTime().toLocalDateTime();
            create.setOnAction(e -> openNew(at, at.plusHours(1)));
            return new ContextMenu(create);
        });
        control.dateProperty().bindBidirectional(model.dateProperty());
        control.setToday(LocalDate.now());
        control.setStartTime(LocalTime.of(7, 0));
        control.setEndTime(LocalTime.of(18, 0));
    }

    private HBox toolbar() {
        Button today = Toolbars.button(tr.tr("calendar.action.today"), TODAY_ID, model::today);
        Button previous = Toolbars.button("‹", PREVIOUS_ID, () -> model.go(-1));
        previous.setTooltip(LaoText.tooltip(tr.tr("calendar.action.previous")));
        Button next = Toolbars.button("›", NEXT_ID, () -> model.go(1));
        next.setTooltip(LaoText.tooltip(tr.tr("calendar.action.next")));
        range.setId(RANGE_ID);
        range.getStyleClass().add(Styles.SECTION_TITLE);
        ToggleGroup modes = new ToggleGroup();
        HBox modeButtons = new HBox(0);
        for (CalendarMode mode : CalendarMode.values()) {
            ToggleButton button = new ToggleButton(tr.tr(mode));
            button.setId("calendarMode" + mode.name());
            LaoText.mark(button.getStyleClass(), button.getText());
            button.setToggleGroup(modes);
            button.setSelected(mode == model.modeProperty().get());
            button.setOnAction(e -> {
                model.modeProperty().set(mode);
                button.setSelected(true);
            });
            modeButtons.getChildren().add(button);
        }
        Button create = Toolbars.button(tr.tr("calendar.action.new"), NEW_ID, () -> openNew(null, null));
        Button undo = Toolbars.button(tr.tr("calendar.action.undo"), UNDO_ID, model::undo);
        undo.disableProperty().bind(model.history().canUndoProperty().not().or(model.history().busyProperty()));
        Button redo = Toolbars.button(tr.tr("calendar.action.redo"), REDO_ID, model::redo);
        redo.disableProperty().bind(model.history().canRedoProperty().not().or(model.history().busyProperty()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        // The buttons keep their words; the range's dates give way (with an ellipsis) when the page is narrow.
        for (Region keep : List.of(today, previous, next, modeButtons, create, undo, redo)) {
            keep.setMinWidth(Region.USE_PREF_SIZE);
        }
        modeButtons.getChildren().forEach(b -> ((Region) b).setMinWidth(Region.USE_PREF_SIZE));
        range.setMinWidth(0);
        HBox bar = new HBox(8, today, previous, next, range, grow, modeButtons, create, undo, redo);
        bar.getStyleClass().add(Styles.TOOLBAR);
        return bar;
    }

    private ContextMenu entryMenu(BookedSession session) {
        MenuItem edit = new MenuItem(tr.tr("calendar.action.edit"));
        edit.setOnAction(e -> openEdit(session));
        MenuItem delete = new MenuItem(tr.tr("calendar.action.delete"));
        delete.setOnAction(e -> model.delete(session));
        return new ContextMenu(edit, delete);
    }

    private void keys(KeyEvent e) {
        if (UNDO.match(e)) {
            model.undo();
            e.consume();
        } else if (REDO.match(e) || REDO_SHIFT.match(e)) {
            model.redo();
            e.consume();
        }
    }

    private void afterDrag() {
        for (SessionEntries.Move move : entries.takeMoves()) {
            model.reschedule(move.before(), move.now().getStartDateTime(), move.now().getEndDateTime());
        }
        Entry<?> draft = entries.takeDraft();
        if (draft != null) {
            openNew(draft.getStartAsLocalDateTime(), draft.getEndAsLocalDateTime());
        }
    }

    /**
     * Shows the view of this mode alone. Only the view shown holds the sessions: the hidden ones
     * would otherwise lay out every range's entries too (a month's grid alone holds ~400 of them).
     */
    private void showMode(CalendarMode mode) {
        DateControl shown = switch (mode) {
            case DAY -> day;
            case WEEK -> week;
            case MONTH -> month;
            case AGENDA -> agenda;
        };
        for (DateControl control : List.of(week, day, month, agenda)) {
            if (control != shown) {
                control.getCalendarSources().clear();
            }
        }
        shown.getCalendarSources().setAll(entries.source());
        views.getChildren().setAll(shown);
        showRange();
    }

    private void showRange() {
        CalendarMode.Range shown = model.modeProperty().get().range(model.dateProperty().get());
        LocalDate last = shown.until().minusDays(1);
        String text = model.modeProperty().get() == CalendarMode.DAY ? tr.date(shown.from())
                : model.modeProperty().get() == CalendarMode.MONTH
                        ? tr.tr("calendar.range.month", model.dateProperty().get().getMonthValue(), Integer.toString(model.dateProperty().get().getYear()))
                        : tr.tr("calendar.range.days", shown.from(), last);
        LaoText.show(range, text);
    }

    private Window owner() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void openNew(LocalDateTime start, LocalDateTime end) {
        if (model.choicesProperty().get() == null) {
            return;
        }
        FormSubmit submit = new FormSubmit(tr, model.tasks(), model.onFailure());
        SessionDialog.show(SessionForm.creating(model, submit, model.choicesProperty().get(), start, end), owner(), change -> {});
    }

    private void openEdit(BookedSession session) {
        if (model.choicesProperty().get() == null) {
            return;
        }
        FormSubmit submit = new FormSubmit(tr, model.tasks(), model.onFailure());
        SessionDialog.show(SessionForm.editing(model, submit, model.choicesProperty().get(), session), owner(), change -> {});
    }

    /** Puts a panel (the list of conflicts, say) on the right of the calendar; null takes it away. */
    /** The sessions of the range shown (forgetting the ranges read ahead), and the side panel if it reads anything. */
    @Override
    public void refresh() {
        model.reload();
        if (getRight() instanceof Refreshable panel) {
            panel.refresh();
        }
    }

    public void setSidePanel(Node panel) {
        setRight(panel);
    }

    /** Puts a warning sign before the title of the sessions with these ids (those in a conflict). */
    public void flag(java.util.Set<java.util.UUID> sessions) {
        entries.flag(sessions);
    }

    /** Counts the times entries were put on the calendar (for tests and the benchmark: the range shown is ready). */
    public ReadOnlyIntegerProperty shownCountProperty() {
        return shownCount.getReadOnlyProperty();
    }

    CalendarViewModel model() {
        return model;
    }


    @Override
    public Node initialFocus() {
        return views;
    }
}

package org.cohortdesk.ui.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.session.BookedSession;
import org.cohortdesk.service.session.SessionDraft;
import org.cohortdesk.service.session.SessionService;
import org.cohortdesk.ui.common.BackgroundTask;
import org.cohortdesk.ui.common.ChangeHistory;
import org.cohortdesk.ui.common.TaskRunner;

/**
 * The Calendar page's state: the mode (day, week, month, agenda) and date, the sessions of the range
 * shown (read in the background, only that range), the filter, and the changes with their undo
 * and redo. Never touches a node; the page turns {@link #shownProperty} into CalendarFX entries.
 */
public final class CalendarViewModel {

    private static final Logger LOG = Logger.getLogger(CalendarViewModel.class.getName());

    /** How many ranges read are kept: the one shown, the ones either side, and a few stepped back to. */
    static final int RECENT_RANGES = 8;

    /** The sessions to show for a range, already filtered, and the days off in it with their names; replaced as a whole. */
    public record Shown(CalendarMode.Range range, List<BookedSession> sessions, Map<LocalDate, String> daysOff) {}

    /** The days off from {@code from} up to but not including {@code until}, with their names; read on a worker thread. */
    @FunctionalInterface
    public interface DaysOff {
        Map<LocalDate, String> between(LocalDate from, LocalDate until);
    }

    private final SessionService sessions;
    private final Localization tr;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final ObjectProperty<CalendarMode> mode = new SimpleObjectProperty<>(this, "mode", CalendarMode.WEEK);
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date", LocalDate.now());
    private final ObjectProperty<SessionFilter> filter = new SimpleObjectProperty<>(this, "filter", SessionFilter.NONE);
    private final ReadOnlyObjectWrapper<Shown> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyObjectWrapper<SessionService.Choices> choices = new ReadOnlyObjectWrapper<>(this, "choices");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ChangeHistory history;
    private final SessionChanges changes;
    private DaysOff daysOff = (from, until) -> Map.of();
    /** The range shown and what was read for it. */
    private CalendarMode.Range loadedRange;
    private Read loaded;
    /**
     * Ranges read lately, the ones either side of the range shown among them (read ahead): stepping
     * to one shows it at once, while it is read again behind, in case it changed meanwhile.
     */
    private final Map<CalendarMode.Range, Read> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<CalendarMode.Range, Read> eldest) {
            return size() > RECENT_RANGES;
        }
    };
    private final Set<CalendarMode.Range> reading = new HashSet<>();
    /** Counts the loads asked for, so the answer to an older one is dropped when a newer one was asked. */
    private long asked;

    public CalendarViewModel(SessionService sessions, Localization tr, TaskRunner tasks, Consumer<Throwable> onFailure) {
        this.sessions = sessions;
        this.tr = tr;
        this.tasks = tasks;
        this.onFailure = onFailure;
        this.history = new ChangeHistory(tasks, onFailure, message::set,
                ChangeHistory.Words.of(tr, "calendar.saving", "calendar.saved", "calendar.undone", "calendar.redone"), this::reload);
        this.changes = new SessionChanges(sessions, tr);
        mode.addListener((o, old, now) -> load());
        date.addListener((o, old, now) -> {
            if (loadedRange == null || !mode.get().range(now).equals(loadedRange)) {
                load();
            }
        });
        filter.addListener((o, old, now) -> show());
    }

    /** Where the days off shown on the calendar come from (none until set); set before {@link #start}. */
    public void setDaysOff(DaysOff daysOff) {
        this.daysOff = daysOff;
    }

    /** Reads the choices of the filter and the form, and the sessions of the range shown. */
    public void start() {
        BackgroundTask.of(progress -> sessions.choices())
                .titled(tr.tr("calendar.loading"))
                .onSuccess(choices::set)
                .onFailure(onFailure)
                .runWith(tasks);
        load();
    }

    /**
     * Shows the sessions of the range the mode and date show: at once if the range was read lately
     * (then read again behind, and shown again if anything changed), else once read in the background.
     * Meanwhile reads the ranges either side ahead of time.
     */
    public void load() {
        CalendarMode.Range range = mode.get().range(date.get());
        long request = ++asked;
        Read known = recent.get(range);
        if (known != null) {
            show(range, known);
        }
        read(range, tr.tr("calendar.loading"), onFailure, found -> {
            if (request == asked && (!found.equals(loaded) || !range.equals(loadedRange))) {
                show(range, found);
            }
        });
        readAhead();
    }

    /** Reads every session again: after a change saved here, the ranges read lately may be out of date. */
    public void reload() {
        recent.clear();
        load();
    }

    private void readAhead() {
        for (int steps : new int[] {-1, 1}) {
            CalendarMode.Range beside = mode.get().range(mode.get().step(date.get(), steps));
            if (!recent.containsKey(beside) && !reading.contains(beside)) {
                // A range read ahead that fails is read again, and the failure shown, when stepped to.
                read(beside, "", failure -> LOG.log(Level.WARNING, "reading ahead " + beside + " failed", failure), found -> {});
            }
        }
    }

    private void read(CalendarMode.Range range, String title, Consumer<Throwable> failed, Consumer<Read> then) {
        DaysOff off = daysOff;
        reading.add(range);
        BackgroundTask.of(progress -> new Read(sessions.between(range.from().atStartOfDay(), range.until().atStartOfDay()),
                        Map.copyOf(off.between(range.from(), range.until()))))
                .titled(title)
                .onSuccess(found -> {
                    reading.remove(range);
                    recent.put(range, found);
                    then.accept(found);
                })
                .onFailure(failure -> {
                    reading.remove(range);
                    failed.accept(failure);
                })
                .runWith(tasks);
    }

    private void show(CalendarMode.Range range, Read read) {
        loadedRange = range;
        loaded = read;
        show();
    }

    private void show() {
        if (loadedRange != null) {
            shown.set(new Shown(loadedRange, loaded.sessions().stream().filter(filter.get()).toList(), loaded.daysOff()));
        }
    }

    /** The sessions of a range and its days off with their names. */
    private record Read(List<BookedSession> sessions, Map<LocalDate, String> daysOff) {}

    /** One step later ({@code steps} 1) or earlier (-1) in the current mode. */
    public void go(int steps) {
        date.set(mode.get().step(date.get(), steps));
    }

    public void today() {
        date.set(LocalDate.now());
    }

    /** A new session, for a form to save ({@link ChangeHistory.Change#apply}) and then hand to {@link #applied}. */
    public ChangeHistory.Change creating(SessionDraft draft) {
        return changes.create(draft);
    }

    /** An edit of a session, for a form to save and then hand to {@link #applied}. */
    public ChangeHistory.Change editing(BookedSession before, SessionDraft after) {
        return changes.edit(before, after);
    }

    /** A change a form saved: kept for undo, and the range read again. */
    public void applied(ChangeHistory.Change change) {
        history.applied(change);
    }

    /** A session moved or resized by dragging. */
    public void reschedule(BookedSession before, LocalDateTime start, LocalDateTime end) {
        if (!start.equals(before.session().startsAt()) || !end.equals(before.session().endsAt())) {
            history.perform(changes.reschedule(before, start, end));
        }
    }

    public void delete(BookedSession before) {
        history.perform(changes.delete(before));
    }

    public void undo() {
        history.undo();
    }

    public void redo() {
        history.redo();
    }

    /** Says something on the page (a refusal found before saving). */
    public void say(String text) {
        message.set(text);
    }

    public ChangeHistory history() {
        return history;
    }

    public SessionService sessions() {
        return sessions;
    }

    public Localization localization() {
        return tr;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public Consumer<Throwable> onFailure() {
        return onFailure;
    }

    public ObjectProperty<CalendarMode> modeProperty() {
        return mode;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ObjectProperty<SessionFilter> filterProperty() {
        return filter;
    }

    public ReadOnlyObjectProperty<Shown> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SessionService.Choices> choicesProperty() {
        return choices.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}

package org.cohortdesk.ui.attendance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Mark;
import org.cohortdesk.model.Session;
import org.cohortdesk.service.attendance.AttendanceService.Cell;
import org.cohortdesk.service.attendance.AttendanceService.Change;
import org.cohortdesk.service.attendance.AttendanceService.Key;
import org.cohortdesk.service.attendance.AttendanceService.Sheet;
import org.cohortdesk.ui.common.BackgroundTask;
import org.cohortdesk.ui.common.ChangeHistory;
import org.cohortdesk.ui.common.TaskRunner;

/**
 * What the attendance window shows and changes: the cohort's sheet, and marks entered, each entry
 * saved in the background as one transaction and undone or redone as one ({@link ChangeHistory},
 * as on the roster and the calendar). After every save, undo or refusal the sheet is read again,
 * so the grid shows what is stored.
 */
final class AttendanceGrid {
    private final String code;
    private final Function<String, Sheet> read;
    private final Function<List<Change>, Map<Key, Cell>> save;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final Localization tr;

    private final ObjectProperty<Sheet> sheet = new SimpleObjectProperty<>(this, "sheet");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    /** The marks as stored: read with the sheet, brought up to date by each save (on a worker thread, hence concurrent). */
    private final Map<Key, Cell> cells = new ConcurrentHashMap<>();
    private final ChangeHistory history;
    private Runnable changed = () -> {};

    AttendanceGrid(String code, Function<String, Sheet> read, Function<List<Change>, Map<Key, Cell>> save, Localization tr, TaskRunner tasks,
            Consumer<Throwable> onFailure) {
        this.code = code;
        this.read = read;
        this.save = save;
        this.tr = tr;
        this.tasks = tasks;
        this.onFailure = onFailure;
        this.history = new ChangeHistory(tasks, onFailure, message::set,
                ChangeHistory.Words.of(tr, "attendance.saving", "attendance.saved", "attendance.undone", "attendance.redone"), this::load);
    }

    String code() {
        return code;
    }

    /** Called on the FX thread whenever the marks shown change (after a save, an undo, a reading). */
    void onChanged(Runnable action) {
        this.changed = action;
    }

    /** Reads the sheet in the background. */
    void load() {
        BackgroundTask.of(progress -> read.apply(code))
                .onSuccess(s -> {
                    cells.clear();
                    cells.putAll(s.marks());
                    sheet.set(s);
                    changed.run();
                })
                .onFailure(onFailure)
                .runWith(tasks);
    }

    ReadOnlyObjectProperty<Sheet> sheetProperty() {
        return sheet;
    }

    /** What the last save, undo or refusal said. */
    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The mark shown in a cell, or null. */
    Mark mark(Key key) {
        Cell c = cells.get(key);
        return c == null ? null : c.mark();
    }

    /** Enters {@code mark} (null clears) in every cell of {@code keys} that would change, as one undoable step. */
    void enter(List<Key> keys, Mark mark) {
        Map<Key, Mark> wanted = new HashMap<>();
        Map<Key, Mark> before = new HashMap<>();
        for (Key k : keys) {
            if (mark(k) != mark) {
                wanted.put(k, mark);
                before.put(k, mark(k));
            }
        }
        if (!wanted.isEmpty()) {
            history.perform(new Entry(wanted, before));
        }
    }

    /**
     * The marks were changed other than through this grid (a sheet imported): what was entered
     * before cannot be undone over them, so the history is forgotten and the sheet read again.
     */
    void changedElsewhere() {
        history.forget();
        load();
    }

    void undo() {
        history.undo();
    }

    void redo() {
        history.redo();
    }

    ChangeHistory history() {
        return history;
    }

    /** Marks entered in some cells at once (a null mark clears a cell); undone by putting back what they held. */
    private final class Entry implements ChangeHistory.Change {
        private final Map<Key, Mark> marks;
        private final Map<Key, Mark> before;

        Entry(Map<Key, Mark> marks, Map<Key, Mark> before) {
            this.marks = marks;
            this.before = before;
        }

        @Override
        public void apply() {
            write(marks);
        }

        @Override
        public void revert() {
            write(before);
        }

        /** Saves these marks, each against the cell as last stored, and keeps what was stored. */
        private void write(Map<Key, Mark> wanted) {
            List<Change> changes = new ArrayList<>();
            wanted.forEach((k, m) -> changes.add(new Change(k, m, cells.get(k))));
            save.apply(changes).forEach((k, c) -> {
                if (c == null) {
                    cells.remove(k);
                } else {
                    cells.put(k, c);
                }
            });
        }

        @Override
        public String description() {
            return tr.tr("attendance.change", marks.size());
        }
    }

    /** The sheet as it is now, with the marks entered since it was read. */
    Sheet current() {
        Sheet s = sheet.get();
        return new Sheet(s.roster(), s.sessions(), Map.copyOf(cells), s.threshold(), s.now());
    }

    /** How many weeks the course's sessions span, Monday to Sunday; week 1 holds its first session. */
    static int weeks(List<Session> sessions) {
        if (sessions.isEmpty()) {
            return 0;
        }
        return (int) ChronoUnit.WEEKS.between(monday(sessions.get(0).startsAt().toLocalDate()),
                monday(sessions.get(sessions.size() - 1).startsAt().toLocalDate())) + 1;
    }

    /** The Monday week {@code week} starts on. */
    static LocalDate mondayOf(List<Session> sessions, int week) {
        return monday(sessions.get(0).startsAt().toLocalDate()).plusWeeks(week - 1L);
    }

    /** The sessions of week {@code week}; all of them for week 0. */
    static List<Session> sessionsOf(List<Session> sessions, int week) {
        if (week == 0 || sessions.isEmpty()) {
            return sessions;
        }
        LocalDate from = mondayOf(sessions, week);
        LocalDate until = from.plusWeeks(1);
        return sessions.stream().filter(s -> !s.startsAt().toLocalDate().isBefore(from) && s.startsAt().toLocalDate().isBefore(until)).toList();
    }

    /** The week holding {@code today}, or the first week before the course, the last after it. */
    static int weekOf(List<Session> sessions, LocalDate today) {
        int weeks = weeks(sessions);
        if (weeks == 0) {
            return 0;
        }
        long n = ChronoUnit.WEEKS.between(monday(sessions.get(0).startsAt().toLocalDate()), monday(today)) + 1;
        return (int) Math.max(1, Math.min(weeks, n));
    }

    private static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}

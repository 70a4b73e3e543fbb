package org.cohortdesk.ui.attendance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.cohortdesk.model.Mark;
import org.cohortdesk.model.Session;
import org.cohortdesk.service.attendance.AttendanceService.Cell;
import org.cohortdesk.service.attendance.AttendanceService.Change;
import org.cohortdesk.service.attendance.AttendanceService.Key;
import org.cohortdesk.service.attendance.AttendanceService.Sheet;
import org.cohortdesk.ui.common.BackgroundTask;
import org.cohortdesk.ui.common.TaskRunner;

/**
 * What the attendance window shows and changes: the cohort's sheet, the week chosen (0 for the
 * whole course), and marks entered, each entry saved in the background as one transaction and
 * undone or redone as one. A refused save (someone else marked the cell) reads the sheet again.
 */
final class AttendanceGrid {
    private final String code;
    private final Function<String, Sheet> read;
    private final Function<List<Change>, Map<Key, Cell>> save;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;

    private final ObjectProperty<Sheet> sheet = new SimpleObjectProperty<>(this, "sheet");
    private final Map<Key, Cell> cells = new HashMap<>();
    private final Deque<Map<Key, Mark>> undo = new ArrayDeque<>();
    private final Deque<Map<Key, Mark>> redo = new ArrayDeque<>();
    private final BooleanProperty canUndo = new SimpleBooleanProperty(this, "canUndo");
    private final BooleanProperty canRedo = new SimpleBooleanProperty(this, "canRedo");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private Runnable changed = () -> {};

    AttendanceGrid(String code, Function<String, Sheet> read, Function<List<Change>, Map<Key, Cell>> save, TaskRunner tasks,
            Consumer<Throwable> onFailure) {
        this.code = code;
        this.read = read;
        this.save = save;
        this.tasks = tasks;
        this.onFailure = onFailure;
    }

    String code() {
        return code;
    }

    /** Called on the FX thread whenever marks change (after a save, an undo, a reload). */
    void onChanged(Runnable action) {
        this.changed = action;
    }

    /** Reads the sheet in the background; the history is cleared. */
    void load() {
        busy.set(true);
        BackgroundTask.of(progress -> read.apply(code))
                .onSuccess(s -> {
                    cells.clear();
                    cells.putAll(s.marks());
                    undo.clear();
                    redo.clear();
                    updateHistory();
                    busy.set(false);
                    sheet.set(s);
                    changed.run();
                })
                .onFailure(e -> {
                    busy.set(false);
                    onFailure.accept(e);
                })
                .runWith(tasks);
    }

    ReadOnlyObjectProperty<Sheet> sheetProperty() {
        return sheet;
    }

    /** The mark shown in a cell, or null. */
    Mark mark(Key key) {
        Cell c = cells.get(key);
        return c == null ? null : c.mark();
    }

    /**
     * Enters {@code mark} (null clears) in every cell of {@code keys} that would change, as one
     * undoable step. Ignored while a save is under way (the window waits for it).
     */
    void enter(List<Key> keys, Mark mark) {
        Map<Key, Mark> wanted = new HashMap<>();
        for (Key k : keys) {
            if (mark(k) != mark) {
                wanted.put(k, mark);
            }
        }
        apply(wanted, undo, true);
    }

    void undo() {
        if (!undo.isEmpty() && !busy.get()) {
            apply(undo.pop(), redo, false);
        }
    }

    void redo() {
        if (!redo.isEmpty() && !busy.get()) {
            apply(redo.pop(), undo, false);
        }
    }

    private void apply(Map<Key, Mark> wanted, Deque<Map<Key, Mark>> inverseTo, boolean fresh) {
        if (wanted.isEmpty() || busy.get()) {
            return;
        }
        Map<Key, Mark> before = new HashMap<>();
        List<Change> changes = new ArrayList<>();
        wanted.forEach((k, m) -> {
            before.put(k, mark(k));
            changes.add(new Change(k, m, cells.get(k)));
        });
        busy.set(true);
        BackgroundTask.of(progress -> save.apply(changes))
                .onSuccess(stored -> {
                    stored.forEach((k, c) -> {
                        if (c == null) {
                            cells.remove(k);
                        } else {
                            cells.put(k, c);
                        }
                    });
                    inverseTo.push(before);
                    if (fresh) {
                        redo.clear();
                    }
                    updateHistory();
                    busy.set(false);
                    changed.run();
                })
                .onFailure(e -> {
                    busy.set(false);
                    onFailure.accept(e);
                    load();
                })
                .runWith(tasks);
    }

    private void updateHistory() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }

    ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy;
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

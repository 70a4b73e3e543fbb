package org.cohortdesk.ui.calendar;

import com.calendarfx.model.Calendar;
import com.calendarfx.model.CalendarEvent;
import com.calendarfx.model.CalendarSource;
import com.calendarfx.model.Entry;
import com.calendarfx.model.Interval;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cohortdesk.model.ResourceKind;
import org.cohortdesk.service.session.BookedSession;

/**
 * The adapter between sessions and CalendarFX: one CalendarFX calendar per cohort, styled by the
 * cohort's colour, each session an {@code Entry<BookedSession>}. Entries are replaced in batch
 * updates (CalendarFX issue #74: entries added one by one to a shown view freeze it). Times the
 * user changes by dragging are collected until the mouse is released ({@link #takeMoves}); an entry
 * the user creates by dragging on empty time lands in {@link #drafts} until the form takes it.
 */
final class SessionEntries {
    /** A session whose entry the user moved or resized: the session as loaded, and the entry's new times. */
    record Move(BookedSession before, Interval now) {}

    private final CalendarSource source = new CalendarSource("cohorts");
    private final Map<String, Calendar<String>> byCohort = new HashMap<>();
    private final Calendar<String> drafts = new Calendar<>("new");
    private final Calendar<String> daysOff = new Calendar<>("days off");
    private final Map<Entry<?>, BookedSession> moved = new LinkedHashMap<>();
    private boolean applying;
    private Entry<?> draft;
    private List<BookedSession> shown = List.of();
    private Set<UUID> flagged = Set.of();

    SessionEntries() {
        drafts.setStyle(Calendar.Style.STYLE1);
        daysOff.setStyle(Calendar.Style.STYLE7);
        daysOff.setReadOnly(true);
        source.getCalendars().addAll(drafts, daysOff);
    }

    CalendarSource source() {
        return source;
    }

    Calendar<String> drafts() {
        return drafts;
    }

    /** Marks the sessions with these ids (in a conflict) with a warning sign before their title, and shows them again. */
    void flag(Set<UUID> ids) {
        flagged = Set.copyOf(ids);
        show(shown);
    }

    /** Replaces every entry with these sessions, one batch per cohort's calendar. */
    void show(List<BookedSession> sessions) {
        shown = List.copyOf(sessions);
        applying = true;
        try {
            Map<String, List<Entry<?>>> grouped = new HashMap<>();
            for (BookedSession s : sessions) {
                grouped.computeIfAbsent(s.cohortCode(), code -> new ArrayList<>()).add(entry(s, flagged.contains(s.session().id())));
                calendar(s.cohortCode(), s.colour());
            }
            for (Map.Entry<String, Calendar<String>> c : byCohort.entrySet()) {
                Calendar<String> calendar = c.getValue();
                calendar.startBatchUpdates();
                calendar.clear();
                List<Entry<?>> entries = grouped.get(c.getKey());
                if (entries != null) {
                    calendar.addEntries(entries);
                }
                calendar.stopBatchUpdates();
            }
            drafts.clear();
            draft = null;
            moved.clear();
        } finally {
            applying = false;
        }
    }

    /** Replaces the days off shown: each a whole-day entry with its name, which cannot be moved or opened. */
    void showDaysOff(Map<LocalDate, String> days) {
        applying = true;
        try {
            daysOff.startBatchUpdates();
            daysOff.clear();
            List<Entry<?>> off = new ArrayList<>();
            days.forEach((day, name) -> {
                Entry<String> entry = new Entry<>(name);
                entry.setInterval(day);
                entry.setFullDay(true);
                off.add(entry);
            });
            daysOff.addEntries(off);
            daysOff.stopBatchUpdates();
        } finally {
            applying = false;
        }
    }

    /** The sessions moved or resized since the last call, with their new times. */
    List<Move> takeMoves() {
        List<Move> out = new ArrayList<>();
        for (Map.Entry<Entry<?>, BookedSession> m : moved.entrySet()) {
            out.add(new Move(m.getValue(), m.getKey().getInterval()));
        }
        moved.clear();
        return out;
    }

    /** A new entry for time the user drags over (or double-clicks) in the day or week view; CalendarFX puts it in {@link #drafts}. */
    Entry<?> newDraft(java.time.ZonedDateTime at) {
        Entry<String> entry = new Entry<>("…");
        entry.setInterval(at.toLocalDateTime(), at.toLocalDateTime().plusHours(1));
        draft = entry;
        return entry;
    }

    /** The entry just created by dragging or double-clicking on empty time, taken off the calendar; null when there is none. */
    Entry<?> takeDraft() {
        Entry<?> entry = draft;
        draft = null;
        drafts.clear();
        return entry;
    }

    private Calendar<String> calendar(String code, int colour) {
        return byCohort.computeIfAbsent(code, c -> {
            Calendar<String> calendar = new Calendar<>(c, c);
            calendar.setStyle(Calendar.Style.getStyle(colour));
            calendar.addEventHandler(this::changed);
            source.getCalendars().add(calendar);
            return calendar;
        });
    }

    private void changed(CalendarEvent event) {
        if (!applying && event.getEventType() == CalendarEvent.ENTRY_INTERVAL_CHANGED
                && event.getEntry().getUserObject() instanceof BookedSession session) {
            moved.putIfAbsent(event.getEntry(), session);
        }
    }

    static Entry<BookedSession> entry(BookedSession s, boolean flagged) {
        Entry<BookedSession> entry = new Entry<>((flagged ? "⚠ " : "") + s.cohortCode() + " · " + s.session().title());
        entry.setId(s.session().id().toString());
        entry.setInterval(s.session().startsAt(), s.session().endsAt());
        List<String> rooms = s.names(ResourceKind.ROOM);
        entry.setLocation(rooms.isEmpty() ? s.session().location() : rooms.get(0));
        entry.setUserObject(s);
        return entry;
    }
}

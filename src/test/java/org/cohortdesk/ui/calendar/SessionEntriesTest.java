package org.cohortdesk.ui.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.calendarfx.model.Entry;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cohortdesk.model.Session;
import org.cohortdesk.model.SessionKind;
import org.cohortdesk.service.session.BookedSession;
import org.junit.jupiter.api.Test;

/** The calendar's entries: one per session, in its cohort's calendar, a warning sign on those in a conflict. */
class SessionEntriesTest {
    private static BookedSession session(String code, String title, int hour) {
        LocalDateTime start = LocalDate.of(2026, 5, 4).atTime(hour, 0);
        Session s = new Session(UUID.randomUUID(), UUID.randomUUID(), null, SessionKind.LECTURE, title, start, start.plusHours(3), "A.201", null,
                null, null, 0);
        return new BookedSession(s, code, 1, "LA", null, List.of());
    }

    private static List<String> titles(SessionEntries entries) {
        LocalDate day = LocalDate.of(2026, 5, 4);
        List<String> titles = new java.util.ArrayList<>();
        for (var calendar : entries.source().getCalendars()) {
            for (Object onDay : calendar.findEntries(day, day, ZoneId.systemDefault()).values()) {
                ((List<?>) onDay).forEach(e -> titles.add(((Entry<?>) e).getTitle()));
            }
        }
        return titles.stream().sorted().toList();
    }

    @Test
    void sessionsInAConflictGetAWarningSignAndLoseItWhenTheConflictIsGone() {
        SessionEntries entries = new SessionEntries();
        BookedSession lecture = session("LAO-2026-05", "Lecture", 8);
        BookedSession visit = session("LAO-2026-06", "Visit", 13);
        entries.show(List.of(lecture, visit));
        assertEquals(List.of("LAO-2026-05 · Lecture", "LAO-2026-06 · Visit"), titles(entries));

        entries.flag(Set.of(visit.session().id()));
        assertEquals(List.of("LAO-2026-05 · Lecture", "⚠ LAO-2026-06 · Visit"), titles(entries));

        entries.show(List.of(visit));
        assertEquals(List.of("⚠ LAO-2026-06 · Visit"), titles(entries), "a range read again keeps the marks");
        entries.flag(Set.of());
        assertEquals(List.of("LAO-2026-06 · Visit"), titles(entries));
    }

    @Test
    void daysOffAreWholeDayEntriesThatCannotBeMoved() {
        SessionEntries entries = new SessionEntries();
        entries.show(List.of(session("LAO-2026-05", "Lecture", 8)));
        entries.showDaysOff(java.util.Map.of(LocalDate.of(2026, 5, 4), "Hùng Kings' Commemoration (day in lieu)"));
        assertEquals(List.of("Hùng Kings' Commemoration (day in lieu)", "LAO-2026-05 · Lecture"), titles(entries));
        var off = entries.source().getCalendars().stream().filter(c -> c.isReadOnly()).toList();
        assertEquals(1, off.size(), "the days off are in a read-only calendar of their own");
        entries.showDaysOff(java.util.Map.of());
        assertEquals(List.of("LAO-2026-05 · Lecture"), titles(entries), "replaced as a whole when the range changes");
        assertEquals(List.of(), entries.takeMoves(), "showing days off moves no session");
    }
}

package org.cohortdesk.ui.calendar;

import java.util.function.Predicate;
import org.cohortdesk.model.ResourceKind;
import org.cohortdesk.service.session.BookedSession;

/** The calendar's filter: a cohort's code, a lecturer, an interpreter, a room, a partner country; null lets all through. */
public record SessionFilter(String cohort, String lecturer, String interpreter, String room, String country) implements Predicate<BookedSession> {
    static final SessionFilter NONE = new SessionFilter(null, null, null, null, null);

    @Override
    public boolean test(BookedSession s) {
        return (cohort == null || cohort.equals(s.cohortCode()))
                && (country == null || country.equals(s.country()))
                && books(s, ResourceKind.LECTURER, lecturer)
                && books(s, ResourceKind.INTERPRETER, interpreter)
                && books(s, ResourceKind.ROOM, room);
    }

    private static boolean books(BookedSession s, ResourceKind kind, String name) {
        return name == null || s.names(kind).contains(name);
    }
}

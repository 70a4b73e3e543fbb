package org.cohortdesk.ui.calendar;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Session;
import org.cohortdesk.service.session.BookedSession;
import org.cohortdesk.service.session.SessionDraft;
import org.cohortdesk.service.session.SessionService;
import org.cohortdesk.ui.common.ChangeHistory.Change;

/**
 * What each change of the calendar does and how it is undone: a session created, edited, moved or
 * resized, deleted. The changes save over the newest versions they wrote, so several changes of one
 * session undo in turn; a change by someone else in between still makes them stale.
 */
final class SessionChanges {
    private final SessionService sessions;
    private final Localization tr;
    /** The newest version these changes wrote of each session. */
    private final Map<UUID, Integer> versions = new ConcurrentHashMap<>();

    SessionChanges(SessionService sessions, Localization tr) {
        this.sessions = sessions;
        this.tr = tr;
    }

    Change create(SessionDraft draft) {
        return new Create(draft);
    }

    Change edit(BookedSession before, SessionDraft after) {
        return new Edit(before, after);
    }

    Change reschedule(BookedSession before, LocalDateTime start, LocalDateTime end) {
        return new Reschedule(before, start, end);
    }

    Change delete(BookedSession before) {
        return new Delete(before);
    }

    private int version(Session s) {
        return Math.max(s.version(), versions.getOrDefault(s.id(), s.version()));
    }

    private BookedSession saw(BookedSession b) {
        versions.put(b.session().id(), b.session().version());
        return b;
    }

    private String named(String key, SessionDraft d) {
        return tr.tr(key, d.title(), d.startsAt());
    }

    /** A new session; undo deletes it, redo creates it again. */
    private final class Create implements Change {
        private final SessionDraft draft;
        private BookedSession created;

        Create(SessionDraft draft) {
            this.draft = draft;
        }

        @Override
        public void apply() {
            created = saw(sessions.create(draft));
        }

        @Override
        public void revert() {
            sessions.delete(created.session().id(), version(created.session()));
        }

        @Override
        public String description() {
            return named("calendar.change.create", draft);
        }
    }

    /** An edit in the form; undo writes back what was there before. */
    private final class Edit implements Change {
        private final BookedSession before;
        private final SessionDraft after;

        Edit(BookedSession before, SessionDraft after) {
            this.before = before;
            this.after = after;
        }

        @Override
        public void apply() {
            saw(sessions.update(before.session().id(), version(before.session()), after));
        }

        @Override
        public void revert() {
            saw(sessions.update(before.session().id(), version(before.session()), before.draft()));
        }

        @Override
        public String description() {
            return named("calendar.change.edit", after);
        }
    }

    /** A session moved or resized by dragging; undo puts it back at its former times. */
    private final class Reschedule implements Change {
        private final BookedSession before;
        private final LocalDateTime start;
        private final LocalDateTime end;

        Reschedule(BookedSession before, LocalDateTime start, LocalDateTime end) {
            this.before = before;
            this.start = start;
            this.end = end;
        }

        @Override
        public void apply() {
            saw(sessions.reschedule(before.session().id(), version(before.session()), start, end));
        }

        @Override
        public void revert() {
            Session s = before.session();
            saw(sessions.reschedule(s.id(), version(s), s.startsAt(), s.endsAt()));
        }

        @Override
        public String description() {
            return tr.tr("calendar.change.move", before.session().title(), start);
        }
    }

    /** A session deleted; undo creates it again from what it was (with a new id). */
    private final class Delete implements Change {
        private BookedSession current;

        Delete(BookedSession before) {
            this.current = before;
        }

        @Override
        public void apply() {
            sessions.delete(current.session().id(), version(current.session()));
        }

        @Override
        public void revert() {
            current = saw(sessions.create(current.draft()));
        }

        @Override
        public String description() {
            return named("calendar.change.delete", current.draft());
        }
    }
}

package org.cohortdesk.service.session;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.cohortdesk.model.SessionKind;

/**
 * A session as a form or a drag gives it. Rooms, lecturers and interpreters are named: a name
 * that matches a resource of its kind (ignoring case) books it, a new name creates the resource.
 * The study-visit fields are kept only for a study visit.
 *
 * @param room     the room's name, or null for a session held outside ({@code location} says where)
 * @param location where the session is held when it is not in one of the academy's rooms
 */
public record SessionDraft(UUID cohortId, SessionKind kind, String title, LocalDateTime startsAt, LocalDateTime endsAt, String location,
        String notes, String room, List<String> lecturers, List<String> interpreters, String hostOrganisation, String transport,
        Integer headcount) {

    public SessionDraft {
        lecturers = lecturers == null ? List.of() : List.copyOf(lecturers);
        interpreters = interpreters == null ? List.of() : List.copyOf(interpreters);
    }

    /** The same draft at other times (a move or a resize). */
    public SessionDraft at(LocalDateTime start, LocalDateTime end) {
        return new SessionDraft(cohortId, kind, title, start, end, location, notes, room, lecturers, interpreters, hostOrganisation, transport,
                headcount);
    }
}

package org.cohortdesk.service.session;

import java.util.List;
import org.cohortdesk.model.Resource;
import org.cohortdesk.model.ResourceKind;
import org.cohortdesk.model.Session;
import org.cohortdesk.model.StudyVisit;

/**
 * A session as the calendar and the timetable read it: the session, its cohort's code and colour,
 * the partner's country, the study visit (null unless it is one) and what it books.
 *
 * @param colour    a number from 0 to {@link SessionService#COLOURS} - 1, the same for every session of a cohort
 * @param resources the rooms, lecturers and interpreters booked, by kind then name (only id, kind and name are filled)
 */
public record BookedSession(Session session, String cohortCode, int colour, String country, StudyVisit visit, List<Resource> resources) {

    /** The names of the booked resources of one kind, in name order. */
    public List<String> names(ResourceKind kind) {
        return resources.stream().filter(r -> r.kind() == kind).map(Resource::name).toList();
    }

    /** The same session written with the draft's fields, for the form. */
    public SessionDraft draft() {
        Session s = session;
        return new SessionDraft(s.cohortId(), s.kind(), s.title(), s.startsAt(), s.endsAt(), s.location(), s.notes(),
                names(ResourceKind.ROOM).stream().findFirst().orElse(null), names(ResourceKind.LECTURER), names(ResourceKind.INTERPRETER),
                visit == null ? null : visit.hostOrganisation(), visit == null ? null : visit.transport(), visit == null ? null : visit.headcount());
    }
}

package org.cohortdesk.service.schedule;

import java.util.List;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.Severity;
import org.cohortdesk.model.CheckedSession;

/**
 * A clash in the timetable, as a value: what kind, how serious, the sessions involved (the first
 * is the one the clash is shown on; for a double booking, the earlier), and the message in words
 * to be given in the user's language.
 */
public record Conflict(Kind kind, List<CheckedSession> sessions, Problem message) {

    /** What clashes. */
    public enum Kind {
        /** A room, lecturer or interpreter in two overlapping sessions. */
        RESOURCE_DOUBLE_BOOKED,
        /** A session before its cohort's first day or after its last. */
        OUTSIDE_COHORT_DATES,
        /** Trainees enrolled in two cohorts whose sessions overlap. */
        TRAINEE_IN_TWO_SESSIONS,
        /** A session on a Saturday, a Sunday or a public holiday (a warning only). */
        DAY_OFF
    }

    public Conflict {
        sessions = List.copyOf(sessions);
    }

    public Severity severity() {
        return message.severity();
    }

    /** The session the clash is shown on. */
    public CheckedSession first() {
        return sessions.get(0);
    }

    /** Whether a session of the cohort with this code is involved. */
    public boolean involves(String cohortCode) {
        return sessions.stream().anyMatch(s -> s.cohortCode().equals(cohortCode));
    }
}

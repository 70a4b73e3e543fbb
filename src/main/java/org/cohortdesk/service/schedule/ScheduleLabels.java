package org.cohortdesk.service.schedule;

import org.cohortdesk.model.ResourceKind;
import org.cohortdesk.model.SessionKind;
import org.cohortdesk.model.Severity;

/** Message keys of the words the timetable's checks and files show for kinds and severities. */
public final class ScheduleLabels {
    private ScheduleLabels() {}

    public static String kind(SessionKind kind) {
        return switch (kind) {
            case LECTURE -> "schedule.kind.lecture";
            case STUDY_VISIT -> "schedule.kind.study_visit";
            case CEREMONY -> "schedule.kind.ceremony";
            case EXAM -> "schedule.kind.exam";
            case ACTIVITY -> "schedule.kind.activity";
            case SELF_STUDY -> "schedule.kind.self_study";
        };
    }

    public static String severity(Severity severity) {
        return severity == Severity.ERROR ? "schedule.severity.error" : "schedule.severity.warning";
    }

    /** The message of a resource booked twice: "Room {0} is also booked by {1}: …". */
    static String doubleBooked(ResourceKind kind) {
        return switch (kind) {
            case ROOM -> "schedule.conflict.room";
            case LECTURER -> "schedule.conflict.lecturer";
            case INTERPRETER -> "schedule.conflict.interpreter";
        };
    }

    /** "Lecturer: {0}" or "Interpreter: {0}" in a calendar event's description. */
    static String role(ResourceKind kind) {
        return kind == ResourceKind.LECTURER ? "schedule.ics.lecturer" : "schedule.ics.interpreter";
    }
}

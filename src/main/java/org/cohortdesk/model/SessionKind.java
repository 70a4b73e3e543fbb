package org.cohortdesk.model;

/** What kind of event a session is. */
public enum SessionKind {
    LECTURE, STUDY_VISIT, CEREMONY, EXAM, ACTIVITY, SELF_STUDY
}

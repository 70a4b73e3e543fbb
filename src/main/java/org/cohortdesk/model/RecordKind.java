package org.cohortdesk.model;

import java.util.Locale;

/** The kinds of record a coordinator edits, named in messages (in the user's language) and in the audit log. */
public enum RecordKind {
    PARTNER, AGREEMENT, COURSE, COHORT, PERSON, ENROLLMENT, ATTENDANCE, SESSION;

    /** The name the audit log uses: {@code partner}, {@code enrollment}. */
    public String auditName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

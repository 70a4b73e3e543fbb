package org.cohortdesk.model;

/** One attendance mark of one enrollment at one session. */
public enum Mark {
    PRESENT, LATE, EXCUSED, ABSENT
}

package org.cohortdesk.model.rules;

/** Why two person records look like one human being. */
public enum DuplicateReason {
    SAME_PASSPORT, SAME_BIRTH_DATE_AND_NAME
}

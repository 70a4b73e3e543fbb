package org.cohortdesk.model;

/** What sort of organisation a partner is. */
public enum PartnerKind {
    MINISTRY, CENTRAL_OFFICE, PROVINCE, ACADEMY, OTHER
}

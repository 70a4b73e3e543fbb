package org.cohortdesk.model;

/** A multi-year memorandum of understanding, or the annual plan that refines it. */
public enum AgreementKind {
    MOU, ANNUAL_PLAN
}

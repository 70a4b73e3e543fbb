package org.cohortdesk.model;

/** A person's sex as written in the passport. */
public enum Sex {
    F, M
}

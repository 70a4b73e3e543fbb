package org.cohortdesk.model;

/** What a session can book. */
public enum ResourceKind {
    ROOM, LECTURER, INTERPRETER
}

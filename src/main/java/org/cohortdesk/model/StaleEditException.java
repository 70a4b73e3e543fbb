package org.cohortdesk.model;

/** An edit made from data that someone else changed (or deleted) in the meantime; nothing was written. */
public class StaleEditException extends ProblemException {
    private static final long serialVersionUID = 1L;

    public StaleEditException(RecordKind kind, Object label, boolean deleted) {
        super(Problem.error(deleted ? "error.stale.deleted" : "error.stale.changed", kind, label));
    }
}

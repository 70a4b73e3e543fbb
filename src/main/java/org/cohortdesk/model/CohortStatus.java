package org.cohortdesk.model;

import java.util.EnumSet;
import java.util.Set;

/** Where a cohort is in its life: planned, confirmed, in progress, completed, reported (or cancelled). */
public enum CohortStatus {
    PLANNED, CONFIRMED, IN_PROGRESS, COMPLETED, REPORTED, CANCELLED;

    /** The statuses this one may move to. One step forward, one step back to undo a slip, or cancel before it starts. */
    public Set<CohortStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(CONFIRMED, CANCELLED);
            case CONFIRMED -> EnumSet.of(IN_PROGRESS, PLANNED, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(COMPLETED, CONFIRMED);
            case COMPLETED -> EnumSet.of(REPORTED, IN_PROGRESS);
            case REPORTED -> EnumSet.of(COMPLETED);
            case CANCELLED -> EnumSet.of(PLANNED);
        };
    }

    public boolean canMoveTo(CohortStatus target) {
        return next().contains(target);
    }
}

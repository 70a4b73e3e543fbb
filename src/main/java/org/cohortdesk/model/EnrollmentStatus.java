package org.cohortdesk.model;

import java.util.EnumSet;
import java.util.Set;

/** A person's standing in one cohort. A withdrawn enrollment stays on record with its attendance. */
public enum EnrollmentStatus {
    NOMINATED, CONFIRMED, ARRIVED, WITHDRAWN, COMPLETED;

    public Set<EnrollmentStatus> next() {
        return switch (this) {
            case NOMINATED -> EnumSet.of(CONFIRMED, WITHDRAWN);
            case CONFIRMED -> EnumSet.of(ARRIVED, NOMINATED, WITHDRAWN);
            case ARRIVED -> EnumSet.of(COMPLETED, CONFIRMED, WITHDRAWN);
            case WITHDRAWN -> EnumSet.of(NOMINATED);
            case COMPLETED -> EnumSet.of(ARRIVED);
        };
    }

    public boolean canMoveTo(EnrollmentStatus target) {
        return next().contains(target);
    }

    /** True while the person counts toward the cohort's size. */
    public boolean isActive() {
        return this != WITHDRAWN;
    }
}

package org.cohortdesk.model;

import java.time.Instant;
import java.util.UUID;

/** A reusable course design. {@code completionThreshold} is the percentage of sessions attended (present or late) to complete. */
public record Course(
        UUID id,
        String code,
        String titleVi,
        String titleEn,
        String titleLo,
        Field field,
        int lengthWeeks,
        int completionThreshold,
        String notes,
        Instant createdAt,
        Instant updatedAt,
        int version) {}

package org.cohortdesk.model;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

/** A dated, timed event of a cohort. Times are wall-clock times at the academy (Asia/Ho_Chi_Minh). */
public record Session(
        UUID id,
        UUID cohortId,
        UUID moduleId,
        SessionKind kind,
        String title,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        String location,
        String notes,
        Instant createdAt,
        Instant updatedAt,
        int version) {}

package org.cohortdesk.model;

import java.time.Instant;
import java.util.UUID;

/** The attendance mark of one enrollment at one session. */
public record Attendance(
        UUID id,
        UUID enrollmentId,
        UUID sessionId,
        Mark mark,
        String note,
        Instant createdAt,
        Instant updatedAt,
        int version) {}

package org.cohortdesk.model;

import java.time.Instant;
import java.util.UUID;

/** Who changed what, and when. {@code actor} is the operating-system user. */
public record AuditEntry(
        UUID id,
        Instant occurredAt,
        String actor,
        AuditAction action,
        String entity,
        UUID entityId,
        String details) {}

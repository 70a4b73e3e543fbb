package org.cohortdesk.model;

import java.time.Instant;
import java.util.UUID;

/** A room, lecturer or interpreter that sessions book. */
public record Resource(
        UUID id,
        ResourceKind kind,
        String name,
        Integer capacity,
        String languages,
        String phone,
        String email,
        boolean active,
        String notes,
        Instant createdAt,
        Instant updatedAt,
        int version) {}

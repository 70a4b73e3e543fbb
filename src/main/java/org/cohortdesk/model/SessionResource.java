package org.cohortdesk.model;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code session_resources}: a session books a resource. */
public record SessionResource(UUID id, UUID sessionId, UUID resourceId, Instant createdAt, Instant updatedAt, int version) {}

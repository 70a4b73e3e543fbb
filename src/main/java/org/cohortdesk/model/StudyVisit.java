package org.cohortdesk.model;

import java.time.Instant;
import java.util.UUID;

/** What a study-visit session adds: the host organisation, the transport, how many go. One per study-visit session. */
public record StudyVisit(
        UUID id,
        UUID sessionId,
        String hostOrganisation,
        String transport,
        Integer headcount,
        Instant createdAt,
        Instant updatedAt,
        int version) {}

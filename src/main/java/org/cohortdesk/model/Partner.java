package org.cohortdesk.model;

import java.time.Instant;
import java.util.UUID;

/** An organisation that sends trainees: a ministry, central office or provincial office, with its country (ISO 3166 alpha-2). */
public record Partner(
        UUID id,
        String name,
        String nameLocal,
        String shortName,
        String country,
        PartnerKind kind,
        String notes,
        Instant createdAt,
        Instant updatedAt,
        int version) {}

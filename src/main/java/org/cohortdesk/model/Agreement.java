package org.cohortdesk.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A cooperation agreement (MoU) or an annual plan under one; cohorts belong to it. */
public record Agreement(
        UUID id,
        UUID partnerId,
        UUID parentId,
        AgreementKind kind,
        String title,
        LocalDate startsOn,
        LocalDate endsOn,
        Integer plannedCohorts,
        Integer plannedTrainees,
        String notes,
        Instant createdAt,
        Instant updatedAt,
        int version) {}

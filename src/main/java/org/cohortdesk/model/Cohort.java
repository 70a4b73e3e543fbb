package org.cohortdesk.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One group running one course on given dates, known by a short unique code such as {@code LAO-2025-03}. */
public record Cohort(
        UUID id,
        String code,
        UUID courseId,
        UUID partnerId,
        UUID agreementId,
        LocalDate startsOn,
        LocalDate endsOn,
        int plannedSize,
        CohortStatus status,
        String venue,
        String coordinator,
        String funding,
        String notes,
        Instant createdAt,
        Instant updatedAt,
        int version) {}

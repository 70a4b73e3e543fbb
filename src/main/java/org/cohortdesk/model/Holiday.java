package org.cohortdesk.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A day off in a country (ISO 3166 alpha-2). */
public record Holiday(
        UUID id,
        String country,
        LocalDate holidayOn,
        String name,
        HolidayKind kind,
        Instant createdAt,
        Instant updatedAt,
        int version) {}

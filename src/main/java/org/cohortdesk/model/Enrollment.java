package org.cohortdesk.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A person in a cohort. Travel, room and visa live here rather than on the person because they
 * belong to one stay: a returning alumnus has a new visa and a new room.
 */
public record Enrollment(
        UUID id,
        UUID cohortId,
        UUID personId,
        EnrollmentStatus status,
        LocalDate arrivalOn,
        String arrivalFlight,
        LocalDate departureOn,
        String departureFlight,
        String room,
        String visaNo,
        LocalDate visaExpiry,
        LocalDate withdrawnOn,
        String withdrawalReason,
        String notes,
        Instant createdAt,
        Instant updatedAt,
        int version) {}

package org.cohortdesk.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A human being, kept once even when they attend several cohorts. {@code nameLocal} is the name in
 * the person's own script (Lao for most trainees), {@code nameLatin} the romanised name exactly as
 * in the passport.
 */
public record Person(
        UUID id,
        String nameLocal,
        String nameLatin,
        Sex sex,
        LocalDate birthDate,
        String nationality,
        String jobTitle,
        String agency,
        UUID partnerId,
        String province,
        String passportNo,
        LocalDate passportExpiry,
        String phone,
        String email,
        String dietaryNotes,
        String healthNotes,
        String emergencyContact,
        String notes,
        Instant createdAt,
        Instant updatedAt,
        int version) {}

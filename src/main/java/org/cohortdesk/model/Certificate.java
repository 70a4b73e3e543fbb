package org.cohortdesk.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A certificate in the register: the number given to one enrollment ({@code number}, e.g.
 * {@code 2026/0001}, the {@code seq}-th of {@code issueYear}), the day it was first issued, and how
 * often and when last it was printed again. A reissue keeps the number.
 */
public record Certificate(
        UUID id,
        UUID enrollmentId,
        String certNo,
        int issueYear,
        int seq,
        LocalDate issuedOn,
        int reissueCount,
        LocalDate lastReissuedOn,
        Instant createdAt,
        Instant updatedAt,
        int version) {

    /** The number as printed: the year of issue and the place in that year's register, {@code 2026/0001}. */
    public static String number(int year, int seq) {
        return String.format("%d/%04d", year, seq);
    }

    public boolean reissued() {
        return reissueCount > 0;
    }
}

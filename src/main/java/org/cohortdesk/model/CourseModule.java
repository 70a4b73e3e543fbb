package org.cohortdesk.model;

import java.time.Instant;
import java.util.UUID;

/** One module of a course, in order ({@code seq}), with its teaching hours. */
public record CourseModule(
        UUID id,
        UUID courseId,
        int seq,
        String titleVi,
        String titleEn,
        String titleLo,
        int hours,
        Instant createdAt,
        Instant updatedAt,
        int version) {}

package org.cohortdesk.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/**
 * A session as the timetable's checks see it: its times and title, with its cohort's code, dates
 * and the partner's country (whose holidays are days off too).
 */
public record CheckedSession(UUID id, UUID cohortId, String cohortCode, SessionKind kind, String title, LocalDateTime startsAt,
        LocalDateTime endsAt, LocalDate cohortStartsOn, LocalDate cohortEndsOn, String country) {}

package org.cohortdesk.model;

import java.time.LocalDate;
import java.util.UUID;

/** One line of the cohort list: the cohort with its course, partner and how many are enrolled (not withdrawn). */
public record CohortSummary(
        UUID id,
        String code,
        String courseTitleVi,
        String courseTitleEn,
        String courseTitleLo,
        String partnerName,
        String country,
        LocalDate startsOn,
        LocalDate endsOn,
        int enrolled,
        int plannedSize,
        CohortStatus status) {

    /** The course title in a language given by its tag ({@code vi}, {@code en}, {@code lo}); English when Lao is missing. */
    public String courseTitle(String languageTag) {
        return Titles.in(languageTag, courseTitleVi, courseTitleEn, courseTitleLo);
    }
}

package org.cohortdesk.service.roster;

import java.util.Optional;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.Titles;
import org.jdbi.v3.core.Handle;

/**
 * What the top of a cohort's page names besides the cohort itself: the course title in each
 * language, the partner and, when the cohort belongs to one, the agreement.
 */
public record CohortHeader(
        Cohort cohort,
        String courseTitleVi,
        String courseTitleEn,
        String courseTitleLo,
        String partnerName,
        String agreementTitle) {

    /** The course title in a language given by its tag; English when the Lao title is missing. */
    public String courseTitle(String languageTag) {
        return Titles.in(languageTag, courseTitleVi, courseTitleEn, courseTitleLo);
    }

    /** Reads the names around {@code cohort} with the handle given (the caller's transaction). */
    static CohortHeader read(Handle h, Cohort cohort) {
        record Names(String titleVi, String titleEn, String titleLo, String partner, String agreement) {}
        Optional<Names> names = h.createQuery("""
                        SELECT co.title_vi, co.title_en, co.title_lo, p.name AS partner, a.title AS agreement
                        FROM cohorts c
                        JOIN courses co ON co.id = c.course_id
                        JOIN partners p ON p.id = c.partner_id
                        LEFT JOIN agreements a ON a.id = c.agreement_id
                        WHERE c.id = :id""")
                .bind("id", cohort.id())
                .map((rs, ctx) -> new Names(rs.getString("title_vi"), rs.getString("title_en"), rs.getString("title_lo"),
                        rs.getString("partner"), rs.getString("agreement")))
                .findOne();
        Names n = names.orElse(new Names("", "", null, "", null));
        return new CohortHeader(cohort, n.titleVi(), n.titleEn(), n.titleLo(), n.partner(), n.agreement());
    }
}

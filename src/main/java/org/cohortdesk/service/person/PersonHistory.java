package org.cohortdesk.service.person;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.Titles;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/** The cohorts one person attended: what the People page shows beside the selected person. */
public final class PersonHistory {

    /** One enrollment of the person, with its cohort and course. */
    public record Line(
            UUID enrollmentId,
            UUID cohortId,
            String code,
            String courseTitleVi,
            String courseTitleEn,
            String courseTitleLo,
            LocalDate startsOn,
            LocalDate endsOn,
            EnrollmentStatus status) {

        /** The course title in a language given by its tag ({@code vi}, {@code en}, {@code lo}); English when Lao is missing. */
        public String courseTitle(String languageTag) {
            return Titles.in(languageTag, courseTitleVi, courseTitleEn, courseTitleLo);
        }
    }

    private static final String SQL = """
            SELECT e.id AS enrollment_id, c.id AS cohort_id, c.code, k.title_vi AS course_title_vi, k.title_en AS course_title_en,
                   k.title_lo AS course_title_lo, c.starts_on, c.ends_on, e.status
            FROM enrollments e
            JOIN cohorts c ON c.id = e.cohort_id
            JOIN courses k ON k.id = c.course_id
            WHERE e.person_id = :person
            ORDER BY c.starts_on, c.code
            """;

    private final Jdbi jdbi;

    public PersonHistory(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Every enrollment of the person, oldest cohort first; empty for an unknown person. */
    public List<Line> of(UUID personId) {
        return jdbi.withHandle(h -> h.createQuery(SQL)
                .bind("person", personId)
                .registerRowMapper(ConstructorMapper.factory(Line.class))
                .mapTo(Line.class)
                .list());
    }
}

package org.cohortdesk.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cohortdesk.model.Certificate;
import org.cohortdesk.model.Session;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The certificate register (V3): the certificates of a cohort, the counter of numbers per year of
 * issue, and a course's second certificate language. Rows are written through {@link #TABLE}.
 */
@RegisterConstructorMapper(Certificate.class)
public interface CertificateDao {
    RecordTable<Certificate> TABLE = new RecordTable<>("certificates", Certificate.class);

    @SqlQuery("SELECT c.* FROM certificates c JOIN enrollments e ON e.id = c.enrollment_id WHERE e.cohort_id = :cohortId ORDER BY c.issue_year, c.seq")
    List<Certificate> ofCohort(UUID cohortId);

    @SqlQuery("SELECT * FROM certificates WHERE enrollment_id = :enrollmentId")
    Optional<Certificate> ofEnrollment(UUID enrollmentId);

    /**
     * Takes the next number of {@code year}: raises the counter (which holds its row locked until
     * the transaction ends, so a parallel issue waits for it). 0 when the year has no counter yet.
     */
    @SqlUpdate("UPDATE certificate_counters SET last_number = last_number + 1, updated_at = :now, version = version + 1 WHERE issue_year = :year")
    int raiseCounter(int year, Instant now);

    @SqlQuery("SELECT last_number FROM certificate_counters WHERE issue_year = :year")
    Optional<Integer> lastNumber(int year);

    @SqlUpdate("INSERT INTO certificate_counters (issue_year, last_number, created_at, updated_at, version) VALUES (:year, 0, :now, :now, 0)")
    void startCounter(int year, Instant now);

    @SqlQuery("SELECT * FROM sessions WHERE cohort_id = :cohortId")
    List<Session> sessionsOf(UUID cohortId);

    @SqlQuery("SELECT certificate_language FROM courses WHERE id = :courseId")
    Optional<String> secondLanguage(UUID courseId);

    @SqlUpdate("UPDATE courses SET certificate_language = :language WHERE id = :courseId")
    int setSecondLanguage(UUID courseId, String language);
}

package org.cohortdesk.store;

import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Queries over agreements beyond plain CRUD ({@link Tables#AGREEMENTS}). */
public interface AgreementDao {

    /** What has happened under one agreement so far: its cohorts (not cancelled) and their trainees (not withdrawn). */
    record Actual(UUID agreementId, int cohorts, int trainees) {}

    @SqlQuery("""
            SELECT a.id AS agreement_id,
                   (SELECT COUNT(*) FROM cohorts c WHERE c.agreement_id = a.id AND c.status <> 'CANCELLED') AS cohorts,
                   (SELECT COUNT(*) FROM enrollments e JOIN cohorts c ON c.id = e.cohort_id
                     WHERE c.agreement_id = a.id AND c.status <> 'CANCELLED' AND e.status <> 'WITHDRAWN') AS trainees
            FROM agreements a
            """)
    @RegisterConstructorMapper(Actual.class)
    List<Actual> actuals();
}

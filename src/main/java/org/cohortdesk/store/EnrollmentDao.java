package org.cohortdesk.store;

import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Writes and checks on enrollments beyond plain CRUD ({@link Tables#ENROLLMENTS}). */
public interface EnrollmentDao {

    @SqlQuery("SELECT COUNT(*) FROM attendance WHERE enrollment_id = :id")
    int marksOf(UUID id);
}

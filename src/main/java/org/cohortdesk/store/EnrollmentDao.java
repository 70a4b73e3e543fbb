package org.cohortdesk.store;

import java.util.UUID;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Writes and checks on enrollments beyond plain CRUD ({@link Tables#ENROLLMENTS}). */
public interface EnrollmentDao {

    @SqlQuery("SELECT COUNT(*) FROM attendance WHERE enrollment_id = :id")
    int marksOf(UUID id);

    /** Deletes the enrollment if it still has this version; returns the rows deleted (0 or 1). */
    @SqlUpdate("DELETE FROM enrollments WHERE id = :id AND version = :version")
    int delete(UUID id, int version);
}

package org.cohortdesk.store;

import java.util.List;
import java.util.UUID;
import org.cohortdesk.model.CourseModule;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Queries over courses and their modules beyond plain CRUD ({@link Tables#COURSES}, {@link Tables#COURSE_MODULES}). */
public interface CourseDao {

    /** How many modules a course has and their hours together. */
    record Totals(UUID courseId, int modules, int hours) {}

    @SqlQuery("SELECT course_id, COUNT(*) AS modules, SUM(hours) AS hours FROM course_modules GROUP BY course_id")
    @RegisterConstructorMapper(Totals.class)
    List<Totals> totals();

    @SqlQuery("SELECT * FROM course_modules WHERE course_id = :courseId ORDER BY seq")
    List<CourseModule> modules(UUID courseId);

    /**
     * Moves every module of a course to a negative position, so that the modules can then be
     * written in their new order one by one without two of them holding the same position.
     */
    @SqlUpdate("UPDATE course_modules SET seq = -1 - seq WHERE course_id = :courseId")
    void parkPositions(UUID courseId);
}

package org.cohortdesk.store;

import java.util.List;
import org.cohortdesk.model.Agreement;
import org.cohortdesk.model.Attendance;
import org.cohortdesk.model.AuditEntry;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.Course;
import org.cohortdesk.model.CourseModule;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.Holiday;
import org.cohortdesk.model.Partner;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.Resource;
import org.cohortdesk.model.Session;
import org.cohortdesk.model.SessionResource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/** The one place Jdbi is set up: SqlObject, and a constructor mapper for every record of the model. */
final class Jdbis {
    static final List<Class<? extends Record>> MAPPED = List.of(
            Partner.class, Agreement.class, Course.class, CourseModule.class, Cohort.class, Person.class,
            Enrollment.class, Session.class, SessionResource.class, Resource.class, Attendance.class, Holiday.class, AuditEntry.class);

    private Jdbis() {}

    static Jdbi configure(Jdbi jdbi) {
        jdbi.installPlugin(new SqlObjectPlugin());
        for (Class<? extends Record> type : MAPPED) {
            jdbi.registerRowMapper(ConstructorMapper.factory(type));
        }
        return jdbi;
    }
}

package org.cohortdesk.store;

import java.sql.Types;
import java.util.List;
import java.util.UUID;
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
import org.cohortdesk.model.StudyVisit;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * The one place Jdbi is set up: SqlObject, a constructor mapper for every record of the model, and
 * UUIDs bound so that PostgreSQL takes them (see {@link UuidArgumentFactory}).
 */
final class Jdbis {
    static final List<Class<? extends Record>> MAPPED = List.of(
            Partner.class, Agreement.class, Course.class, CourseModule.class, Cohort.class, Person.class,
            Enrollment.class, Session.class, SessionResource.class, StudyVisit.class, Resource.class, Attendance.class, Holiday.class, AuditEntry.class);

    private Jdbis() {}

    /**
     * Binds a UUID as itself and a null UUID as {@link Types#OTHER}. Jdbi's own binding sends a
     * null UUID as VARCHAR, which PostgreSQL refuses for a uuid column (H2 does not mind).
     */
    static final class UuidArgumentFactory extends AbstractArgumentFactory<UUID> {
        UuidArgumentFactory() {
            super(Types.OTHER);
        }

        @Override
        protected Argument build(UUID value, ConfigRegistry config) {
            return (position, statement, context) -> statement.setObject(position, value);
        }
    }

    static Jdbi configure(Jdbi jdbi) {
        jdbi.installPlugin(new SqlObjectPlugin());
        jdbi.registerArgument(new UuidArgumentFactory());
        for (Class<? extends Record> type : MAPPED) {
            jdbi.registerRowMapper(ConstructorMapper.factory(type));
        }
        return jdbi;
    }
}

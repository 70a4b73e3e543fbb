package org.cohortdesk.store;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cohortdesk.model.AuditAction;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The audit log as it concerns one person or one cohort, newest first. Entries name their row by
 * its id; a trainee's enrollment entries also by their details ("person ID in cohort CODE"), so
 * that the entry of an enrollment removed since is still found.
 */
public interface AuditDao {

    /** An entry with the name of the trainee it concerns, when it concerns an enrollment still stored. */
    record Line(Instant occurredAt, String actor, AuditAction action, String entity, String details, String subject) {}

    String SELECT = """
            SELECT a.occurred_at, a.actor, a.action, a.entity, a.details, p.name_latin AS subject
            FROM audit_log a
            LEFT JOIN enrollments e ON a.entity = 'enrollment' AND e.id = a.entity_id
            LEFT JOIN people p ON p.id = e.person_id
            """;

    @SqlQuery(SELECT + """
            WHERE (a.entity = 'person' AND a.entity_id = :id)
               OR (a.entity = 'enrollment' AND (e.person_id = :id OR a.details LIKE :mentioned ESCAPE '!'))
            ORDER BY a.occurred_at DESC, a.id
            LIMIT :limit
            """)
    @RegisterConstructorMapper(Line.class)
    List<Line> ofPerson(@Bind("id") UUID personId, @Bind("mentioned") String mentioned, @Bind("limit") int limit);

    @SqlQuery(SELECT + """
            WHERE (a.entity IN ('cohort', 'enrollment', 'session') AND a.entity_id = :id)
               OR (a.entity = 'enrollment' AND (e.cohort_id = :id OR a.details LIKE :inCohort ESCAPE '!'
                   OR a.details LIKE :outOfCohort ESCAPE '!' OR a.details LIKE :moved ESCAPE '!'))
               OR (a.entity = 'session' AND a.entity_id IN (SELECT s.id FROM sessions s WHERE s.cohort_id = :id))
               OR (a.entity = 'attendance' AND a.details LIKE :marks ESCAPE '!')
            ORDER BY a.occurred_at DESC, a.id
            LIMIT :limit
            """)
    @RegisterConstructorMapper(Line.class)
    List<Line> ofCohort(@Bind("id") UUID cohortId, @Bind("inCohort") String inCohort, @Bind("outOfCohort") String outOfCohort,
            @Bind("moved") String moved, @Bind("marks") String marks, @Bind("limit") int limit);

    /** {@code text} for a LIKE pattern with {@code !} as the escape character. */
    static String literal(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}

package org.cohortdesk.store;

import java.util.List;
import java.util.UUID;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.Person;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Queries over people and their enrollments. */
public interface PeopleDao {

    /** Which cohort (by code) a person is or was enrolled in, oldest cohort first. */
    record CohortOfPerson(UUID personId, String code) {}

    @SqlQuery("SELECT * FROM people")
    List<Person> all();

    @SqlQuery("SELECT e.person_id, c.code FROM enrollments e JOIN cohorts c ON c.id = e.cohort_id ORDER BY c.starts_on, c.code")
    @RegisterConstructorMapper(CohortOfPerson.class)
    List<CohortOfPerson> cohortsOfPeople();

    @SqlQuery("SELECT COUNT(*) FROM enrollments WHERE person_id = :personId")
    int enrollmentCount(UUID personId);

    @SqlQuery("SELECT * FROM enrollments WHERE cohort_id = :cohortId")
    List<Enrollment> enrollmentsOf(UUID cohortId);

    @SqlQuery("SELECT p.* FROM people p JOIN enrollments e ON e.person_id = p.id WHERE e.cohort_id = :cohortId")
    List<Person> peopleOf(UUID cohortId);

    /** Everyone who shares a birth date or a passport number with someone in the cohort: the candidates for "likely the same person". */
    @SqlQuery("""
            SELECT o.* FROM people o
            WHERE o.birth_date IN (SELECT p.birth_date FROM people p JOIN enrollments e ON e.person_id = p.id WHERE e.cohort_id = :cohortId)
               OR o.passport_no IN (SELECT p.passport_no FROM people p JOIN enrollments e ON e.person_id = p.id WHERE e.cohort_id = :cohortId)
            """)
    List<Person> lookalikesOfCohort(UUID cohortId);
}

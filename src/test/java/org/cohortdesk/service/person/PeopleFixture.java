package org.cohortdesk.service.person;

import java.time.LocalDate;
import java.util.UUID;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.Sex;
import org.cohortdesk.store.TestData;

/** People and enrollments for service tests. */
public final class PeopleFixture {
    private PeopleFixture() {}

    public static Person person(String latin, String local, LocalDate born, String passport, LocalDate passportExpiry, String agency) {
        return new Person(UUID.randomUUID(), local, latin, Sex.F, born, "LA", "Head of Division", agency, null, "Vientiane Capital",
                passport, passportExpiry, null, null, null, null, null, null, TestData.NOW, TestData.NOW, 0);
    }

    public static Enrollment enrollment(UUID cohortId, UUID personId, EnrollmentStatus status) {
        return new Enrollment(UUID.randomUUID(), cohortId, personId, status, null, null, null, null, null, null, null, null, null, null,
                TestData.NOW, TestData.NOW, 0);
    }
}

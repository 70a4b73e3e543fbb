package org.cohortdesk.service.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.Sex;

/** One trainee while the sample is being drawn; the passport's expiry is set once all their cohorts are known. */
final class DemoPerson {
    final UUID id;
    final int partnerIndex;
    final String country;
    final DemoNames.Name name;
    final Sex sex;
    final LocalDate birthDate;
    String jobTitle;
    String agency;
    String province;
    String passportNo;
    LocalDate passportExpiry;
    String phone;
    String email;
    String dietaryNotes;
    String healthNotes;
    String emergencyContact;
    /** The end of the last cohort they are enrolled in, and how many cohorts that makes. */
    LocalDate lastEnd;
    int cohorts;
    /** Withdrew before a course began; such a person is nobody's alumnus. */
    boolean withdrew;

    DemoPerson(UUID id, int partnerIndex, String country, DemoNames.Name name, Sex sex, LocalDate birthDate) {
        this.id = id;
        this.partnerIndex = partnerIndex;
        this.country = country;
        this.name = name;
        this.sex = sex;
        this.birthDate = birthDate;
    }

    Person toRow(UUID partnerId, Instant now) {
        return new Person(id, name.local(), name.latin(), sex, birthDate, country, jobTitle, agency, partnerId, province, passportNo,
                passportExpiry, phone, email, dietaryNotes, healthNotes, emergencyContact, null, now, now, 0);
    }
}

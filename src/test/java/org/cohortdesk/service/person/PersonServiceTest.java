package org.cohortdesk.service.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.model.StaleEditException;
import org.cohortdesk.service.audit.Audit;
import org.cohortdesk.store.TestDatabases;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonServiceTest {
    @TempDir
    Path dir;

    @Test
    void storesTextAsNfcRefusesANamelessPersonAndAStaleEdit() {
        try (Database db = TestDatabases.open(dir)) {
            Clock clock = Clock.fixed(TestData.NOW, ZoneOffset.UTC);
            PersonService people = new PersonService(db.jdbi(), new Audit(clock, "coordinator"), clock);
            String decomposed = Normalizer.normalize("Nguyễn Thị Ánh", Normalizer.Form.NFD);
            Person created = people.create(PeopleFixture.person("  " + decomposed + " ", null, LocalDate.of(1980, 1, 5), null, null, "MoHA"));

            Person stored = people.find(created.id()).orElseThrow();
            assertEquals("Nguyễn Thị Ánh", stored.nameLatin(), "NFC and stripped, so search and sorting see one spelling");
            assertEquals(0, stored.version());

            ProblemException nameless = assertThrows(ProblemException.class,
                    () -> people.create(PeopleFixture.person(" ", null, null, null, null, null)));
            assertEquals("error.person.name_missing", nameless.problem().key());

            Person renamed = people.update(rename(stored, "Nguyễn Thị Ánh Hồng"));
            assertEquals(1, renamed.version());
            StaleEditException stale = assertThrows(StaleEditException.class, () -> people.update(rename(stored, "Nguyen Thi Anh")));
            assertEquals("error.stale.changed", stale.problem().key());
            assertEquals("Nguyễn Thị Ánh Hồng", people.find(created.id()).orElseThrow().nameLatin());
        }
    }

    private static Person rename(Person p, String name) {
        return new Person(p.id(), p.nameLocal(), name, p.sex(), p.birthDate(), p.nationality(), p.jobTitle(), p.agency(), p.partnerId(),
                p.province(), p.passportNo(), p.passportExpiry(), p.phone(), p.email(), p.dietaryNotes(), p.healthNotes(),
                p.emergencyContact(), p.notes(), p.createdAt(), p.updatedAt(), p.version());
    }
}

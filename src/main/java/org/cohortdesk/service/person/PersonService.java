package org.cohortdesk.service.person;

import java.text.Normalizer;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.cohortdesk.model.AuditAction;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.model.RecordKind;
import org.cohortdesk.model.StaleEditException;
import org.cohortdesk.service.audit.Audit;
import org.cohortdesk.service.audit.Changes;
import org.cohortdesk.store.PeopleDao;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.Transactions;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** People: kept once, edited with optimistic locking. */
public final class PersonService {
    private final Jdbi jdbi;
    private final Audit audit;
    private final Clock clock;

    public PersonService(Jdbi jdbi, Audit audit, Clock clock) {
        this.jdbi = jdbi;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<Person> find(UUID id) {
        return jdbi.withHandle(h -> Tables.PEOPLE.find(h, id));
    }

    /** Saves a new person (text normalised to NFC); returns it with its id and version. */
    public Person create(Person draft) {
        return Transactions.inTransaction(jdbi, h -> insert(h, draft));
    }

    /** Saves an edited person; refused with {@link StaleEditException} when it changed since it was read. */
    public Person update(Person edited) {
        return Transactions.inTransaction(jdbi, h -> update(h, edited));
    }

    /**
     * {@link #create} inside a transaction the caller holds, for work that writes a person together
     * with other rows (a new trainee and their enrollment).
     */
    public Person insert(Handle h, Person draft) {
        requireName(draft);
        var now = clock.instant();
        Person person = withMeta(normalised(draft), UUID.randomUUID(), now, now, 0);
        Tables.PEOPLE.insert(h, person);
        audit.record(h, AuditAction.CREATE, "person", person.id(), person.nameLatin());
        return person;
    }

    /**
     * {@link #update} inside a transaction the caller holds. An edit that changes nothing writes
     * nothing and returns the person as stored.
     */
    public Person update(Handle h, Person edited) {
        requireName(edited);
        Person stored = Tables.PEOPLE.find(h, edited.id()).orElseThrow(() -> new StaleEditException(RecordKind.PERSON, edited.nameLatin(), true));
        Person toWrite = withMeta(normalised(edited), edited.id(), stored.createdAt(), stored.updatedAt(), edited.version());
        if (toWrite.equals(stored)) {
            return stored;
        }
        toWrite = withMeta(toWrite, toWrite.id(), stored.createdAt(), clock.instant(), edited.version());
        if (!Tables.PEOPLE.update(h, toWrite)) {
            throw new StaleEditException(RecordKind.PERSON, stored.nameLatin(), false);
        }
        audit.record(h, AuditAction.UPDATE, "person", edited.id(), edited.nameLatin() + Changes.ofPerson(stored, toWrite));
        return Tables.PEOPLE.find(h, edited.id()).orElseThrow();
    }

    /**
     * Deletes a person who is in no cohort (one added by mistake). Refused when they are enrolled
     * anywhere, or when the person changed since it was read.
     */
    public void delete(Handle h, UUID id, int version) {
        Person stored = Tables.PEOPLE.find(h, id).orElseThrow(() -> new StaleEditException(RecordKind.PERSON, id, true));
        if (h.attach(PeopleDao.class).enrollmentCount(id) > 0) {
            throw ProblemException.of("error.person.enrolled", stored.nameLatin());
        }
        if (!Tables.PEOPLE.delete(h, id, version)) {
            throw new StaleEditException(RecordKind.PERSON, stored.nameLatin(), false);
        }
        audit.record(h, AuditAction.DELETE, "person", id, stored.nameLatin());
    }

    private static void requireName(Person p) {
        if (p.nameLatin() == null || p.nameLatin().isBlank()) {
            throw ProblemException.of("error.person.name_missing");
        }
    }

    private static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s.strip(), Normalizer.Form.NFC);
    }

    private static Person normalised(Person p) {
        return new Person(p.id(), nfc(p.nameLocal()), nfc(p.nameLatin()), p.sex(), p.birthDate(), p.nationality(), nfc(p.jobTitle()),
                nfc(p.agency()), p.partnerId(), nfc(p.province()), nfc(p.passportNo()), p.passportExpiry(), nfc(p.phone()), nfc(p.email()),
                nfc(p.dietaryNotes()), nfc(p.healthNotes()), nfc(p.emergencyContact()), nfc(p.notes()), p.createdAt(), p.updatedAt(), p.version());
    }

    private static Person withMeta(Person p, UUID id, java.time.Instant created, java.time.Instant updated, int version) {
        return new Person(id, p.nameLocal(), p.nameLatin(), p.sex(), p.birthDate(), p.nationality(), p.jobTitle(), p.agency(),
                p.partnerId(), p.province(), p.passportNo(), p.passportExpiry(), p.phone(), p.email(), p.dietaryNotes(),
                p.healthNotes(), p.emergencyContact(), p.notes(), created, updated, version);
    }
}

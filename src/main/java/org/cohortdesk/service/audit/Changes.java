package org.cohortdesk.service.audit;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.Phrase;

/**
 * Which fields an edit changed, written into the audit entry's details as their field names
 * ({@code "; changed: passport_no, phone"}: the log stays in one language) and read back as the
 * fields' labels in the reader's language. Values are not written: the log must not become a
 * second copy of passport numbers.
 */
public final class Changes {
    static final String MARK = "; changed: ";

    /** A person's record components and the field (message key {@code trainee.field.<name>}) each is shown as. */
    private static final Map<String, String> PERSON_FIELDS = Map.ofEntries(Map.entry("nameLocal", "name_local"),
            Map.entry("nameLatin", "name_latin"), Map.entry("sex", "sex"), Map.entry("birthDate", "birth_date"),
            Map.entry("nationality", "nationality"), Map.entry("jobTitle", "position"), Map.entry("agency", "agency"),
            Map.entry("province", "province"), Map.entry("passportNo", "passport_no"), Map.entry("passportExpiry", "passport_expiry"),
            Map.entry("phone", "phone"), Map.entry("email", "email"), Map.entry("dietaryNotes", "dietary_notes"),
            Map.entry("healthNotes", "health_notes"), Map.entry("emergencyContact", "emergency_contact"), Map.entry("notes", "person_notes"));

    private Changes() {}

    /** The suffix naming what an edit of a person changed; empty when none of the shown fields did. */
    public static String ofPerson(Person before, Person after) {
        List<String> changed = new ArrayList<>();
        for (RecordComponent c : Person.class.getRecordComponents()) {
            String field = PERSON_FIELDS.get(c.getName());
            if (field != null && !Objects.equals(value(c, before), value(c, after))) {
                changed.add(field);
            }
        }
        return changed.isEmpty() ? "" : MARK + String.join(", ", changed);
    }

    private static Object value(RecordComponent c, Person p) {
        try {
            return c.getAccessor().invoke(p);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getName(), e);
        }
    }

    /** The fields named after {@link #MARK} as their labels, "A, B, C", in the reader's language. */
    static Phrase labels(String names) {
        Phrase list = null;
        String[] fields = names.split(",\\s*");
        for (int i = fields.length - 1; i >= 0; i--) {
            String name = fields[i].strip();
            Phrase label = PERSON_FIELDS.containsValue(name) ? Phrase.of("trainee.field." + name) : Phrase.literal(name);
            list = list == null ? label : Phrase.of("audit.what.list", label, list);
        }
        return list;
    }
}

package org.cohortdesk.service.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.rules.DuplicateRules;

/**
 * People grouped by passport number and by birth date, so the few that can be "likely the same
 * person" as someone (see {@link DuplicateRules}) are found without comparing with everyone: a
 * paste of a thousand rows is checked against twelve thousand people in a fraction of a second.
 */
final class Lookalikes {
    private final Map<String, List<Person>> byPassport = new HashMap<>();
    private final Map<LocalDate, List<Person>> byBirth = new HashMap<>();

    Lookalikes(List<Person> people) {
        for (Person p : people) {
            String passport = DuplicateRules.passportKey(p.passportNo());
            if (!passport.isEmpty()) {
                byPassport.computeIfAbsent(passport, k -> new ArrayList<>()).add(p);
            }
            if (p.birthDate() != null) {
                byBirth.computeIfAbsent(p.birthDate(), k -> new ArrayList<>()).add(p);
            }
        }
    }

    /** Everyone who shares a passport number or a birth date with {@code person}, each once. */
    List<Person> near(Person person) {
        Set<Person> out = new LinkedHashSet<>(samePassport(person));
        if (person.birthDate() != null) {
            out.addAll(byBirth.getOrDefault(person.birthDate(), List.of()));
        }
        return List.copyOf(out);
    }

    /** Everyone with the passport number of {@code person} (case, spaces and dashes ignored). */
    List<Person> samePassport(Person person) {
        String key = DuplicateRules.passportKey(person.passportNo());
        return key.isEmpty() ? List.of() : byPassport.getOrDefault(key, List.of());
    }
}

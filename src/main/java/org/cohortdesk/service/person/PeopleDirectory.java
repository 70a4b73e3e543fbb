package org.cohortdesk.service.person;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.TextMatch;
import org.cohortdesk.model.rules.DuplicateReason;
import org.cohortdesk.model.rules.DuplicateRules;
import org.cohortdesk.store.PeopleDao;
import org.jdbi.v3.core.Jdbi;

/** Everyone across cohorts: finding people by any part of their name or agency, and likely duplicates. */
public final class PeopleDirectory {

    /** A person with the codes of the cohorts they attended, oldest first. */
    public record Entry(Person person, List<String> cohorts) {}

    /** Two records that are likely one person, and why. {@code first} sorts before {@code second} by romanised name. */
    public record Duplicate(Person first, Person second, DuplicateReason reason) {}

    private static final Comparator<Person> BY_NAME = Comparator.comparing((Person p) -> TextMatch.fold(p.nameLatin()))
            .thenComparing(p -> p.id().toString());

    private final Jdbi jdbi;

    public PeopleDirectory(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * The people whose Lao or romanised name, agency, province, position or passport number
     * contains every word of {@code text}, ignoring case and Vietnamese accents ("nguyen thi anh"
     * finds "Nguyễn Thị Ánh"; Lao script is matched as written). Sorted by romanised name.
     */
    public List<Entry> find(String text) {
        TextMatch match = TextMatch.of(text);
        return entries().stream().filter(e -> match.matches(searchText(e.person()))).toList();
    }

    /** Everyone, sorted by romanised name, with their cohorts. */
    public List<Entry> entries() {
        return jdbi.withExtension(PeopleDao.class, dao -> {
            Map<UUID, List<String>> cohorts = new HashMap<>();
            for (PeopleDao.CohortOfPerson c : dao.cohortsOfPeople()) {
                cohorts.computeIfAbsent(c.personId(), id -> new ArrayList<>()).add(c.code());
            }
            return byName(dao.all()).stream().map(p -> new Entry(p, List.copyOf(cohorts.getOrDefault(p.id(), List.of())))).toList();
        });
    }

    /** {@code people} in {@link #BY_NAME} order, each name folded once rather than at every comparison. */
    private static List<Person> byName(List<Person> people) {
        record Keyed(String name, Person person) {}
        return people.stream()
                .map(p -> new Keyed(TextMatch.fold(p.nameLatin()), p))
                .sorted(Comparator.comparing(Keyed::name).thenComparing(k -> k.person().id().toString()))
                .map(Keyed::person)
                .toList();
    }

    /** The text a person is found by, folded once. */
    public static String searchText(Person p) {
        return TextMatch.fold(String.join("\n", Objects.toString(p.nameLocal(), ""), p.nameLatin(), Objects.toString(p.agency(), ""),
                Objects.toString(p.province(), ""), Objects.toString(p.jobTitle(), ""), Objects.toString(p.passportNo(), "")));
    }

    /** Every pair of records that are likely one person (see {@link DuplicateRules}), sorted by the first's name. */
    public List<Duplicate> duplicates() {
        List<Person> people = jdbi.withExtension(PeopleDao.class, PeopleDao::all);
        return duplicatesAmong(people, people);
    }

    /**
     * The likely duplicates of each of {@code subjects} among {@code candidates}. People are only
     * compared within a shared birth date or passport number, so this stays fast for everyone.
     */
    static List<Duplicate> duplicatesAmong(List<Person> subjects, List<Person> candidates) {
        Map<Object, List<Person>> buckets = new HashMap<>();
        for (Person p : candidates) {
            for (Object key : keys(p)) {
                buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
            }
        }
        Map<List<UUID>, Duplicate> found = new HashMap<>();
        for (Person subject : subjects) {
            for (Object key : keys(subject)) {
                for (Person other : buckets.getOrDefault(key, List.of())) {
                    if (other.id().equals(subject.id())) {
                        continue;
                    }
                    DuplicateRules.likelyDuplicate(subject, other).ifPresent(reason -> {
                        Person first = BY_NAME.compare(subject, other) <= 0 ? subject : other;
                        Person second = first == subject ? other : subject;
                        found.putIfAbsent(List.of(first.id(), second.id()), new Duplicate(first, second, reason));
                    });
                }
            }
        }
        return found.values().stream()
                .sorted(Comparator.comparing(Duplicate::first, BY_NAME).thenComparing(Duplicate::second, BY_NAME))
                .toList();
    }

    /** The likely duplicates of one person among {@code candidates}. */
    public static List<Duplicate> duplicatesOf(Person person, List<Person> candidates) {
        return duplicatesAmong(List.of(person), candidates);
    }

    private static List<Object> keys(Person p) {
        List<Object> keys = new ArrayList<>(2);
        String passport = DuplicateRules.passportKey(p.passportNo());
        if (!passport.isEmpty()) {
            keys.add("passport:" + passport);
        }
        if (p.birthDate() != null) {
            keys.add(p.birthDate());
        }
        return keys;
    }
}

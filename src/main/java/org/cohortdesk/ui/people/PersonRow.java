package org.cohortdesk.ui.people;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Person;
import org.cohortdesk.service.person.PeopleDirectory;

/** One line of the people table, ready to show: the person, their cohort codes, and the folded text the filter searches. */
public record PersonRow(
        Person person,
        String nameLocal,
        String nameLatin,
        String sex,
        LocalDate birthDate,
        String birth,
        String agency,
        String province,
        String passport,
        List<String> cohortCodes,
        String cohorts,
        String searchText) {

    public static PersonRow of(Person p, List<String> cohortCodes, Localization tr) {
        return new PersonRow(p, text(p.nameLocal()), text(p.nameLatin()), p.sex() == null ? "" : tr.tr(p.sex()), p.birthDate(),
                tr.date(p.birthDate()), text(p.agency()), text(p.province()), text(p.passportNo()), List.copyOf(cohortCodes),
                String.join(", ", cohortCodes), PeopleDirectory.searchText(p));
    }

    public UUID id() {
        return person.id();
    }

    /** How many cohorts the person is enrolled in. */
    public int enrollments() {
        return cohortCodes.size();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}

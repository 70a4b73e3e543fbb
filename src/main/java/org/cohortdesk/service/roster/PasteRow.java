package org.cohortdesk.service.roster;

import java.util.ArrayList;
import java.util.List;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.Severity;

/**
 * One pasted row: the person it describes, their stay in the cohort (room, visa, travel, notes;
 * ids not yet given), what saving will do with it, and its problems. {@code row} is the row's
 * number in the pasted text, counted from 1 with the header. {@code existing} is the person
 * already on file with the same passport number, when there is one.
 */
public record PasteRow(int row, Person person, Enrollment stay, Action action, Person existing, List<Problem> problems) {

    /** What saving does with a row. */
    public enum Action {
        /** A new person, enrolled. */
        NEW,
        /** The person on file with this passport number, enrolled. */
        EXISTING,
        /** Nothing: the person is already in the cohort, or an earlier row adds them. */
        SKIP
    }

    public PasteRow {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }

    /** The person as the roster will show them: the one on file when there is one. */
    public Person shown() {
        return existing != null ? existing : person;
    }

    PasteRow with(Action newAction, Person newExisting, List<Problem> more) {
        List<Problem> all = new ArrayList<>(problems);
        all.addAll(more);
        return new PasteRow(row, person, stay, newAction, newExisting, all);
    }
}

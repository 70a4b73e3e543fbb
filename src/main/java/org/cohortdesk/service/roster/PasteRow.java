package org.cohortdesk.service.roster;

import java.util.ArrayList;
import java.util.List;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.Severity;
import org.cohortdesk.model.rules.DuplicateReason;

/**
 * One pasted row: the person it describes, their stay in the cohort (room, visa, travel, notes;
 * ids not yet given), what saving will do with it, and its problems. {@code row} is the row's
 * number in the pasted text, counted from 1 with the header. {@code existing} is the person
 * already on file the row is linked to, when there is one, and {@code linkedBy} why: the same
 * passport number, or the same birth date and a similar name ({@link
 * org.cohortdesk.model.rules.DuplicateRules}). {@code keptNew} is true when the user said the row is
 * a new person although it looks like someone on file.
 */
public record PasteRow(int row, Person person, Enrollment stay, Action action, Person existing, DuplicateReason linkedBy,
        boolean keptNew, List<Problem> problems) {

    /** What saving does with a row. */
    public enum Action {
        /** A new person, enrolled. */
        NEW,
        /** The person on file the row is linked to, enrolled. */
        EXISTING,
        /** Nothing: the person is already in the cohort, or an earlier row adds them. */
        SKIP
    }

    public PasteRow {
        problems = List.copyOf(problems);
    }

    /** A row as read, before it is checked against the people on file. */
    public PasteRow(int row, Person person, Enrollment stay, Action action, Person existing, List<Problem> problems) {
        this(row, person, stay, action, existing, null, false, problems);
    }

    /** This row with the user's word that it is a new person (true) or may be linked to someone on file (false). */
    public PasteRow keptNew(boolean asNew) {
        return new PasteRow(row, person, stay, action, existing, linkedBy, asNew, problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }

    /** The person as the roster will show them: the one on file when there is one. */
    public Person shown() {
        return existing != null ? existing : person;
    }

    PasteRow with(Action newAction, Person newExisting, DuplicateReason reason, List<Problem> more) {
        List<Problem> all = new ArrayList<>(problems);
        all.addAll(more);
        return new PasteRow(row, person, stay, newAction, newExisting, reason, keptNew, all);
    }
}

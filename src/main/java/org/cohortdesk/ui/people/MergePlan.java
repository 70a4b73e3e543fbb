package org.cohortdesk.ui.people;

/** Which of two records a merge keeps and which it removes. */
public record MergePlan(PersonRow keep, PersonRow drop) {

    /** Keeps the record with more enrollments; on a tie, the first of the pair. */
    public static MergePlan suggested(DuplicateRow pair) {
        return pair.second().enrollments() > pair.first().enrollments()
                ? new MergePlan(pair.second(), pair.first())
                : new MergePlan(pair.first(), pair.second());
    }

    public MergePlan swapped() {
        return new MergePlan(drop, keep);
    }
}

package org.cohortdesk.ui.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** What the calendar shows: a day, a week, a month, or the agenda (a list of the next two weeks). */
public enum CalendarMode {
    DAY, WEEK, MONTH, AGENDA;

    /** Weeks start on Monday, as at the academy and in Laos. */
    static final DayOfWeek FIRST_DAY = DayOfWeek.MONDAY;
    /** How many days the agenda lists. */
    static final int AGENDA_DAYS = 14;

    /** The days shown around {@code date}: from the first, up to but not including {@code until}. */
    public record Range(LocalDate from, LocalDate until) {}

    /** The range of days this mode shows for {@code date} (a month: the whole weeks its grid shows, six of them). */
    public Range range(LocalDate date) {
        return switch (this) {
            case DAY -> new Range(date, date.plusDays(1));
            case WEEK -> {
                LocalDate monday = date.with(TemporalAdjusters.previousOrSame(FIRST_DAY));
                yield new Range(monday, monday.plusWeeks(1));
            }
            case MONTH -> {
                LocalDate first = date.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(FIRST_DAY));
                yield new Range(first, first.plusWeeks(6));
            }
            case AGENDA -> new Range(date, date.plusDays(AGENDA_DAYS));
        };
    }

    /** The date one step later (or earlier, {@code steps} negative): a day, a week, a month, two weeks. */
    public LocalDate step(LocalDate date, int steps) {
        return switch (this) {
            case DAY -> date.plusDays(steps);
            case WEEK -> date.plusWeeks(steps);
            case MONTH -> date.plusMonths(steps);
            case AGENDA -> date.plusDays((long) steps * AGENDA_DAYS);
        };
    }
}

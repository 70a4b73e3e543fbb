package org.cohortdesk.service.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.cohortdesk.model.Phrase;

/**
 * Public holidays, as the timetable checks and the timetable proposal ask about them: the name of
 * the holiday in a country (ISO 3166 alpha-2) on a day, or nothing on a working day. Weekends are
 * not asked about; {@link #reason} adds them.
 */
@FunctionalInterface
public interface DaysOff {
    /** The academy's country: its holidays are days off for every cohort. */
    String ACADEMY_COUNTRY = "VN";

    /** No holidays at all. */
    DaysOff NONE = (country, date) -> Optional.empty();

    /** What {@link #reason} gives for a Saturday or a Sunday. */
    Phrase WEEKEND = Phrase.literal("");

    /** The holiday's name in {@code country} on {@code date}, or empty on a working day. */
    Optional<Phrase> dayOff(String country, LocalDate date);

    /** Fixed holidays: country, then day, then name. */
    static DaysOff of(Map<String, Map<LocalDate, String>> holidays) {
        return (country, date) -> Optional.ofNullable(holidays.getOrDefault(country, Map.of()).get(date)).map(Phrase::literal);
    }

    /**
     * The days off as they are now, for many questions in a row (a check over thousands of
     * sessions): one that reads a database answers from one read of it. By default, itself.
     */
    default DaysOff snapshot() {
        return this;
    }

    static boolean weekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /**
     * Why a cohort from {@code country} does not work on {@code date}: empty on a working day, else
     * the holiday's name (at the academy first, then at home), or {@link #WEEKEND}.
     */
    default Optional<Phrase> reason(String country, LocalDate date) {
        if (weekend(date)) {
            return Optional.of(WEEKEND);
        }
        Optional<Phrase> here = dayOff(ACADEMY_COUNTRY, date);
        if (here.isPresent() || country == null || country.equals(ACADEMY_COUNTRY)) {
            return here;
        }
        return dayOff(country, date);
    }
}

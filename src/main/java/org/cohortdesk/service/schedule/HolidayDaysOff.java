package org.cohortdesk.service.schedule;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.cohortdesk.model.Phrase;
import org.cohortdesk.service.holiday.DayOff;
import org.cohortdesk.service.holiday.HolidayCountry;
import org.cohortdesk.service.holiday.HolidayService;

/**
 * The days off of {@link HolidayService} (public holidays by law, days in lieu, extra days) as the
 * timetable asks about them. A country it does not know has no holidays. One day asks the service
 * once; a {@link #snapshot()} reads each country's year once and answers from memory.
 */
public final class HolidayDaysOff implements DaysOff {
    private final HolidayService holidays;

    public HolidayDaysOff(HolidayService holidays) {
        this.holidays = holidays;
    }

    @Override
    public Optional<Phrase> dayOff(String country, LocalDate date) {
        return HolidayCountry.of(country).flatMap(c -> holidays.daysOff(c, date, date).stream().findFirst()).map(DayOff::name);
    }

    @Override
    public DaysOff snapshot() {
        Map<String, Map<LocalDate, Phrase>> years = new HashMap<>();
        return (country, date) -> Optional.ofNullable(years.computeIfAbsent(country + "-" + date.getYear(), k -> year(country, date.getYear()))
                .get(date));
    }

    private Map<LocalDate, Phrase> year(String country, int year) {
        Map<LocalDate, Phrase> days = new HashMap<>();
        HolidayCountry.of(country).ifPresent(c -> holidays.daysOff(c, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .forEach(d -> days.putIfAbsent(d.date(), d.name())));
        return days;
    }
}

package org.cohortdesk.service.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cohortdesk.service.holiday.HolidayCountry;
import org.cohortdesk.service.holiday.HolidayService;
import org.cohortdesk.service.holiday.VietnameseLunarCalendar;

/**
 * Dates of the sample: the days a cohort can be taught (weekdays that are no day off at the
 * academy or in the trainees' country) and the two teaching slots of a day. Times are wall-clock
 * times at the academy.
 *
 * <p>The days off are the public holidays computed by {@link HolidayService#publicHolidays}, days
 * in lieu included, for every country it knows ({@link HolidayCountry}: Vietnam and Laos); a
 * cohort from any other country is kept off weekends and Vietnam's holidays only. The sample
 * stores no holidays: the workspace computes the same ones.
 */
final class DemoCalendar {
    /** The academy's time zone: session times, "today" and "now" are read in it. */
    static final ZoneId ACADEMY = ZoneId.of("Asia/Ho_Chi_Minh");
    static final LocalTime MORNING_START = LocalTime.of(8, 0);
    static final LocalTime MORNING_END = LocalTime.of(11, 30);
    static final LocalTime AFTERNOON_START = LocalTime.of(13, 30);
    static final LocalTime AFTERNOON_END = LocalTime.of(16, 30);
    /** The academy's country, whose days off no cohort is taught on. */
    static final String ACADEMY_COUNTRY = HolidayCountry.VN.name();

    private final Map<String, Set<LocalDate>> off = new HashMap<>();

    /** The days off of every country known, from {@code firstYear} to {@code lastYear}. */
    DemoCalendar(int firstYear, int lastYear) {
        for (HolidayCountry country : HolidayCountry.values()) {
            Set<LocalDate> days = new HashSet<>();
            for (int year = firstYear; year <= lastYear; year++) {
                HolidayService.publicHolidays(country, year).forEach(d -> days.add(d.date()));
            }
            off.put(country.name(), days);
        }
    }

    /** The first day of Tết (1st day of the 1st lunar month, Vietnam's calendar) in {@code year}. */
    static LocalDate tet(int year) {
        return VietnameseLunarCalendar.VIETNAM.newYear(year);
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** A weekday that is a holiday neither at the academy nor in {@code country}. */
    boolean isTeachingDay(LocalDate date, String country) {
        return !isWeekend(date) && !isHoliday(ACADEMY_COUNTRY, date) && !isHoliday(country, date);
    }

    /** Whether {@code date} is a public holiday or a day in lieu in {@code country}; false for a country not known. */
    boolean isHoliday(String country, LocalDate date) {
        Set<LocalDate> days = off.get(country);
        return days != null && days.contains(date);
    }

    /** The teaching days from {@code start} to {@code end}, both included. */
    List<LocalDate> teachingDays(LocalDate start, LocalDate end, String country) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            if (isTeachingDay(d, country)) {
                days.add(d);
            }
        }
        return days;
    }

    /** True when the first two weeks from {@code monday} touch the Tết break (a few days either side). */
    static boolean nearTet(LocalDate monday) {
        LocalDate tet = tet(monday.getYear());
        LocalDate from = tet.minusDays(4);
        LocalDate to = tet.plusDays(6);
        LocalDate last = monday.plusDays(13);
        return !last.isBefore(from) && !monday.isAfter(to);
    }
}

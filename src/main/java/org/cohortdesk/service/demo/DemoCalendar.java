package org.cohortdesk.service.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Dates of the sample: public holidays of Vietnam and Laos, the days a cohort can be taught
 * (weekdays that are no holiday at the academy or in the trainees' country) and the two teaching
 * slots of a day. Times are wall-clock times at the academy.
 *
 * <p>Holidays are the fixed-date ones of both countries plus Tết Nguyên đán, whose lunar date is
 * looked up for 1997-2036; the lunar Hùng Kings day is left out.
 */
final class DemoCalendar {
    /** The academy's time zone: session times, "today" and "now" are read in it. */
    static final ZoneId ACADEMY = ZoneId.of("Asia/Ho_Chi_Minh");
    static final LocalTime MORNING_START = LocalTime.of(8, 0);
    static final LocalTime MORNING_END = LocalTime.of(11, 30);
    static final LocalTime AFTERNOON_START = LocalTime.of(13, 30);
    static final LocalTime AFTERNOON_END = LocalTime.of(16, 30);

    /** A public holiday of one country. */
    record Day(String country, LocalDate date, String name) {}

    /** The first day of Tết (1st day of the 1st lunar month, Vietnam's calendar), by year. */
    private static final String[] TET = {
        "1997-02-07", "1998-01-28", "1999-02-16", "2000-02-05", "2001-01-24", "2002-02-12", "2003-02-01", "2004-01-22",
        "2005-02-09", "2006-01-29", "2007-02-17", "2008-02-07", "2009-01-26", "2010-02-14", "2011-02-03", "2012-01-23",
        "2013-02-10", "2014-01-31", "2015-02-19", "2016-02-08", "2017-01-28", "2018-02-16", "2019-02-05", "2020-01-25",
        "2021-02-12", "2022-02-01", "2023-01-22", "2024-02-10", "2025-01-29", "2026-02-17", "2027-02-06", "2028-01-26",
        "2029-02-13", "2030-02-03", "2031-01-23", "2032-02-11", "2033-01-31", "2034-02-19", "2035-02-08", "2036-01-28"};
    private static final int TET_FIRST_YEAR = 1997;

    private static final Map<MonthDay, String> VIETNAM = Map.of(
            MonthDay.of(1, 1), "Tết Dương lịch",
            MonthDay.of(4, 30), "Ngày Giải phóng miền Nam, thống nhất đất nước",
            MonthDay.of(5, 1), "Ngày Quốc tế Lao động",
            MonthDay.of(9, 2), "Quốc khánh");
    private static final Map<MonthDay, String> LAOS = Map.of(
            MonthDay.of(1, 1), "ວັນປີໃໝ່ສາກົນ",
            MonthDay.of(3, 8), "ວັນແມ່ຍິງສາກົນ",
            MonthDay.of(4, 14), "ບຸນປີໃໝ່ລາວ",
            MonthDay.of(4, 15), "ບຸນປີໃໝ່ລາວ",
            MonthDay.of(4, 16), "ບຸນປີໃໝ່ລາວ",
            MonthDay.of(5, 1), "ວັນກຳມະກອນສາກົນ",
            MonthDay.of(12, 2), "ວັນຊາດ");

    private final List<Day> holidays = new ArrayList<>();
    private final Map<String, Set<LocalDate>> off = new HashMap<>();

    /** The holidays of Vietnam and Laos from {@code firstYear} to {@code lastYear}. */
    DemoCalendar(int firstYear, int lastYear) {
        for (int year = firstYear; year <= lastYear; year++) {
            addFixed("VN", year, VIETNAM);
            LocalDate tet = tet(year);
            if (tet != null) {
                for (int d = -1; d <= 3; d++) {
                    add("VN", tet.plusDays(d), DemoNames.nfc("Tết Nguyên đán"));
                }
            }
            addFixed("LA", year, LAOS);
        }
        holidays.sort((a, b) -> a.country().equals(b.country()) ? a.date().compareTo(b.date()) : a.country().compareTo(b.country()));
    }

    private void addFixed(String country, int year, Map<MonthDay, String> days) {
        days.forEach((day, name) -> add(country, day.atYear(year), DemoNames.nfc(name)));
    }

    private void add(String country, LocalDate date, String name) {
        if (off.computeIfAbsent(country, c -> new HashSet<>()).add(date)) {
            holidays.add(new Day(country, date, name));
        }
    }

    /** Every holiday, by country and date. */
    List<Day> holidays() {
        return holidays;
    }

    /** The first day of Tết in {@code year}, or null outside the years the table knows. */
    static LocalDate tet(int year) {
        int i = year - TET_FIRST_YEAR;
        return i >= 0 && i < TET.length ? LocalDate.parse(TET[i]) : null;
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** A weekday that is a holiday neither at the academy nor in {@code country}. */
    boolean isTeachingDay(LocalDate date, String country) {
        return !isWeekend(date) && !isHoliday("VN", date) && !isHoliday(country, date);
    }

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
        if (tet == null) {
            return false;
        }
        LocalDate from = tet.minusDays(4);
        LocalDate to = tet.plusDays(6);
        LocalDate last = monday.plusDays(13);
        return !last.isBefore(from) && !monday.isAfter(to);
    }
}

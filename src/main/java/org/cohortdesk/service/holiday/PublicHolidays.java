package org.cohortdesk.service.holiday;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The public holidays of a year by law, with the days in lieu of those falling on a Saturday or
 * Sunday. Rules and sources are in docs/decisions/0008-vietnamese-lunar-calendar.md and the user
 * guide ("Public holidays and extra days off").
 *
 * <p>Vietnam, Labour Code 2019 (45/2019/QH14), Art. 112(1): 1 January; Tết Âm lịch, 5 days;
 * Hùng Kings' day, 10th of the 3rd lunar month; 30 April; 1 May; National Day, 2 September and
 * one day before or after it (since 2021). Art. 111(3): a holiday falling on the weekly day off is
 * made up on the next working day. The Prime Minister fixes the 5 Tết days and the day beside
 * 2 September each year (Art. 112(3)); the published schedules of 2020 to 2026 all take the last
 * two days of the old lunar year and the first three of the new one, the weekend among them made
 * up after, which is the rule here.
 *
 * <p>Laos, Prime Minister's decree on official holidays (December 2017, in force from 2018):
 * 1 January, 8 March, Lao New Year (Pi Mai) 14 to 16 April, 1 May, 2 December; a holiday on a
 * weekend is made up on the next working day.
 */
final class PublicHolidays {
    private final VietnameseLunarCalendar lunar;

    PublicHolidays(VietnameseLunarCalendar lunar) {
        this.lunar = lunar;
    }

    /** The public days off of {@code country} in {@code year}, by date. */
    List<DayOff> of(HolidayCountry country, int year) {
        List<DayOff> days = country == HolidayCountry.VN ? vietnam(year) : laos(year);
        return withDaysInLieu(days);
    }

    private List<DayOff> vietnam(int year) {
        List<DayOff> days = new ArrayList<>();
        days.add(DayOff.of(LocalDate.of(year, 1, 1), Observance.VN_NEW_YEAR));
        LocalDate tet = lunar.newYear(year);
        for (int i = -2; i <= 2; i++) {
            days.add(DayOff.of(tet.plusDays(i), Observance.VN_TET));
        }
        days.add(DayOff.of(lunar.toSolar(LunarDate.of(year, 3, 10)), Observance.VN_HUNG_KINGS));
        days.add(DayOff.of(LocalDate.of(year, 4, 30), Observance.VN_REUNIFICATION));
        days.add(DayOff.of(LocalDate.of(year, 5, 1), Observance.VN_LABOUR_DAY));
        LocalDate national = LocalDate.of(year, 9, 2);
        days.add(DayOff.of(national, Observance.VN_NATIONAL_DAY));
        if (year >= 2021) {
            days.add(DayOff.of(besideNationalDay(national), Observance.VN_NATIONAL_DAY));
        }
        return days;
    }

    /**
     * The day beside 2 September: the one that joins the holiday to a weekend (chosen so by the
     * government in 2021 to 2025), else 1 September.
     */
    static LocalDate besideNationalDay(LocalDate national) {
        return switch (national.getDayOfWeek()) {
            case MONDAY, THURSDAY, SUNDAY -> national.plusDays(1);
            default -> national.minusDays(1);
        };
    }

    private static List<DayOff> laos(int year) {
        List<DayOff> days = new ArrayList<>();
        days.add(DayOff.of(LocalDate.of(year, 1, 1), Observance.LA_NEW_YEAR));
        days.add(DayOff.of(LocalDate.of(year, 3, 8), Observance.LA_WOMEN_DAY));
        for (int day = 14; day <= 16; day++) {
            days.add(DayOff.of(LocalDate.of(year, Month.APRIL, day), Observance.LA_PI_MAI));
        }
        days.add(DayOff.of(LocalDate.of(year, 5, 1), Observance.LA_LABOUR_DAY));
        days.add(DayOff.of(LocalDate.of(year, 12, 2), Observance.LA_NATIONAL_DAY));
        return days;
    }

    /** Each holiday on a Saturday or Sunday gets a day in lieu: the next working day that is not already off. */
    private static List<DayOff> withDaysInLieu(List<DayOff> holidays) {
        List<DayOff> sorted = new ArrayList<>(holidays);
        sorted.sort(Comparator.comparing(DayOff::date));
        Set<LocalDate> off = new HashSet<>();
        sorted.forEach(d -> off.add(d.date()));
        List<DayOff> all = new ArrayList<>(sorted);
        for (DayOff holiday : sorted) {
            if (weekend(holiday.date())) {
                LocalDate day = holiday.date().plusDays(1);
                while (weekend(day) || off.contains(day)) {
                    day = day.plusDays(1);
                }
                off.add(day);
                all.add(DayOff.inLieuOf(day, holiday));
            }
        }
        all.sort(Comparator.comparing(DayOff::date));
        return all;
    }

    static boolean weekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}

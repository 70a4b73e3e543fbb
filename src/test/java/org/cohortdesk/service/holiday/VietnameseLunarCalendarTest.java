package org.cohortdesk.service.holiday;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Vietnamese lunar calendar against published dates: Tết 1990 to 2030 as the Vietnamese
 * calendars print it (lịch vạn niên; the government's Tết schedules of 2020 to 2026), the years
 * where Vietnam (UTC+7) and China (UTC+8) part, Hùng Kings' day, leap months.
 */
class VietnameseLunarCalendarTest {
    private final VietnameseLunarCalendar vn = VietnameseLunarCalendar.VIETNAM;

    @ParameterizedTest(name = "Tết {0} is {1}")
    @CsvSource({
        "1900, 1900-01-31", "1901, 1901-02-19", "1930, 1930-01-30", "1945, 1945-02-13", "1954, 1954-02-03",
        "1975, 1975-02-11", "1979, 1979-01-28", "1986, 1986-02-09",
        "1990, 1990-01-27", "1991, 1991-02-15", "1992, 1992-02-04", "1993, 1993-01-23", "1994, 1994-02-10",
        "1995, 1995-01-31", "1996, 1996-02-19", "1997, 1997-02-07", "1998, 1998-01-28", "1999, 1999-02-16",
        "2000, 2000-02-05", "2001, 2001-01-24", "2002, 2002-02-12", "2003, 2003-02-01", "2004, 2004-01-22",
        "2005, 2005-02-09", "2006, 2006-01-29", "2007, 2007-02-17", "2008, 2008-02-07", "2009, 2009-01-26",
        "2010, 2010-02-14", "2011, 2011-02-03", "2012, 2012-01-23", "2013, 2013-02-10", "2014, 2014-01-31",
        "2015, 2015-02-19", "2016, 2016-02-08", "2017, 2017-01-28", "2018, 2018-02-16", "2019, 2019-02-05",
        "2020, 2020-01-25", "2021, 2021-02-12", "2022, 2022-02-01", "2023, 2023-01-22", "2024, 2024-02-10",
        "2025, 2025-01-29", "2026, 2026-02-17", "2027, 2027-02-06", "2028, 2028-01-26", "2029, 2029-02-13",
        "2030, 2030-02-02", "2050, 2050-01-23", "2100, 2100-02-09"})
    void tetFallsOnThePublishedDay(int year, LocalDate tet) {
        assertEquals(tet, vn.newYear(year));
        assertEquals(LunarDate.of(year, 1, 1), vn.toLunar(tet));
        assertEquals(12, vn.toLunar(tet.minusDays(1)).month(), "the day before is in the last month of the old year");
    }

    @ParameterizedTest(name = "{0}: Vietnam {1}, China {2}")
    @CsvSource({"1968, 1968-01-29, 1968-01-30", "1985, 1985-01-21, 1985-02-20", "2007, 2007-02-17, 2007-02-18",
        "2030, 2030-02-02, 2030-02-03"})
    void tetDiffersFromChinaWhereTheTimeZoneMovesANewMoonOrASolarTermAcrossMidnight(int year, LocalDate vietnam, LocalDate china) {
        assertEquals(vietnam, vn.newYear(year));
        assertEquals(china, VietnameseLunarCalendar.CHINA.newYear(year));
        assertNotEquals(vietnam, china);
    }

    @ParameterizedTest(name = "Hùng Kings'' day {0} is {1}")
    @CsvSource({"2019, 2019-04-14", "2020, 2020-04-02", "2021, 2021-04-21", "2022, 2022-04-10", "2023, 2023-04-29",
        "2024, 2024-04-18", "2025, 2025-04-07", "2026, 2026-04-26"})
    void hungKingsDayIsTheTenthOfTheThirdMonth(int year, LocalDate day) {
        assertEquals(day, vn.toSolar(LunarDate.of(year, 3, 10)));
    }

    @ParameterizedTest(name = "{0} has leap month {1}")
    @CsvSource({"2001, 4", "2004, 2", "2006, 7", "2009, 5", "2012, 4", "2014, 9", "2017, 6", "2020, 4", "2023, 2", "2025, 6",
        "2028, 5", "2024, 0", "2026, 0"})
    void leapMonthsAreThoseOfThePublishedCalendars(int year, int month) {
        assertEquals(month == 0 ? OptionalInt.empty() : OptionalInt.of(month), vn.leapMonth(year));
    }

    @Test
    void aLeapMonthFollowsTheMonthItRepeats() {
        assertEquals(LocalDate.of(2025, 6, 25), vn.toSolar(LunarDate.of(2025, 6, 1)));
        assertEquals(LocalDate.of(2025, 7, 25), vn.toSolar(new LunarDate(2025, 6, 1, true)));
        assertEquals(new LunarDate(2025, 6, 15, true), vn.toLunar(LocalDate.of(2025, 8, 8)));
        assertEquals(LocalDate.of(2025, 8, 23), vn.toSolar(LunarDate.of(2025, 7, 1)));
        assertThrows(IllegalArgumentException.class, () -> vn.toSolar(new LunarDate(2025, 5, 1, true)), "2025 repeats month 6, not 5");
        assertThrows(IllegalArgumentException.class, () -> vn.toSolar(new LunarDate(2026, 6, 1, true)), "2026 has no leap month");
    }

    @Test
    void midAutumnIsTheFifteenthOfTheEighthMonth() {
        assertEquals(LocalDate.of(2024, 9, 17), vn.toSolar(LunarDate.of(2024, 8, 15)));
        assertEquals(LocalDate.of(2025, 10, 6), vn.toSolar(LunarDate.of(2025, 8, 15)));
    }

    @Test
    void everyDayFrom1990To2030GoesToTheLunarCalendarAndBack() {
        LocalDate previousMonthStart = null;
        for (LocalDate day = LocalDate.of(1990, 1, 1); day.getYear() <= 2030; day = day.plusDays(1)) {
            LunarDate lunar = vn.toLunar(day);
            assertEquals(day, vn.toSolar(lunar), lunar.toString());
            if (lunar.day() == 1) {
                if (previousMonthStart != null) {
                    long length = day.toEpochDay() - previousMonthStart.toEpochDay();
                    assertEquals(true, length == 29 || length == 30, "a month of " + length + " days before " + day);
                }
                previousMonthStart = day;
            }
        }
    }

    @Test
    void aThirtiethDayTheMonthDoesNotHaveIsRefused() {
        // no "30 Tết" before Tết 2025: month 12 of the year Giáp Thìn has 29 days; Quý Mão's had 30
        assertEquals(LocalDate.of(2025, 1, 28), vn.toSolar(LunarDate.of(2024, 12, 29)));
        assertThrows(IllegalArgumentException.class, () -> vn.toSolar(LunarDate.of(2024, 12, 30)));
        assertEquals(LocalDate.of(2024, 2, 9), vn.toSolar(LunarDate.of(2023, 12, 30)));
    }

    @Test
    void yearsOutsideTheComputedRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> vn.newYear(1899));
        assertThrows(IllegalArgumentException.class, () -> vn.toLunar(LocalDate.of(2102, 1, 1)));
    }
}

package org.cohortdesk.service.holiday;

/**
 * A day of the Vietnamese lunisolar calendar: {@code year} is the Gregorian year in which the
 * lunar year begins (Tết), {@code month} 1 to 12, {@code day} 1 to 30, {@code leap} for the
 * repeated (intercalary) month.
 */
public record LunarDate(int year, int month, int day, boolean leap) {

    public LunarDate {
        if (month < 1 || month > 12 || day < 1 || day > 30) {
            throw new IllegalArgumentException("no lunar day " + day + "/" + month);
        }
    }

    public static LunarDate of(int year, int month, int day) {
        return new LunarDate(year, month, day, false);
    }
}

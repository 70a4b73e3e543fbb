package org.cohortdesk.service.holiday;

import java.time.LocalDate;
import java.util.OptionalInt;

/**
 * The Vietnamese lunisolar calendar (âm lịch), computed astronomically.
 *
 * <p>A month begins on the civil day, in the calendar's time zone, that holds the new moon. The
 * month holding the winter solstice is month 11. When the months from one month 11 to the next
 * are thirteen, the first of them after month 11 in which no major solar term (a multiple of 30°
 * of the sun's longitude) begins is the leap month, and takes the number of the month before it.
 *
 * <p>Vietnam has kept this calendar at UTC+7 since 1968; China keeps the same rules at UTC+8. A
 * new moon or a solar term close to midnight therefore falls on different days in the two
 * countries, and so, in some years, does Tết: 1985 (Vietnam 21 January, China 20 February) and
 * 2007 (17 and 18 February). {@code com.ibm.icu.util.ChineseCalendar} and the JDK know only the
 * Chinese reckoning, hence this class (decision 8).
 *
 * <p>Source: the new moon (Meeus, <i>Astronomical Algorithms</i>, 2nd ed., 1998, ch. 49, the
 * shortened series) and the sun's apparent longitude (ch. 25, low accuracy) as arranged for the
 * Vietnamese calendar by Hồ Ngọc Đức, "Thuật toán tính âm lịch" / "Computing the Vietnamese
 * lunar calendar" (informatik.uni-leipzig.de/~duc/amlich/calrules.html). Good to within minutes
 * for 1900 to 2100, the years this class accepts.
 */
public final class VietnameseLunarCalendar {
    /** Vietnam's calendar, at UTC+7. */
    public static final VietnameseLunarCalendar VIETNAM = new VietnameseLunarCalendar(7);
    /** The same rules at UTC+8, as China reckons them; kept to show where the two part. */
    public static final VietnameseLunarCalendar CHINA = new VietnameseLunarCalendar(8);

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;

    private static final double SYNODIC_MONTH = 29.530588853;
    /** Julian day of the new moon of 1 January 1900, 13:52 UT (k = 0 of the series). */
    private static final double EPOCH_NEW_MOON = 2415021.076998695;
    private static final long EPOCH_DAY_JULIAN = 2440588; // Julian day number of 1970-01-01

    private final double zoneHours;

    public VietnameseLunarCalendar(double zoneHours) {
        this.zoneHours = zoneHours;
    }

    /** The lunar day of a solar (Gregorian) date from 1900 to 2100. */
    public LunarDate toLunar(LocalDate date) {
        check(date.getYear());
        long dayNumber = julianDay(date);
        long k = (long) Math.floor((dayNumber - EPOCH_NEW_MOON) / SYNODIC_MONTH);
        long monthStart = newMoonDay(k + 1);
        if (monthStart > dayNumber) {
            monthStart = newMoonDay(k);
        }
        int year = date.getYear();
        long a11 = month11(year);
        long b11 = a11;
        int lunarYear;
        if (a11 >= monthStart) {
            lunarYear = year;
            a11 = month11(year - 1);
        } else {
            lunarYear = year + 1;
            b11 = month11(year + 1);
        }
        int day = (int) (dayNumber - monthStart + 1);
        int diff = (int) ((monthStart - a11) / 29);
        boolean leap = false;
        int month = diff + 11;
        if (b11 - a11 > 365) {
            int leapDiff = leapMonthOffset(a11);
            if (diff >= leapDiff) {
                month = diff + 10;
                leap = diff == leapDiff;
            }
        }
        if (month > 12) {
            month -= 12;
        }
        if (month >= 11 && diff < 4) {
            lunarYear -= 1;
        }
        return new LunarDate(lunarYear, month, day, leap);
    }

    /**
     * The solar date of a lunar day. Refused with {@link IllegalArgumentException} for a leap
     * month the year does not have and for day 30 of a month of 29 days.
     */
    public LocalDate toSolar(LunarDate lunar) {
        check(lunar.year());
        long a11;
        long b11;
        if (lunar.month() < 11) {
            a11 = month11(lunar.year() - 1);
            b11 = month11(lunar.year());
        } else {
            a11 = month11(lunar.year());
            b11 = month11(lunar.year() + 1);
        }
        long k = (long) Math.floor(0.5 + (a11 - EPOCH_NEW_MOON) / SYNODIC_MONTH);
        int offset = lunar.month() - 11;
        if (offset < 0) {
            offset += 12;
        }
        if (b11 - a11 > 365) {
            int leapOffset = leapMonthOffset(a11);
            int leapMonth = leapOffset - 2;
            if (leapMonth < 0) {
                leapMonth += 12;
            }
            if (lunar.leap() && lunar.month() != leapMonth) {
                throw new IllegalArgumentException(lunar + ": no such leap month");
            }
            if (lunar.leap() || offset >= leapOffset) {
                offset += 1;
            }
        } else if (lunar.leap()) {
            throw new IllegalArgumentException(lunar + ": no leap month that year");
        }
        long monthStart = newMoonDay(k + offset);
        long day = monthStart + lunar.day() - 1;
        if (lunar.day() == 30 && newMoonDay(k + offset + 1) <= day) {
            throw new IllegalArgumentException(lunar + ": the month has 29 days");
        }
        return LocalDate.ofEpochDay(day - EPOCH_DAY_JULIAN);
    }

    /** The first day of the lunar year that begins in {@code year}: Tết Nguyên Đán. */
    public LocalDate newYear(int year) {
        return toSolar(LunarDate.of(year, 1, 1));
    }

    /** The leap month of the lunar year that begins in {@code year}, if it has one. */
    public OptionalInt leapMonth(int year) {
        check(year);
        OptionalInt early = leapMonthBetween(month11(year - 1), month11(year));
        if (early.isPresent() && early.getAsInt() <= 10) {
            return early; // months 1 to 10 of this year
        }
        OptionalInt late = leapMonthBetween(month11(year), month11(year + 1));
        return late.isPresent() && late.getAsInt() >= 11 ? late : OptionalInt.empty();
    }

    /** The leap month from one month 11 to the next, as numbered (a leap 11 or 12 counts toward the year of the first). */
    private OptionalInt leapMonthBetween(long a11, long b11) {
        if (b11 - a11 <= 365) {
            return OptionalInt.empty();
        }
        int leapMonth = leapMonthOffset(a11) - 2;
        return OptionalInt.of(leapMonth <= 0 ? leapMonth + 12 : leapMonth);
    }

    /** The last day of the lunar year that begins in {@code year}: the eve of the next Tết. */
    public LocalDate lastDayOfYear(int year) {
        return newYear(year + 1).minusDays(1);
    }

    private static void check(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR + 1) {
            throw new IllegalArgumentException("the lunar calendar is computed for " + FIRST_YEAR + " to " + LAST_YEAR + ", not " + year);
        }
    }

    private static long julianDay(LocalDate date) {
        return date.toEpochDay() + EPOCH_DAY_JULIAN;
    }

    /** The Julian day number of the civil day that holds the k-th new moon after 1900-01-01. */
    private long newMoonDay(long k) {
        return (long) Math.floor(newMoon(k) + 0.5 + zoneHours / 24);
    }

    /** The sector (0..11, of 30°) of the sun's longitude at the start of a civil day. */
    private int sunSector(long dayNumber) {
        return (int) Math.floor(sunLongitude(dayNumber - 0.5 - zoneHours / 24) / Math.PI * 6);
    }

    /** The first day of month 11 of the lunar year that holds December of {@code year}. */
    private long month11(int year) {
        long off = julianDay(LocalDate.of(year, 12, 31)) - 2415021;
        long k = (long) Math.floor(off / SYNODIC_MONTH);
        long newMoon = newMoonDay(k);
        if (sunSector(newMoon) >= 9) {
            newMoon = newMoonDay(k - 1);
        }
        return newMoon;
    }

    /** How many months after month 11 (starting at {@code a11}) the leap month comes. */
    private int leapMonthOffset(long a11) {
        long k = (long) Math.floor((a11 - EPOCH_NEW_MOON) / SYNODIC_MONTH + 0.5);
        int i = 1;
        int arc = sunSector(newMoonDay(k + i));
        int last;
        do {
            last = arc;
            i++;
            arc = sunSector(newMoonDay(k + i));
        } while (arc != last && i < 14);
        return i - 1;
    }

    /** Julian day (UT) of the k-th new moon after the one of 1 January 1900 (Meeus, ch. 49). */
    static double newMoon(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double dr = Math.PI / 180;
        double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
        c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
        c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
        c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
        c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
        c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
        c1 = c1 + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
        double deltaT = t < -11
                ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return jd1 + c1 - deltaT;
    }

    /** The sun's apparent longitude in radians, 0 to 2π, at Julian day {@code jdn} (Meeus, ch. 25). */
    static double sunLongitude(double jdn) {
        double t = (jdn - 2451545.0) / 36525;
        double t2 = t * t;
        double dr = Math.PI / 180;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
        dl += (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
        double l = (l0 + dl) * dr;
        return l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
    }
}

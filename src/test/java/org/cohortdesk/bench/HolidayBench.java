package org.cohortdesk.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.service.holiday.HolidayCountry;
import org.cohortdesk.service.holiday.HolidayService;
import org.cohortdesk.store.DataFolder;

/**
 * What the days off cost a caller such as the timetable: the public holidays of every year from
 * 1900 to 2100 computed the first time (the lunar calendar's astronomy), a ten-year
 * {@code daysOff} (one query for the extra days), and {@code isDayOff} asked for each day of a year
 * (one query a call). Prints the figures of docs/performance.md.
 *
 * <p>Arguments: {@code DATA_DIR [rounds]}. Reads only.
 */
public final class HolidayBench {
    private HolidayBench() {}

    public static void main(String[] args) {
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        try (Workspace workspace = Workspace.open(new DataFolder(Path.of(args[0])), null, Clock.systemDefaultZone())) {
            HolidayService holidays = workspace.services().holidays();
            long start = System.nanoTime();
            int days = 0;
            for (HolidayCountry country : HolidayCountry.values()) {
                days += holidays.daysOff(country, LocalDate.of(HolidayService.FIRST_YEAR, 1, 1), LocalDate.of(HolidayService.LAST_YEAR, 12, 31))
                        .size();
            }
            System.out.printf("first-computation-1900-2100-both-countries-ms: %.1f (%d days off)%n", (System.nanoTime() - start) / 1e6, days);

            List<Long> tenYears = new ArrayList<>();
            List<Long> perDay = new ArrayList<>();
            int off = 0;
            for (int round = 0; round < rounds + 5; round++) {
                long t = System.nanoTime();
                off += holidays.daysOff(HolidayCountry.VN, LocalDate.of(2017, 1, 1), LocalDate.of(2026, 12, 31)).size();
                long tenYearsNs = System.nanoTime() - t;
                for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() == 2026; d = d.plusDays(1)) {
                    long q = System.nanoTime();
                    off += holidays.isDayOff(HolidayCountry.LA, d) ? 1 : 0;
                    if (round >= 5) {
                        perDay.add(System.nanoTime() - q);
                    }
                }
                if (round >= 5) {
                    tenYears.add(tenYearsNs);
                }
            }
            Collections.sort(tenYears);
            Collections.sort(perDay);
            System.out.printf("daysOff-ten-years-median-ms: %.2f%nisDayOff-median-ms: %.3f%nisDayOff-p99-ms: %.3f%n(counted: %d)%n",
                    tenYears.get(tenYears.size() / 2) / 1e6, perDay.get(perDay.size() / 2) / 1e6, perDay.get(perDay.size() * 99 / 100) / 1e6, off);
        }
    }
}

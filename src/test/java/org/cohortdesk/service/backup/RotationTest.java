package org.cohortdesk.service.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** 7 daily, 4 weekly, 12 monthly, the newest 5 before imports, always the newest: with a fixed "today". */
class RotationTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23); // a Monday

    static Rotation.Entry at(LocalDate day, int hour, boolean beforeImport) {
        return new Rotation.Entry(day + "T" + hour + (beforeImport ? "-import" : "-daily"), day.atTime(hour, 0), beforeImport);
    }

    static Set<String> kept(List<Rotation.Entry> all) {
        Set<String> names = new TreeSet<>();
        all.forEach(e -> names.add(e.name()));
        Rotation.toDelete(all, TODAY).forEach(e -> names.remove(e.name()));
        return names;
    }

    @Test
    void aBackupEveryDayForTwoYearsKeepsSevenDaysFourWeeksAndTwelveMonths() {
        List<Rotation.Entry> all = new ArrayList<>();
        for (LocalDate d = TODAY.minusYears(2); !d.isAfter(TODAY); d = d.plusDays(1)) {
            all.add(at(d, 17, false));
        }
        Set<String> kept = kept(all);
        Set<LocalDate> days = new TreeSet<>();
        kept.forEach(n -> days.add(LocalDate.parse(n.substring(0, 10))));
        Set<LocalDate> expected = new TreeSet<>();
        for (int i = 0; i < 7; i++) {
            expected.add(TODAY.minusDays(i)); // the last 7 days
        }
        expected.add(LocalDate.of(2026, 11, 15)); // the newest of each of the 3 calendar weeks before this one (Sundays)
        expected.add(LocalDate.of(2026, 11, 8));
        expected.add(LocalDate.of(2026, 10, 31)); // the newest of each of the 11 months before this one
        expected.add(LocalDate.of(2026, 9, 30));
        expected.add(LocalDate.of(2026, 8, 31));
        expected.add(LocalDate.of(2026, 7, 31));
        expected.add(LocalDate.of(2026, 6, 30));
        expected.add(LocalDate.of(2026, 5, 31));
        expected.add(LocalDate.of(2026, 4, 30));
        expected.add(LocalDate.of(2026, 3, 31));
        expected.add(LocalDate.of(2026, 2, 28));
        expected.add(LocalDate.of(2026, 1, 31));
        expected.add(LocalDate.of(2025, 12, 31));
        assertEquals(expected, days);
    }

    @Test
    void severalImportsInADayKeepTheNewestFiveAndTheDaysNewest() {
        List<Rotation.Entry> all = new ArrayList<>();
        for (int hour = 8; hour < 16; hour++) {
            all.add(at(TODAY.minusDays(1), hour, true));
        }
        all.add(at(TODAY.minusDays(1), 17, false));
        assertEquals(Set.of(TODAY.minusDays(1) + "T17-daily", TODAY.minusDays(1) + "T15-import", TODAY.minusDays(1) + "T14-import",
                TODAY.minusDays(1) + "T13-import", TODAY.minusDays(1) + "T12-import", TODAY.minusDays(1) + "T11-import"), kept(all));
    }

    @Test
    void theNewestIsKeptHoweverOld() {
        Rotation.Entry old = new Rotation.Entry("old", LocalDateTime.of(2020, 1, 1, 9, 0), false);
        Rotation.Entry older = new Rotation.Entry("older", LocalDateTime.of(2019, 1, 1, 9, 0), false);
        assertEquals(Set.of("old"), kept(List.of(old, older)));
    }
}

package org.cohortdesk.service.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Phrase;
import org.cohortdesk.service.Services;
import org.cohortdesk.service.holiday.HolidayCountry;
import org.cohortdesk.service.holiday.HolidayService;
import org.cohortdesk.store.TestDatabases;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timetable's days off answered by the holiday service: computed holidays, days in lieu, extra days, one read per year. */
class HolidayDaysOffTest {
    @TempDir
    Path dir;

    @Test
    void answersFromTheHolidayServiceOneDayOrFromASnapshot() {
        try (Database db = TestDatabases.open(dir)) {
            HolidayService holidays = Services.over(db.jdbi(), Clock.fixed(TestData.NOW, ZoneOffset.UTC)).holidays();
            holidays.addExtra(HolidayCountry.VN, LocalDate.of(2026, 9, 4), "Nghỉ bù của Học viện");
            Localization en = new Localization(Language.EN);
            for (DaysOff days : new DaysOff[] {new HolidayDaysOff(holidays), new HolidayDaysOff(holidays).snapshot()}) {
                assertEquals("National Day", days.dayOff("VN", LocalDate.of(2026, 9, 2)).map(en::tr).orElseThrow());
                assertEquals("Nghỉ bù của Học viện", days.dayOff("VN", LocalDate.of(2026, 9, 4)).map(en::tr).orElseThrow(), "an extra day");
                assertEquals(Optional.empty(), days.dayOff("VN", LocalDate.of(2026, 9, 7)), "a working Monday");
                assertEquals(Optional.empty(), days.dayOff("KH", LocalDate.of(2026, 9, 2)), "a country the service does not know");
                assertTrue(days.dayOff("LA", LocalDate.of(2026, 12, 2)).isPresent(), "Lao National Day");
                Optional<Phrase> weekend = days.reason("LA", LocalDate.of(2026, 9, 5));
                assertTrue(weekend.isPresent() && weekend.get() == DaysOff.WEEKEND);
            }
        }
    }
}

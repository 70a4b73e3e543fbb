package org.cohortdesk.service.holiday;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.HolidayKind;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.service.Services;
import org.cohortdesk.store.TestDatabases;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Days off against the governments' published schedules (Vietnam: the Ministry of Home Affairs'
 * notices for 2020 to 2026; Laos: the decree of December 2017), and extra days kept in a real
 * database file.
 */
class HolidayServiceTest {
    @org.junit.jupiter.api.io.TempDir
    Path dir;

    Database db;
    HolidayService holidays;
    final Localization en = new Localization(Language.EN);

    @BeforeEach
    void open() {
        db = TestDatabases.open(dir);
        holidays = services(db).holidays();
    }

    static Services services(Database db) {
        return Services.over(db.jdbi(), Clock.fixed(TestData.NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        db.close();
    }

    List<String> year(HolidayCountry country, int year) {
        return holidays.daysOff(country, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .map(d -> d.date() + " " + d.name(en)).toList();
    }

    /** The weekdays off (Monday to Friday) of a year: what the government's schedule gives as days not worked. */
    List<LocalDate> weekdaysOff(HolidayCountry country, int year) {
        return holidays.daysOff(country, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .map(DayOff::date).filter(d -> !PublicHolidays.weekend(d)).toList();
    }

    @Test
    void vietnam2024AsTheGovernmentPublishedIt() {
        assertEquals(List.of(
                "2024-01-01 New Year's Day",
                "2024-02-08 Lunar New Year (Tết)", "2024-02-09 Lunar New Year (Tết)", "2024-02-10 Lunar New Year (Tết)",
                "2024-02-11 Lunar New Year (Tết)", "2024-02-12 Lunar New Year (Tết)",
                "2024-02-13 Lunar New Year (Tết) (day in lieu)", "2024-02-14 Lunar New Year (Tết) (day in lieu)",
                "2024-04-18 Hùng Kings' Commemoration Day",
                "2024-04-30 Reunification Day (30 April)", "2024-05-01 International Labour Day",
                "2024-09-02 National Day", "2024-09-03 National Day"), year(HolidayCountry.VN, 2024));
    }

    /** Tết's weekdays off in the Prime Minister's schedules: 5 working days around the first day of the year. */
    @ParameterizedTest(name = "Tết {0}: {1}")
    @CsvSource({
        "2020, 2020-01-23 2020-01-24 2020-01-27 2020-01-28 2020-01-29",
        "2021, 2021-02-10 2021-02-11 2021-02-12 2021-02-15 2021-02-16",
        "2022, 2022-01-31 2022-02-01 2022-02-02 2022-02-03 2022-02-04",
        "2023, 2023-01-20 2023-01-23 2023-01-24 2023-01-25 2023-01-26",
        "2024, 2024-02-08 2024-02-09 2024-02-12 2024-02-13 2024-02-14",
        "2025, 2025-01-27 2025-01-28 2025-01-29 2025-01-30 2025-01-31",
        "2026, 2026-02-16 2026-02-17 2026-02-18 2026-02-19 2026-02-20"})
    void tetWeekdaysOffAreThoseOfThePublishedSchedule(int year, String days) {
        List<LocalDate> expected = java.util.Arrays.stream(days.split(" ")).map(LocalDate::parse).toList();
        List<LocalDate> tet = holidays.daysOff(HolidayCountry.VN, LocalDate.of(year, 1, 15), LocalDate.of(year, 2, 28)).stream()
                .map(DayOff::date).filter(d -> !PublicHolidays.weekend(d)).toList();
        assertEquals(expected, tet);
    }

    @ParameterizedTest(name = "National Day {0}: {1}")
    @CsvSource({"2021, 2021-09-02 2021-09-03", "2022, 2022-09-01 2022-09-02", "2023, 2023-09-01 2023-09-04",
        "2024, 2024-09-02 2024-09-03", "2025, 2025-09-01 2025-09-02", "2020, 2020-09-02"})
    void nationalDayHasTheDayBesideItChosenByTheGovernmentSince2021(int year, String days) {
        List<LocalDate> expected = java.util.Arrays.stream(days.split(" ")).map(LocalDate::parse).toList();
        assertEquals(expected, holidays.daysOff(HolidayCountry.VN, LocalDate.of(year, 8, 25), LocalDate.of(year, 9, 10)).stream()
                .map(DayOff::date).filter(d -> !PublicHolidays.weekend(d)).toList());
    }

    @Test
    void aHolidayOnAWeekendIsMadeUpOnTheNextWorkingDayNotAlreadyOff() {
        // 2022: 30 April a Saturday, 1 May a Sunday: Monday 2 and Tuesday 3 May in lieu
        List<String> may = holidays.daysOff(HolidayCountry.VN, LocalDate.of(2022, 4, 29), LocalDate.of(2022, 5, 5)).stream()
                .map(d -> d.date() + " " + d.name(en)).toList();
        assertEquals(List.of("2022-04-30 Reunification Day (30 April)", "2022-05-01 International Labour Day",
                "2022-05-02 Reunification Day (30 April) (day in lieu)", "2022-05-03 International Labour Day (day in lieu)"), may);
        assertEquals(11, weekdaysOff(HolidayCountry.VN, 2022).size(), "11 days off by law, every year");
        assertEquals(11, weekdaysOff(HolidayCountry.VN, 2027).size());
    }

    @Test
    void laos2025WithItsDaysInLieu() {
        assertEquals(List.of(
                "2025-01-01 International New Year's Day",
                "2025-03-08 International Women's Day", "2025-03-10 International Women's Day (day in lieu)",
                "2025-04-14 Lao New Year (Pi Mai)", "2025-04-15 Lao New Year (Pi Mai)", "2025-04-16 Lao New Year (Pi Mai)",
                "2025-05-01 International Labour Day", "2025-12-02 Lao National Day"), year(HolidayCountry.LA, 2025));
    }

    @Test
    void namesAreInTheUsersLanguage() {
        DayOff tet = holidays.daysOff(HolidayCountry.VN, LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 17)).get(0);
        assertEquals("Tết Nguyên đán", tet.name(new Localization(Language.VI)));
        assertEquals("ບຸນເຕັດ (ປີໃໝ່ຫວຽດນາມ)", tet.name(new Localization(Language.LO)));
        assertEquals(HolidayKind.PUBLIC, tet.kind());
    }

    @Test
    void anExtraDayIsStoredAuditedListedAndKeptAfterReopening() {
        LocalDate bridge = LocalDate.of(2026, 1, 2);
        assertFalse(holidays.isDayOff(HolidayCountry.VN, bridge));
        holidays.addExtra(HolidayCountry.VN, bridge, "  Nghỉ Tết Dương lịch (ngày bắc cầu) ");
        db.close();

        db = TestDatabases.open(dir);
        holidays = services(db).holidays();
        assertTrue(holidays.isDayOff(HolidayCountry.VN, bridge));
        assertFalse(holidays.isDayOff(HolidayCountry.LA, bridge), "only in Vietnam");
        assertEquals(List.of("2026-01-01 New Year's Day", "2026-01-02 Nghỉ Tết Dương lịch (ngày bắc cầu)"),
                holidays.daysOff(HolidayCountry.VN, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)).stream()
                        .map(d -> d.date() + " " + d.name(en)).toList());
        assertEquals(HolidayKind.EXTRA, holidays.daysOff(HolidayCountry.VN, bridge, bridge).get(0).kind());
        assertEquals(1, auditEntries("CREATE"));

        holidays.removeExtra(HolidayCountry.VN, bridge);
        assertFalse(holidays.isDayOff(HolidayCountry.VN, bridge));
        assertEquals(1, auditEntries("DELETE"));
    }

    @Test
    void badExtraDaysAreRefusedAndNothingIsWritten() {
        assertEquals("error.holiday.name_missing",
                refused(() -> holidays.addExtra(HolidayCountry.VN, LocalDate.of(2026, 1, 2), "  ")));
        assertEquals("error.holiday.name_too_long",
                refused(() -> holidays.addExtra(HolidayCountry.VN, LocalDate.of(2026, 1, 2), "x".repeat(301))));
        assertEquals("error.holiday.already_public",
                refused(() -> holidays.addExtra(HolidayCountry.VN, LocalDate.of(2026, 2, 17), "Tết")));
        assertEquals("error.holiday.year_range",
                refused(() -> holidays.addExtra(HolidayCountry.VN, LocalDate.of(2101, 1, 2), "Later")));
        assertEquals("error.holiday.no_extra", refused(() -> holidays.removeExtra(HolidayCountry.VN, LocalDate.of(2026, 2, 17))));
        holidays.addExtra(HolidayCountry.LA, LocalDate.of(2026, 4, 17), "Pi Mai");
        assertEquals("error.holiday.already_extra", refused(() -> holidays.addExtra(HolidayCountry.LA, LocalDate.of(2026, 4, 17), "Again")));
        assertEquals(1, auditEntries("CREATE"));
        assertEquals(1, (int) db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM holidays").mapTo(Integer.class).one()));
        assertEquals("01/01/2026 is already a public holiday in Vietnam.",
                en.tr(assertThrows(ProblemException.class,
                        () -> holidays.addExtra(HolidayCountry.VN, LocalDate.of(2026, 1, 1), "x")).problem()));
    }

    @Test
    void publicHolidaysAreComputedWithoutAWorkspace() {
        for (HolidayCountry country : HolidayCountry.values()) {
            assertEquals(holidays.daysOff(country, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                    HolidayService.publicHolidays(country, 2026), country.name());
        }
        assertEquals("error.holiday.year_range", refused(() -> HolidayService.publicHolidays(HolidayCountry.LA, 1899)));
    }

    /**
     * The sample data of earlier versions stored its own public holidays (kind PUBLIC), some on
     * days the law does not give: they are not listed, so no holiday shows twice and none is made up.
     */
    @Test
    void publicHolidaysStoredByAnOlderSampleAreIgnored() {
        db.jdbi().useHandle(h -> {
            for (String day : List.of("2026-02-17", "2026-02-23")) {
                h.createUpdate("INSERT INTO holidays (id, country, holiday_on, name, kind, created_at, updated_at, version)"
                        + " VALUES (:id, 'VN', DATE '" + day + "', 'Tết Nguyên đán', 'PUBLIC', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)")
                        .bind("id", java.util.UUID.randomUUID()).execute();
            }
        });
        LocalDate leftOver = LocalDate.of(2026, 2, 23);

        assertEquals(HolidayService.publicHolidays(HolidayCountry.VN, 2026),
                holidays.daysOff(HolidayCountry.VN, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        assertEquals(1, holidays.daysOff(HolidayCountry.VN, LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 17)).size());
        assertFalse(holidays.isDayOff(HolidayCountry.VN, leftOver));
        assertEquals("error.holiday.no_extra", refused(() -> holidays.removeExtra(HolidayCountry.VN, leftOver)));

        holidays.addExtra(HolidayCountry.VN, leftOver, "Nghỉ bù");
        assertEquals(List.of("2026-02-23 Nghỉ bù"), holidays.daysOff(HolidayCountry.VN, leftOver, leftOver).stream()
                .map(d -> d.date() + " " + d.name(en)).toList());
        assertEquals(List.of("2026-02-17 PUBLIC", "2026-02-23 EXTRA"), db.jdbi().withHandle(h -> h.createQuery(
                "SELECT holiday_on || ' ' || kind FROM holidays ORDER BY holiday_on").mapTo(String.class).list()));
        assertEquals(1, auditEntries("DELETE"));
        assertEquals(1, auditEntries("CREATE"));
    }

    private static String refused(org.junit.jupiter.api.function.Executable work) {
        return assertThrows(ProblemException.class, work).problem().key();
    }

    private int auditEntries(String action) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_log WHERE entity = 'holiday' AND action = :a")
                .bind("a", action).mapTo(Integer.class).one());
    }

    @Test
    void theDaysOffOfBothCountriesAreNamedWithTheirCountryForTheCalendar() {
        Localization en = new Localization(Language.EN);
        Map<LocalDate, String> named = holidays.named(LocalDate.of(2026, 11, 30), LocalDate.of(2027, 1, 3), en);
        assertEquals("Lao National Day (Laos)", named.get(LocalDate.of(2026, 12, 2)));
        assertEquals("New Year's Day (Vietnam); International New Year's Day (Laos)", named.get(LocalDate.of(2027, 1, 1)));
        assertEquals(2, named.size(), named.toString());
        assertEquals(Map.of(), holidays.named(LocalDate.of(2200, 1, 1), LocalDate.of(2200, 1, 7), en), "outside the years known: none");
    }
}

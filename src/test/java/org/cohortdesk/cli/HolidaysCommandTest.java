package org.cohortdesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.cohortdesk.cli.CommandLineTest.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code holidays}: the days off of a year, one line each, and extra days added and removed through the real command line. */
class HolidaysCommandTest {
    @TempDir
    Path dir;

    Result run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--data";
        all[args.length + 1] = dir.toString();
        return CommandLineTest.run(all);
    }

    @Test
    void printsOneLinePerDayOffWithTheNameInTheChosenLanguage() {
        Result r = run("holidays", "--country", "VN", "--year", "2026", "--lang", "vi");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(
                "2026-01-01\tTết Dương lịch",
                "2026-02-15\tTết Nguyên đán", "2026-02-16\tTết Nguyên đán", "2026-02-17\tTết Nguyên đán",
                "2026-02-18\tTết Nguyên đán", "2026-02-19\tTết Nguyên đán", "2026-02-20\tTết Nguyên đán (nghỉ bù)",
                "2026-04-26\tGiỗ Tổ Hùng Vương", "2026-04-27\tGiỗ Tổ Hùng Vương (nghỉ bù)",
                "2026-04-30\tNgày Chiến thắng (30/4)", "2026-05-01\tNgày Quốc tế Lao động",
                "2026-09-01\tQuốc khánh", "2026-09-02\tQuốc khánh"), r.lines());

        Result lao = run("holidays", "--country", "la", "--year", "2026", "--lang", "lo");
        assertEquals(0, lao.code(), lao.err());
        assertTrue(lao.lines().contains("2026-04-14\tບຸນປີໃໝ່ລາວ"), lao.out());
        assertTrue(lao.lines().contains("2026-03-09\tວັນແມ່ຍິງສາກົນ (ພັກຊົດເຊີຍ)"), "8 March 2026 is a Sunday: " + lao.out());
    }

    @Test
    void anExtraDayAddedIsListedUntilRemoved() {
        Result added = run("holidays", "add", "--country", "VN", "--date", "2026-01-02", "--name", "Nghỉ bù Tết Dương lịch", "--lang", "en");
        assertEquals(0, added.code(), added.err());
        assertEquals(List.of("Extra day off added in Vietnam: 2026-01-02 Nghỉ bù Tết Dương lịch."), added.lines());
        assertTrue(run("holidays", "--country", "VN", "--year", "2026").lines().contains("2026-01-02\tNghỉ bù Tết Dương lịch"));

        Result again = run("holidays", "add", "--country", "VN", "--date", "2026-01-02", "--name", "Again", "--lang", "en");
        assertEquals(1, again.code());
        assertEquals("02/01/2026 is already an extra day off in Vietnam.", again.err().strip());

        Result removed = run("holidays", "remove", "--country", "VN", "--date", "2026-01-02", "--lang", "en");
        assertEquals(0, removed.code(), removed.err());
        assertTrue(run("holidays", "--country", "VN", "--year", "2026").lines().stream().noneMatch(l -> l.startsWith("2026-01-02")));

        Result publicDay = run("holidays", "remove", "--country", "VN", "--date", "2026-01-01", "--lang", "en");
        assertEquals(1, publicDay.code());
        assertEquals("01/01/2026 is not an extra day off in Vietnam; only extra days off can be removed.", publicDay.err().strip());
    }

    @Test
    void aBadCountryYearOrDateIsAUsageError() {
        Result country = run("holidays", "--country", "TH", "--year", "2026");
        assertEquals(2, country.code());
        assertTrue(country.err().contains("TH"), country.err());
        Result year = run("holidays", "--country", "VN", "--year", "1800", "--lang", "en");
        assertEquals(2, year.code());
        assertTrue(year.err().startsWith("The year must be a number from 1900 to 2100, not 1800."), year.err());
        assertEquals(2, run("holidays", "--country", "VN", "--year", "next").code());
        assertEquals(2, run("holidays", "--country", "VN").code());
        Result date = run("holidays", "add", "--country", "VN", "--date", "02/01/2026", "--name", "x", "--lang", "en");
        assertEquals(2, date.code());
        assertTrue(date.err().startsWith("The date must be written YYYY-MM-DD, not 02/01/2026."), date.err());
    }
}

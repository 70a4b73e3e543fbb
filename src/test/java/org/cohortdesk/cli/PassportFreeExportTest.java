package org.cohortdesk.cli;

import static org.cohortdesk.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.cohortdesk.cli.CommandLineTest.Result;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.LegacyH2;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --no-passports}: the files read back hold no passport column and no passport number, even the visa template. */
class PassportFreeExportTest {
    @TempDir
    static Path dir;
    static String data;
    static String code;
    static Set<String> passports;

    @BeforeAll
    static void sample() {
        data = dir.resolve("data").toString();
        assertEquals(0, run("demo", "--data", data, "--years", "1", "--seed", "5").code());
        code = run("cohorts", "--data", data).lines().get(1).split("\t")[0];
        try (Database db = Database.open(new DataFolder(Path.of(data)), LegacyH2.none())) {
            passports = Set.copyOf(db.jdbi().withHandle(h -> h.createQuery("SELECT passport_no FROM people WHERE passport_no IS NOT NULL")
                    .mapTo(String.class).list()));
        }
        assertFalse(passports.isEmpty(), "the sample has passports to leave out");
    }

    private static List<List<String>> cells(Path xlsx) throws IOException {
        try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile()); Stream<Row> rows = wb.getFirstSheet().openStream()) {
            List<List<String>> all = new ArrayList<>();
            rows.forEach(r -> all.add(r.stream().map(c -> c == null ? "" : c.getText()).toList()));
            return all;
        }
    }

    private static long passportCells(List<List<String>> cells) {
        return cells.stream().flatMap(List::stream).filter(passports::contains).count();
    }

    @Test
    void theVisaRosterWithoutPassportsHasNeitherTheColumnsNorTheNumbers() throws IOException {
        Path with = dir.resolve("visa.xlsx");
        assertEquals(0, run("export", "roster", "--cohort", code, "--template", "visa", "--out", with.toString(), "--data", data, "--lang", "en").code());
        List<List<String>> full = cells(with);
        assertTrue(full.get(0).contains("Passport no.") && passportCells(full) > 0, "with passports as before: " + full.get(0));

        Path without = dir.resolve("visa-no-passports.xlsx");
        Result r = run("export", "roster", "--cohort", code, "--template", "visa", "--no-passports", "--out", without.toString(),
                "--data", data, "--lang", "en");
        assertEquals(0, r.code(), r.err());
        List<List<String>> cut = cells(without);
        assertEquals(List.of("No.", "Name (Latin, as in the passport)", "Nationality", "Date of birth"), cut.get(0));
        assertEquals(full.size(), cut.size(), "every trainee is still there");
        assertEquals(0, passportCells(cut));
    }

    @Test
    void everyoneWithoutPassportsHasNoPassportNumber() throws IOException {
        Path without = dir.resolve("people.xlsx");
        Result r = run("export", "people", "--no-passports", "--out", without.toString(), "--data", data, "--lang", "vi");
        assertEquals(0, r.code(), r.err());
        List<List<String>> cut = cells(without);
        assertFalse(cut.get(0).stream().anyMatch(h -> h.toLowerCase().contains("hộ chiếu")), cut.get(0).toString());
        assertEquals(0, passportCells(cut));
        assertTrue(cut.size() > 1);
    }
}

package org.cohortdesk.service.nominees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.service.audit.Audit;
import org.cohortdesk.service.roster.PasteColumn;
import org.cohortdesk.service.roster.RosterPaste;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.LegacyH2;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad nominee files that can be read but not imported: each is refused with its row and column, and nothing is written. */
class NomineeBadInputTest {
    @TempDir
    Path dir;

    Database db;
    NomineeImport imports;
    Cohort cohort;

    @BeforeEach
    void open() {
        db = Database.open(new DataFolder(dir.resolve("data")), LegacyH2.none());
        Clock clock = Clock.fixed(TestData.NOW, ZoneOffset.UTC);
        imports = new NomineeImport(new RosterPaste(db.jdbi(), new Audit(clock, "coordinator"), clock));
        cohort = new TestData().insertBasics(db.jdbi()).cohort("LAO-2026-05", LocalDate.of(2026, 5, 4), LocalDate.of(2026, 6, 26));
        db.jdbi().useTransaction(h -> Tables.COHORTS.insert(h, cohort));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aFiveMegabyteCellRefusesItsRowNamingRowAndColumn() {
        String big = "x".repeat(5 * 1024 * 1024);
        Path file = Sheets.xlsx(dir.resolve("big.xlsx"), wb -> {
            var ws = wb.newWorksheet("S");
            ws.value(0, 0, "Name");
            ws.value(0, 1, "Notes");
            ws.value(1, 0, "Noy Vong");
            ws.value(1, 1, big);
            ws.value(2, 0, "Vong Noy");
        });
        NomineeImport.Preview preview = imports.preview(file, "LAO-2026-05", null);
        assertEquals(1, preview.refused());
        Problem tooLong = preview.rows().rows().get(0).problems().get(0);
        assertEquals(Problem.error("error.paste.too_long", 2, "B (Notes)", PasteColumn.NOTES.maxLength()), tooLong);
        assertEquals("B", NomineeImport.column(tooLong));
        assertEquals("error.paste.has_errors", assertThrows(ProblemException.class, () -> imports.save(preview, false)).problem().key());
        assertEquals(0, people(), "nothing written");
        assertEquals(1, imports.save(preview, true), "the other row, when refused rows are left out");
    }

    @Test
    void aCsvOfAHundredThousandRowsIsRefusedAsAWholeAsItIsRead() throws IOException {
        StringBuilder csv = new StringBuilder("Name;Date of birth\n");
        for (int i = 1; i <= 100_000; i++) {
            csv.append("Person ").append(i).append(";01/01/1990\n");
        }
        Path file = Files.writeString(dir.resolve("huge.csv"), csv, StandardCharsets.UTF_8);
        ProblemException refused = assertThrows(ProblemException.class, () -> imports.preview(file, "LAO-2026-05", null));
        assertEquals(Problem.error("error.nominees.too_many_rows", RosterPaste.maxRows()), refused.problem());
        assertEquals(0, people());

        StringBuilder justOver = new StringBuilder("Name;Date of birth\n");
        for (int i = 1; i <= RosterPaste.maxRows() + 1; i++) {
            justOver.append("Person ").append(i).append(';').append(LocalDate.of(1970, 1, 1).plusDays(i)).append('\n');
        }
        NomineeImport.Preview preview = imports.preview(Files.writeString(dir.resolve("over.csv"), justOver), "LAO-2026-05", null);
        assertTrue(preview.refusedWhole(), "one row too many is said in the preview");
        assertTrue(preview.rows().notes().contains(Problem.error("error.paste.too_many_rows", RosterPaste.maxRows())));
        assertEquals("error.nominees.refused", assertThrows(ProblemException.class, () -> imports.save(preview, true)).problem().key());
        assertEquals(0, people());
    }

    @Test
    void aCsvInWindows1252ImportsItsAccentedNames() throws IOException {
        byte[] bytes = "Name;Agency;Date of birth\nLê Hà;Sài Gòn;1990-02-01\nJosé Müller;Café;1.2.1991\n".getBytes("windows-1252");
        Path file = Files.write(dir.resolve("w1252.csv"), bytes);
        NomineeImport.Preview preview = imports.preview(file, "LAO-2026-05", null);
        assertEquals(0, preview.refused(), preview.rows().rows().toString());
        assertEquals(2, imports.save(preview, false));
        assertEquals("Lê Hà", db.jdbi().withHandle(h -> h.createQuery("SELECT name_latin FROM people WHERE agency = 'Sài Gòn'")
                .mapTo(String.class).one()));
        assertEquals(LocalDate.of(1991, 2, 1), db.jdbi().withHandle(h -> h.createQuery("SELECT birth_date FROM people WHERE agency = 'Café'")
                .mapTo(LocalDate.class).one()), "d.m.yyyy");
    }

    private int people() {
        return db.jdbi().withHandle(Tables.PEOPLE::count);
    }
}

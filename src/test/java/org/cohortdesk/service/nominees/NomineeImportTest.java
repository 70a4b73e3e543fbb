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
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.Person;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.model.Sex;
import org.cohortdesk.service.audit.Audit;
import org.cohortdesk.service.roster.PasteColumn;
import org.cohortdesk.service.roster.RosterPaste;
import org.cohortdesk.store.TestDatabases;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.TestData;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A sheet with the roster's columns, as a full roster export writes it, imports into an empty cohort
 * as the same people; bad files that can be read but not imported are refused with their row and
 * column, and nothing is written.
 */
class NomineeImportTest {
    private static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @TempDir
    Path dir;

    Database db;
    NomineeImport imports;
    Cohort empty;

    @BeforeEach
    void open() {
        db = TestDatabases.open(dir.resolve("data"));
        Clock clock = Clock.fixed(TestData.NOW, ZoneOffset.UTC);
        imports = new NomineeImport(new RosterPaste(db.jdbi(), new Audit(clock, "coordinator"), clock));
        TestData data = new TestData().insertBasics(db.jdbi());
        empty = data.cohort("LAO-2026-05", LocalDate.of(2026, 5, 4), LocalDate.of(2026, 6, 26));
        db.jdbi().useTransaction(h -> Tables.COHORTS.insert(h, empty));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void aRosterSheetImportsAsTheSamePeopleFieldByField(Language language) {
        List<Person> people = new ArrayList<>();
        List<Enrollment> stays = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Person p = new Person(UUID.randomUUID(), "ນ້ອຍ ວົງສາ " + i, "Noy Vongsa " + i, i % 2 == 0 ? Sex.F : Sex.M,
                    LocalDate.of(1980 + i, 1 + i, 10 + i), "LA", "Chuyên viên", "Bộ Nội vụ Lào", null, "Luang Prabang",
                    "P03000" + (10 + i), LocalDate.of(2032, 3, 1 + i), null, null, null, null, null, null, TestData.NOW, TestData.NOW, 0);
            people.add(p);
            stays.add(new Enrollment(null, null, null, EnrollmentStatus.NOMINATED, LocalDate.of(2026, 5, 3), "QV31" + i,
                    LocalDate.of(2026, 6, 27), null, "A10" + i, "VN-88 1" + i, LocalDate.of(2026, 7, 30), null, null,
                    "Ăn chay; không ăn cay", null, null, 0));
        }
        Path file = Sheets.xlsx(dir.resolve("roster.xlsx"), wb -> rosterSheet(wb.newWorksheet("Roster"), new Localization(language), people, stays));

        NomineeImport.Preview preview = imports.preview(file, "LAO-2026-05", null);
        assertEquals(12, preview.read());
        assertEquals(0, preview.refused(), preview.rows().rows().toString());
        assertEquals(12, imports.save(preview, false));

        List<Person> saved = db.jdbi().withHandle(h -> Tables.PEOPLE.all(h, "name_latin"));
        List<Enrollment> enrolled = db.jdbi().withHandle(h -> Tables.ENROLLMENTS.all(h, "room"));
        for (int i = 0; i < people.size(); i++) {
            Person expected = people.get(i);
            Person actual = saved.stream().filter(p -> p.nameLatin().equals(expected.nameLatin())).findFirst().orElseThrow();
            assertEquals(fields(expected), fields(actual));
            Enrollment stay = enrolled.stream().filter(e -> e.personId().equals(actual.id())).findFirst().orElseThrow();
            assertEquals(stay(stays.get(i)), stay(stay));
        }
    }

    /** The roster's columns in its own order and titles: dates as date cells, visa and travel as the roster writes them. */
    private static void rosterSheet(Worksheet ws, Localization tr, List<Person> people, List<Enrollment> stays) {
        String[] titles = {"roster.column.no", "roster.column.name_local", "roster.column.name_latin", "roster.column.sex",
            "roster.column.birth_date", "roster.column.position", "roster.column.agency", "roster.column.province", "roster.column.passport",
            "roster.column.passport_expiry", "roster.column.visa", "roster.column.arrival", "roster.column.departure", "roster.column.room",
            "roster.column.notes"};
        ws.value(0, 0, "LAO-2026-03");
        for (int c = 0; c < titles.length; c++) {
            ws.value(1, c, tr.tr(titles[c]));
        }
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            Enrollment e = stays.get(i);
            int r = i + 2;
            ws.value(r, 0, i + 1);
            ws.value(r, 1, p.nameLocal());
            ws.value(r, 2, p.nameLatin());
            ws.value(r, 3, p.sex().name());
            date(ws, r, 4, p.birthDate());
            ws.value(r, 5, p.jobTitle());
            ws.value(r, 6, p.agency());
            ws.value(r, 7, p.province());
            ws.value(r, 8, p.passportNo());
            date(ws, r, 9, p.passportExpiry());
            ws.value(r, 10, e.visaNo() + " " + tr.tr("roster.visa_until", e.visaExpiry().format(DAY_FIRST)));
            ws.value(r, 11, e.arrivalOn().format(DAY_FIRST) + " " + e.arrivalFlight());
            date(ws, r, 12, e.departureOn());
            ws.value(r, 13, e.room());
            ws.value(r, 14, e.notes());
        }
    }

    private static void date(Worksheet ws, int r, int c, LocalDate value) {
        ws.value(r, c, value);
        ws.style(r, c).format("dd/mm/yyyy").set();
    }

    private static List<Object> fields(Person p) {
        return Arrays.asList(p.nameLocal(), p.nameLatin(), p.sex(), p.birthDate(), p.nationality(), p.jobTitle(), p.agency(), p.province(),
                p.passportNo(), p.passportExpiry());
    }

    private static List<Object> stay(Enrollment e) {
        return Arrays.asList(e.status(), e.arrivalOn(), e.arrivalFlight(), e.departureOn(), e.departureFlight(), e.room(), e.visaNo(),
                e.visaExpiry(), e.notes());
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

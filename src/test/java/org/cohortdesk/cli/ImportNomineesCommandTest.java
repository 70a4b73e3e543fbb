package org.cohortdesk.cli;

import static org.cohortdesk.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cohortdesk.model.Person;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.LegacyH2;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import nominees}: the summary, each problem as FILE:ROW:COLUMN, exit codes, all or nothing. */
class ImportNomineesCommandTest {
    static final String CODE = "LAO-2026-05";

    @TempDir
    Path dir;

    Path data;

    @BeforeEach
    void cohort() {
        data = dir.resolve("data");
        TestData test = new TestData();
        try (Database db = Database.open(new DataFolder(data), LegacyH2.none())) {
            test.insertBasics(db.jdbi());
            db.jdbi().useTransaction(h -> Tables.COHORTS.insert(h, test.cohort(CODE, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 6, 26))));
        }
    }

    @Test
    void importsAWorkbookLibreOfficeWroteBelowItsTitleRow() throws IOException {
        Path file = dir.resolve("nominees-libreoffice.xlsx");
        try (InputStream in = getClass().getResourceAsStream("/org/cohortdesk/service/nominees/nominees-libreoffice.xlsx")) {
            Files.copy(in, file);
        }
        CommandLineTest.Result dry = run("import", "nominees", file.toString(), "--cohort", CODE, "--dry-run", "--data", data.toString(), "--lang", "en");
        assertEquals(0, dry.code(), dry.err());
        assertEquals(List.of("Columns:", "  A \"STT\" → Not imported", "  B \"Họ tên\" → Name (Latin)", "  C \"Họ tên chữ Lào\" → Name (Lao)",
                "  D \"Giới tính\" → Sex", "  E \"Ngày sinh\" → Date of birth", "  F \"Số hộ chiếu\" → Passport no.", "  G \"Cơ quan\" → Agency",
                "Rows read: 2; accepted: 2 (matched to people on file: 0); refused: 0.", "Dry run: nothing was saved."), dry.lines());
        assertEquals(List.of(), people(), "a dry run writes nothing");

        CommandLineTest.Result r = run("import", "nominees", file.toString(), "--cohort", CODE, "--data", data.toString(), "--lang", "en");
        assertEquals(0, r.code(), r.err());
        assertEquals("2 people were added to " + CODE + ".", r.lines().get(1));
        Person bounmy = people().stream().filter(p -> p.nameLatin().equals("Bounmy Phommachanh")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(1988, 4, 12), bounmy.birthDate());
        assertEquals("MOHA", bounmy.agency());
        assertEquals("ບຸນມີ ພົມມະຈັນ", bounmy.nameLocal());

        CommandLineTest.Result again = run("import", "nominees", file.toString(), "--cohort", CODE, "--data", data.toString(), "--lang", "en");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.lines().get(0).startsWith("Rows read: 2; accepted: 0 "), "both are in the cohort already: " + again.out());
        assertTrue(again.lines().contains(file + ":3: linked to Souksavanh Keomany, on file (same passport number)."), again.out());
        assertEquals(2, people().size());
    }

    @Test
    void aRowWithAnErrorRefusesTheFileUnlessRefusedRowsAreSkipped() throws IOException {
        Path file = Files.writeString(dir.resolve("list.csv"), "Danh sách học viên;;\nHọ tên;Giới tính;Ngày sinh\n"
                + "Noy Vong;F;01/02/1990\nKham Dee;X;31/02/1990\n", StandardCharsets.UTF_8);
        CommandLineTest.Result r = run("import", "nominees", file.toString(), "--cohort", CODE, "--data", data.toString(), "--lang", "en");
        assertEquals(1, r.code());
        assertTrue(r.err().contains(file + ":4:B: Row 4, column B (Giới tính): \"X\" is not a sex; write M or F."), r.err());
        assertTrue(r.err().contains(file + ":4:C: Row 4, column C (Ngày sinh): \"31/02/1990\" is not a date; write it as dd/mm/yyyy."), r.err());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("1 row has errors; nothing was saved")), r.err());
        assertEquals("Rows read: 2; accepted: 1 (matched to people on file: 0); refused: 1.", r.lines().get(0));
        assertEquals(List.of(), people());

        CommandLineTest.Result skipped = run("import", "nominees", file.toString(), "--cohort", CODE, "--skip-invalid", "--data", data.toString(),
                "--lang", "en");
        assertEquals(0, skipped.code(), skipped.err());
        assertEquals("1 person was added to " + CODE + ".", skipped.lines().get(1));
        assertEquals(List.of("Noy Vong"), people().stream().map(Person::nameLatin).toList());
    }

    @Test
    void rowsOfPeopleOnFileAreLinkedAndSaidWithTheReasonAndTheSamePersonTwiceIsAddedOnce() throws IOException {
        Path first = Files.writeString(dir.resolve("first.csv"), "Name;Date of birth\nNoy Vong;01/02/1990\n", StandardCharsets.UTF_8);
        assertEquals(0, run("import", "nominees", first.toString(), "--cohort", CODE, "--data", data.toString(), "--lang", "en").code());
        Path again = Files.writeString(dir.resolve("again.csv"), "Name;Date of birth;Passport\nNoy Vongg;01/02/1990;\n"
                + "Kham Dee;03/03/1985;K1234567\nKHAM DEE;03/03/1985;K1234567\n", StandardCharsets.UTF_8);
        CommandLineTest.Result r = run("import", "nominees", again.toString(), "--cohort", CODE, "--data", data.toString(), "--lang", "en");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("Rows read: 3; accepted: 1 (matched to people on file: 0); refused: 0.",
                again + ":2: linked to Noy Vong, on file (same birth date and a similar name).",
                "1 person was added to " + CODE + "."), r.lines());
        assertTrue(r.err().contains(again + ":2: Noy Vong is already in this cohort; the row is skipped."), r.err());
        assertTrue(r.err().contains(again + ":4: Row 3 already adds this person; this row is skipped."), r.err());
        assertEquals(List.of("Kham Dee", "Noy Vong"), people().stream().map(Person::nameLatin).toList());
    }

    @Test
    void badFilesAreRefusedInOneLineAndUsageErrorsExitTwo() throws IOException {
        Path empty = Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        CommandLineTest.Result r = run("import", "nominees", empty.toString(), "--cohort", CODE, "--data", data.toString(), "--lang", "en");
        assertEquals(1, r.code());
        assertEquals(List.of("empty.xlsx is empty."), r.err().lines().toList());

        Path big = Files.writeString(dir.resolve("big.csv"), "Name,Notes\nNoy Vong," + "x".repeat(5 * 1024 * 1024) + "\n");
        CommandLineTest.Result tooLong = run("import", "nominees", big.toString(), "--cohort", CODE, "--data", data.toString(), "--lang", "en");
        assertEquals(1, tooLong.code());
        assertTrue(tooLong.err().startsWith(big + ":2:B: Row 2, column B (Notes): the text is longer than"), tooLong.err());
        assertTrue(tooLong.err().length() < 1000, "the cell is not printed back");

        Path workbook = dir.resolve("two.xlsx");
        try (InputStream in = getClass().getResourceAsStream("/org/cohortdesk/service/nominees/nominees-libreoffice.xlsx")) {
            Files.copy(in, workbook);
        }
        CommandLineTest.Result noSheet = run("import", "nominees", workbook.toString(), "--cohort", CODE, "--sheet", "2025",
                "--data", data.toString(), "--lang", "en");
        assertEquals(1, noSheet.code());
        assertEquals(List.of("There is no sheet \"2025\"; the sheets are: nominees-libreoffice."), noSheet.err().lines().toList());

        CommandLineTest.Result unknown = run("import", "nominees", big.toString(), "--cohort", "NOPE-1", "--data", data.toString(), "--lang", "en");
        assertEquals(1, unknown.code());
        assertEquals(2, run("import", "nominees", big.toString(), "--data", data.toString()).code());
        assertEquals(2, run("import", "nominees", big.toString(), "--cohort", " ", "--data", data.toString()).code());
        assertEquals(2, run("import", "nominees", "--cohort", CODE, "--data", data.toString()).code());
        assertEquals(List.of(), people());
    }

    private List<Person> people() {
        try (Database db = Database.open(new DataFolder(data), LegacyH2.none())) {
            return db.jdbi().withHandle(h -> Tables.PEOPLE.all(h, "name_latin"));
        }
    }
}

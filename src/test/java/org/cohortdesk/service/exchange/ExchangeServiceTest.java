package org.cohortdesk.service.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.cohortdesk.model.ProblemException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two institutions, each a real H2 file in its own folder: the academy (with a year of sample data)
 * and a partner institution that starts empty. Packages go back and forth as real files.
 */
class ExchangeServiceTest {
    @TempDir
    Path dir;

    TestInstitution academy;
    TestInstitution partner;
    String code;

    /** The academy's year of sample data, made once; each test works on its own copy of the folder. */
    @TempDir
    static Path sample;

    @BeforeAll
    static void loadSample() {
        try (TestInstitution i = TestInstitution.open(sample)) {
            i.services().demo().load(1, 11, p -> {});
        }
    }

    @BeforeEach
    void open() throws IOException {
        academy = TestInstitution.copyOf(sample, dir.resolve("academy"));
        partner = TestInstitution.open(dir.resolve("partner"));
        code = academy.one("SELECT c.code FROM cohorts c JOIN enrollments e ON e.cohort_id = c.id JOIN attendance a ON a.enrollment_id = e.id"
                + " GROUP BY c.code ORDER BY COUNT(*) DESC, c.code LIMIT 1");
    }

    @AfterEach
    void close() {
        academy.close();
        partner.close();
    }

    Path exportFrom(TestInstitution from, String name) {
        return from.exchange().export(code, dir.resolve(name + "." + PackageFile.EXTENSION)).file();
    }

    String personOf(TestInstitution i) {
        return i.one("SELECT p.id FROM people p JOIN enrollments e ON e.person_id = p.id JOIN cohorts c ON c.id = e.cohort_id"
                + " WHERE c.code = ? ORDER BY p.id LIMIT 1", code);
    }

    String phone(TestInstitution i, String person) {
        return i.one("SELECT phone FROM people WHERE id = CAST(? AS UUID)", person);
    }

    void setPhone(TestInstitution i, String person, String phone) {
        assertEquals(1, i.update("UPDATE people SET phone = ?, version = version + 1 WHERE id = CAST(? AS UUID)", phone, person));
    }

    @Test
    void aCohortArrivesWholeInAnEmptyDatabase() {
        Path file = exportFrom(academy, "first");
        ExchangeService.Imported imported = partner.exchange().importPackage(file, false);

        PackageFile.Contents sent = PackageFile.read(file);
        int rows = sent.tables().stream().mapToInt(t -> t.rows().size()).sum();
        assertEquals(rows, imported.added());
        assertEquals(List.of(), imported.conflicts());
        assertTrue(sent.tables().stream().filter(t -> t.table().equals("attendance")).findFirst().orElseThrow().rows().size() > 50);
        PackageFile.Contents back = PackageFile.read(exportFrom(partner, "back"));
        assertEquals(sent.tables(), back.tables(), "every row, every column, as the academy has it");
        assertEquals(code, partner.one("SELECT code FROM cohorts"));
    }

    @Test
    void theSamePackageTwiceChangesNothing() {
        Path file = exportFrom(academy, "first");
        partner.exchange().importPackage(file, false);
        String before = partner.dump();

        ExchangeService.Imported again = partner.exchange().importPackage(file, false);

        assertEquals(0, again.added() + again.updated() + again.keptMine() + again.conflicts().size());
        assertEquals(before, partner.dump());
    }

    @Test
    void aDryRunSavesNothing() {
        Path file = exportFrom(academy, "first");
        String before = partner.dump();
        ExchangeService.Imported dry = partner.exchange().importPackage(file, true);
        assertTrue(dry.dryRun() && dry.added() > 0);
        assertEquals(before, partner.dump());
    }

    @Test
    void aChangeOnOneSideOnlyTakesThatSide() {
        partner.exchange().importPackage(exportFrom(academy, "first"), false);
        String person = personOf(academy);
        String other = academy.one("SELECT p.id FROM people p JOIN enrollments e ON e.person_id = p.id JOIN cohorts c ON c.id = e.cohort_id"
                + " WHERE c.code = ? ORDER BY p.id DESC LIMIT 1", code);
        setPhone(partner, person, "+856 20 5555 1234");
        setPhone(academy, other, "+84 24 3835 0000");

        ExchangeService.Imported back = academy.exchange().importPackage(exportFrom(partner, "back"), false);

        assertEquals(1, back.updated());
        assertEquals(1, back.keptMine(), "the academy's own edit stays");
        assertEquals(List.of(), back.conflicts());
        assertEquals("+856 20 5555 1234", phone(academy, person));
        assertEquals("+84 24 3835 0000", phone(academy, other));

        ExchangeService.Imported forth = partner.exchange().importPackage(exportFrom(academy, "second"), false);
        assertEquals(1, forth.updated());
        assertEquals(List.of(), forth.conflicts());
        assertEquals("+84 24 3835 0000", phone(partner, other));
        assertEquals("+856 20 5555 1234", phone(partner, person));
    }

    @Test
    void aChangeOnBothSidesIsAConflictThatOverwritesNothingUntilResolved() {
        partner.exchange().importPackage(exportFrom(academy, "first"), false);
        String person = personOf(academy);
        setPhone(partner, person, "+856 20 1111 1111");
        setPhone(academy, person, "+84 91 222 2222");
        Path back = exportFrom(partner, "back");

        ExchangeService.Imported imported = academy.exchange().importPackage(back, false);

        assertEquals(1, imported.conflicts().size());
        ExchangeService.Conflict conflict = imported.conflicts().get(0);
        assertEquals("people", conflict.table());
        assertEquals(UUID.fromString(person), conflict.rowId());
        assertEquals(List.of(new ExchangeService.Field("phone", "+84 91 222 2222", "+856 20 1111 1111")), conflict.fields());
        assertEquals("+84 91 222 2222", phone(academy, person), "nothing overwritten");
        assertEquals(List.of(conflict), academy.exchange().conflicts());
        String waiting = academy.dump();
        assertEquals(1, academy.exchange().importPackage(back, false).conflicts().size());
        assertEquals(waiting, academy.dump(), "the same package again records nothing new");

        academy.exchange().resolve(conflict.id(), Set.of("phone"));

        assertEquals("+856 20 1111 1111", phone(academy, person));
        assertEquals(List.of(), academy.exchange().conflicts());
        ExchangeService.Imported settled = academy.exchange().importPackage(back, false);
        assertEquals(List.of(), settled.conflicts());
        assertEquals(0, settled.updated() + settled.added());
        assertThrows(ProblemException.class, () -> academy.exchange().resolve(conflict.id(), Set.of()));
    }

    @Test
    void keepingMineSettlesTheConflictAndTheNextPackageCarriesMine() {
        partner.exchange().importPackage(exportFrom(academy, "first"), false);
        String person = personOf(academy);
        setPhone(partner, person, "+856 20 1111 1111");
        setPhone(academy, person, "+84 91 222 2222");
        Path back = exportFrom(partner, "back");
        ExchangeService.Conflict conflict = academy.exchange().importPackage(back, false).conflicts().get(0);

        academy.exchange().resolve(conflict.id(), Set.of());

        assertEquals("+84 91 222 2222", phone(academy, person));
        assertEquals(List.of(), academy.exchange().importPackage(back, false).conflicts());
        ExchangeService.Imported forth = partner.exchange().importPackage(exportFrom(academy, "second"), false);
        assertEquals(List.of(), forth.conflicts(), "the partner's edit was seen and answered at the academy");
        assertEquals("+84 91 222 2222", phone(partner, person));
    }

    @Test
    void aPackageMadeHereIsRefused() {
        Path file = exportFrom(academy, "first");
        ProblemException e = assertThrows(ProblemException.class, () -> academy.exchange().importPackage(file, false));
        assertEquals("exchange.import.own_package", e.problem().key());
    }

    @Test
    void aTruncatedPackageIsRefusedAndChangesNothing() throws IOException {
        Path file = exportFrom(academy, "first");
        byte[] bytes = Files.readAllBytes(file);
        Path cut = Files.write(dir.resolve("cut.cohortdesk"), Arrays.copyOf(bytes, bytes.length * 2 / 3));
        assertRefused(cut, "exchange.package.truncated");
    }

    @Test
    void aTamperedPackageIsRefusedAndChangesNothing() throws IOException {
        Path file = exportFrom(academy, "first");
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x01;
        Path tampered = Files.write(dir.resolve("tampered.cohortdesk"), bytes);
        ProblemException e = assertThrows(ProblemException.class, () -> partner.exchange().importPackage(tampered, false));
        assertTrue(Set.of("exchange.package.checksum", "exchange.package.damaged").contains(e.problem().key()), e.problem().key());
    }

    @Test
    void aChangedPayloadWithItsOldChecksumIsRefused() throws IOException {
        Path file = exportFrom(academy, "first");
        Path changed = rewrite(file, "changed", Map.of(PackageFile.PAYLOAD, s -> s.replaceFirst("\tPRESENT\t", "\tABSENT\t")));
        assertRefused(changed, "exchange.package.checksum");
    }

    @Test
    void aPackageOfANewerFormatIsRefused() throws IOException {
        Path file = exportFrom(academy, "first");
        Path newer = rewrite(file, "newer", Map.of(PackageFile.MANIFEST, s -> s.replace("format=" + PackageFile.FORMAT_WITHOUT_DELETIONS, "format=" + (PackageFile.FORMAT + 1))));
        assertRefused(newer, "exchange.package.newer");
    }

    @Test
    void aFileThatIsNotAPackageIsRefused() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.cohortdesk"), "not a package");
        assertRefused(text, "exchange.package.not_package");
    }

    @Test
    void aCourseWhoseCodeIsUsedHereIsTheSameCourseAndItsDifferencesAConflict() {
        Path file = exportFrom(academy, "first");
        String courseCode = academy.one("SELECT k.code FROM courses k JOIN cohorts c ON c.course_id = k.id WHERE c.code = ?", code);
        UUID ours = UUID.randomUUID();
        partner.db().jdbi().useHandle(h -> h.execute("INSERT INTO courses (id, code, title_vi, title_en, field, length_weeks, completion_threshold,"
                + " created_at, updated_at, version) VALUES (?, ?, 'Khóa của chúng tôi', 'Our course', 'OTHER', 4, 80, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)",
                ours, courseCode));

        ExchangeService.Imported imported = partner.exchange().importPackage(file, false);

        assertEquals(List.of("courses"), imported.conflicts().stream().map(ExchangeService.Conflict::table).distinct().toList());
        ExchangeService.Conflict course = imported.conflicts().get(0);
        assertEquals(ours, course.rowId());
        assertTrue(course.fields().stream().anyMatch(f -> f.column().equals("title_en") && f.mine().equals("Our course")), course.fields().toString());
        assertEquals(ours.toString(), partner.one("SELECT CAST(course_id AS VARCHAR) FROM cohorts WHERE code = ?", code), "the cohort uses the course here");
        assertEquals("Our course", partner.one("SELECT title_en FROM courses WHERE code = ?", courseCode), "nothing overwritten");
        assertEquals(1, Integer.parseInt(partner.one("SELECT COUNT(*) FROM courses")));
        String before = partner.dump();
        partner.exchange().importPackage(file, false);
        assertEquals(before, partner.dump(), "the same package again changes nothing");
    }

    @Test
    void aMarkRecordedSeparatelyAtBothSidesIsMatchedByTraineeAndSession() {
        partner.exchange().importPackage(exportFrom(academy, "first"), false);
        String mark = academy.one("SELECT CAST(a.id AS VARCHAR) FROM attendance a JOIN enrollments e ON e.id = a.enrollment_id JOIN cohorts c ON c.id = e.cohort_id"
                + " WHERE c.code = ? AND a.mark = 'PRESENT' ORDER BY a.id LIMIT 1", code);
        String other = academy.one("SELECT CAST(a.id AS VARCHAR) FROM attendance a JOIN enrollments e ON e.id = a.enrollment_id JOIN cohorts c ON c.id = e.cohort_id"
                + " WHERE c.code = ? AND a.mark = 'PRESENT' ORDER BY a.id DESC LIMIT 1", code);
        // At the partner both marks are typed again (new rows): one the same, one different.
        retype(partner, mark, "ABSENT");
        retype(partner, other, "PRESENT");

        ExchangeService.Imported back = academy.exchange().importPackage(exportFrom(partner, "back"), false);

        assertEquals(1, back.conflicts().size(), back.conflicts().toString());
        ExchangeService.Conflict conflict = back.conflicts().get(0);
        assertEquals(UUID.fromString(mark), conflict.rowId(), "the academy's own row");
        assertEquals(List.of(new ExchangeService.Field("mark", "PRESENT", "ABSENT")), conflict.fields());
        assertEquals("PRESENT", academy.one("SELECT mark FROM attendance WHERE id = CAST(? AS UUID)", mark));
        academy.exchange().resolve(conflict.id(), Set.of("mark"));
        assertEquals("ABSENT", academy.one("SELECT mark FROM attendance WHERE id = CAST(? AS UUID)", mark));
    }

    /** Deletes the mark and records it again under a new id, as if typed at this institution. */
    void retype(TestInstitution i, String id, String mark) {
        i.db().jdbi().useTransaction(h -> {
            var row = h.createQuery("SELECT enrollment_id, session_id FROM attendance WHERE id = CAST(:id AS UUID)").bind("id", id).mapToMap().one();
            h.createUpdate("DELETE FROM attendance WHERE id = CAST(:id AS UUID)").bind("id", id).execute();
            h.execute("INSERT INTO attendance (id, enrollment_id, session_id, mark, created_at, updated_at, version)"
                    + " VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)", UUID.randomUUID(), row.get("enrollment_id"), row.get("session_id"), mark);
        });
    }

    ProblemException assertRefused(Path file, String key) {
        String before = partner.dump();
        ProblemException e = assertThrows(ProblemException.class, () -> partner.exchange().importPackage(file, false));
        assertEquals(key, e.problem().key());
        assertEquals(before, partner.dump(), "nothing changed");
        return e;
    }

    /** A copy of the package with some entries' text changed, the manifest's checksum left as it was. */
    Path rewrite(Path file, String name, Map<String, java.util.function.UnaryOperator<String>> changes) throws IOException {
        Path out = dir.resolve(name + ".cohortdesk");
        try (ZipFile zip = new ZipFile(file.toFile()); ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(out))) {
            for (String entry : List.of(PackageFile.MANIFEST, PackageFile.PAYLOAD)) {
                String text;
                try (InputStream in = zip.getInputStream(zip.getEntry(entry))) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                String changed = changes.getOrDefault(entry, s -> s).apply(text);
                if (changes.containsKey(entry)) {
                    assertTrue(!changed.equals(text), "the test changed " + entry);
                }
                z.putNextEntry(new ZipEntry(entry));
                z.write(changed.getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out;
    }
}

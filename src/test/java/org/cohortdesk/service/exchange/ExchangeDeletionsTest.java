package org.cohortdesk.service.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.service.Services;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deleted rows travelling in packages, between two real databases (the academy: an H2 file with a
 * year of sample data; the partner institution, which first receives the cohort: an H2 file, or a
 * PostgreSQL schema in the storage tests' PostgreSQL run): a mark cleared, a session
 * deleted, each deleted where the other side has not changed it, a conflict where it has, and
 * nothing twice.
 */
class ExchangeDeletionsTest {
    @TempDir
    static Path sample;

    @TempDir
    Path dir;

    TestInstitution academy;
    TestInstitution partner;
    String code;
    int packages;

    @BeforeAll
    static void loadSample() {
        try (TestInstitution i = TestInstitution.open(sample)) {
            i.services().demo().load(1, 11, p -> {});
        }
    }

    @BeforeEach
    void theCohortAtBoth() throws IOException {
        academy = TestInstitution.copyOf(sample, dir.resolve("academy"));
        partner = onServerWhenTestedThere(dir.resolve("partner"));
        code = academy.one("SELECT c.code FROM cohorts c JOIN enrollments e ON e.cohort_id = c.id JOIN attendance a ON a.enrollment_id = e.id"
                + " GROUP BY c.code ORDER BY COUNT(*) DESC, c.code LIMIT 1");
        partner.exchange().importPackage(send(academy), false);
    }

    @AfterEach
    void close() {
        academy.close();
        if (partner != null) { // null when the PostgreSQL run has no server here (the test is skipped)
            partner.close();
        }
    }

    /** The receiving side: an H2 file, or on the PostgreSQL run a schema of the test server (the academy stays an H2 copy). */
    static TestInstitution onServerWhenTestedThere(Path folder) {
        Database db = TestDatabases.open(folder);
        return new TestInstitution(db, Services.over(db.jdbi(), TestInstitution.CLOCK));
    }

    Path send(TestInstitution from) {
        return from.exchange().export(code, dir.resolve("p" + (++packages) + "." + PackageFile.EXTENSION)).file();
    }

    /** A mark of the cohort (the first by id). */
    String mark(TestInstitution i) {
        return i.one("SELECT a.id FROM attendance a JOIN enrollments e ON e.id = a.enrollment_id JOIN cohorts c ON c.id = e.cohort_id"
                + " WHERE c.code = ? ORDER BY a.id LIMIT 1", code);
    }

    /** Clears a mark as the attendance sheet does (the stored version, through the table's delete). */
    void clear(TestInstitution i, String mark) {
        i.db().jdbi().useTransaction(h -> {
            var stored = Tables.ATTENDANCE.find(h, UUID.fromString(mark)).orElseThrow();
            assertTrue(Tables.ATTENDANCE.delete(h, stored.id(), stored.version()));
        });
    }

    void note(TestInstitution i, String mark, String note) {
        assertEquals(1, i.update("UPDATE attendance SET note = ?, version = version + 1 WHERE id = CAST(? AS UUID)", note, mark));
    }

    int count(TestInstitution i, String table, String id) {
        return Integer.parseInt(i.one("SELECT COUNT(*) FROM " + table + " WHERE id = CAST(? AS UUID)", id));
    }

    @Test
    void aMarkClearedThereIsClearedHereAndTheSamePackageTwiceChangesNothing() {
        String mark = mark(academy);
        clear(academy, mark);

        Path file = send(academy);
        assertEquals(PackageFile.FORMAT, PackageFile.read(file).manifest().format(), "a package with deletions is of the newer format");
        ExchangeService.Imported done = partner.exchange().importPackage(file, false);

        assertEquals(1, done.deleted());
        assertEquals(List.of(), done.conflicts());
        assertEquals(0, count(partner, "attendance", mark));
        assertEquals("1", partner.one("SELECT COUNT(*) FROM exchange_deletions WHERE row_id = CAST(? AS UUID)", mark),
                "the partner's deletion is recorded too, for its own packages");
        String before = partner.dump();
        ExchangeService.Imported again = partner.exchange().importPackage(file, false);
        assertEquals(0, again.deleted() + again.added() + again.updated() + again.conflicts().size());
        assertEquals(before, partner.dump());
    }

    @Test
    void aSessionDeletedThereGoesHereWithItsBookings() {
        String session = academy.one("SELECT s.id FROM sessions s JOIN cohorts c ON c.id = s.cohort_id"
                + " WHERE c.code = ? AND EXISTS (SELECT 1 FROM session_resources r WHERE r.session_id = s.id) ORDER BY s.id LIMIT 1", code);
        academy.db().jdbi().useTransaction(h -> {
            for (var a : h.createQuery("SELECT id, version FROM attendance WHERE session_id = :s").bind("s", UUID.fromString(session))
                    .mapToMap().list()) {
                assertTrue(Tables.ATTENDANCE.delete(h, (UUID) a.get("id"), ((Number) a.get("version")).intValue()));
            }
        });
        int version = Integer.parseInt(academy.one("SELECT version FROM sessions WHERE id = CAST(? AS UUID)", session));
        academy.services().sessions().delete(UUID.fromString(session), version);
        int bookings = Integer.parseInt(partner.one("SELECT COUNT(*) FROM session_resources WHERE session_id = CAST(? AS UUID)", session));
        assertTrue(bookings > 0);

        ExchangeService.Imported done = partner.exchange().importPackage(send(academy), false);

        assertEquals(List.of(), done.conflicts());
        assertEquals(0, count(partner, "sessions", session));
        assertEquals("0", partner.one("SELECT COUNT(*) FROM attendance WHERE session_id = CAST(? AS UUID)", session));
        assertEquals("0", partner.one("SELECT COUNT(*) FROM session_resources WHERE session_id = CAST(? AS UUID)", session));
    }

    @Test
    void twoRecordsOfOneTraineeMergedThereAreOneHereWithoutAConflict() {
        List<String> two = academy.db().jdbi().withHandle(h -> h.createQuery("SELECT e.person_id FROM enrollments e JOIN cohorts c"
                + " ON c.id = e.cohort_id WHERE c.code = :code AND EXISTS (SELECT 1 FROM attendance a WHERE a.enrollment_id = e.id)"
                + " ORDER BY e.person_id LIMIT 2").bind("code", code).mapTo(String.class).list());
        String keep = two.get(0);
        String drop = two.get(1);
        String dropped = academy.one("SELECT e.id FROM enrollments e JOIN cohorts c ON c.id = e.cohort_id WHERE c.code = ? AND e.person_id = CAST(? AS UUID)",
                code, drop);
        academy.services().merges().merge(UUID.fromString(keep), version(academy, "people", keep), UUID.fromString(drop),
                version(academy, "people", drop));

        ExchangeService.Imported done = partner.exchange().importPackage(send(academy), false);

        assertEquals(List.of(), done.conflicts(), "the dropped enrollment's marks moved first, then it goes");
        assertEquals(0, count(partner, "enrollments", dropped));
        String marks = "SELECT COUNT(*) FROM attendance a JOIN enrollments e ON e.id = a.enrollment_id JOIN cohorts c ON c.id = e.cohort_id"
                + " WHERE c.code = ? AND e.person_id = CAST(? AS UUID)";
        assertEquals(academy.one(marks, code, keep), partner.one(marks, code, keep));
    }

    int version(TestInstitution i, String table, String id) {
        return Integer.parseInt(i.one("SELECT version FROM " + table + " WHERE id = CAST(? AS UUID)", id));
    }

    @Test
    void deletedThereAndChangedHereIsAConflictThatKeepingSettles() {
        String mark = mark(academy);
        note(partner, mark, "came back after lunch");
        clear(academy, mark);
        Path file = send(academy);

        ExchangeService.Conflict c = partner.exchange().importPackage(file, false).conflicts().get(0);

        assertEquals(1, count(partner, "attendance", mark), "nothing is deleted while the user has not chosen");
        assertNotNull(c.deletedThere());
        assertNull(c.deletedHere());
        assertTrue(c.fields().stream().anyMatch(f -> f.column().equals("note") && "came back after lunch".equals(f.mine())));
        assertEquals(c.id(), partner.exchange().importPackage(file, false).conflicts().get(0).id(), "the same package raises it once");

        partner.exchange().resolve(c.id(), Set.of());

        assertEquals(1, count(partner, "attendance", mark));
        assertEquals(List.of(), partner.exchange().conflicts());
        assertEquals(List.of(), partner.exchange().importPackage(file, false).conflicts(), "settled: the same package again is quiet");
        assertEquals(1, count(partner, "attendance", mark));
    }

    @Test
    void deletedThereAndChangedHereIsAConflictThatTakingTheirsDeletes() {
        String mark = mark(academy);
        note(partner, mark, "came back after lunch");
        clear(academy, mark);

        ExchangeService.Conflict c = partner.exchange().importPackage(send(academy), false).conflicts().get(0);
        partner.exchange().resolve(c.id(), Set.of("note"));

        assertEquals(0, count(partner, "attendance", mark));
        assertEquals(List.of(), partner.exchange().conflicts());
    }

    /** A mark cleared at the academy and given a note at the partner: the partner's package back. */
    Path clearedHereNotedThere(String mark) {
        clear(academy, mark);
        note(partner, mark, "excused by the ministry");
        return send(partner);
    }

    @Test
    void deletedHereAndChangedThereIsAConflictEitherWay() {
        String mark = mark(academy);
        Path back = clearedHereNotedThere(mark);

        ExchangeService.Imported done = academy.exchange().importPackage(back, false);

        assertEquals(0, count(academy, "attendance", mark), "not added back on its own");
        ExchangeService.Conflict c = done.conflicts().get(0);
        assertNotNull(c.deletedHere());
        assertTrue(c.fields().stream().anyMatch(f -> f.column().equals("note") && "excused by the ministry".equals(f.theirs())));

        academy.exchange().resolve(c.id(), Set.of("note"));

        assertEquals(1, count(academy, "attendance", mark), "added back as they have it");
        assertEquals("excused by the ministry", academy.one("SELECT note FROM attendance WHERE id = CAST(? AS UUID)", mark));
        assertEquals("0", academy.one("SELECT COUNT(*) FROM exchange_deletions WHERE row_id = CAST(? AS UUID)", mark));
        assertEquals(List.of(), academy.exchange().importPackage(back, false).conflicts());
    }

    @Test
    void deletedHereAndChangedThereStaysDeletedWhenKept() {
        String mark = mark(academy);
        Path back = clearedHereNotedThere(mark);
        ExchangeService.Conflict c = academy.exchange().importPackage(back, false).conflicts().get(0);

        academy.exchange().resolve(c.id(), Set.of());

        assertEquals(0, count(academy, "attendance", mark));
        ExchangeService.Imported again = academy.exchange().importPackage(back, false);
        assertEquals(List.of(), again.conflicts());
        assertEquals(0, count(academy, "attendance", mark));
    }

    @Test
    void deletedHereAndUnchangedThereStaysDeleted() {
        String mark = mark(academy);
        clear(academy, mark);

        ExchangeService.Imported done = academy.exchange().importPackage(send(partner), false);

        assertEquals(List.of(), done.conflicts());
        assertEquals(0, count(academy, "attendance", mark), "the old copy there does not bring it back");
    }

    @Test
    void aDeletionOfARowNeverSeenHereChangesNothing() throws IOException {
        Path other = dir.resolve("third");
        try (TestInstitution third = onServerWhenTestedThere(other)) {
            String mark = mark(academy);
            clear(academy, mark);
            Path file = send(academy);
            String before = third.dump();
            ExchangeService.Imported done = third.exchange().importPackage(file, false);
            assertEquals(0, done.deleted());
            assertEquals(0, count(third, "attendance", mark));
            assertTrue(third.dump().length() > before.length(), "the rest of the cohort arrives");
        }
    }

    @Test
    void aPackageWithoutDeletionsKeepsTheOlderFormatAndANewerOneIsRefused() throws IOException {
        Path plain = send(academy);
        assertEquals(PackageFile.FORMAT_WITHOUT_DELETIONS, PackageFile.read(plain).manifest().format(),
                "an institution that has not updated can still read it");

        clear(academy, mark(academy));
        Path withDeletions = send(academy);
        Path newer = dir.resolve("newer." + PackageFile.EXTENSION);
        rewriteFormat(withDeletions, newer, PackageFile.FORMAT + 1);
        ProblemException refused = assertThrows(ProblemException.class, () -> partner.exchange().importPackage(newer, false));
        assertEquals("exchange.package.newer", refused.problem().key());

        // An older build knows format 1 only: the format a package with deletions carries is one it refuses.
        assertTrue(PackageFile.read(withDeletions).manifest().format() > PackageFile.FORMAT_WITHOUT_DELETIONS);
    }

    /** Copies a package with its manifest's format changed (the payload and its checksum as they are). */
    static void rewriteFormat(Path from, Path to, int format) throws IOException {
        try (ZipFile zip = new ZipFile(from.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                byte[] bytes;
                try (InputStream in = zip.getInputStream(e)) {
                    bytes = in.readAllBytes();
                }
                if (e.getName().equals(PackageFile.MANIFEST)) {
                    Properties p = new Properties();
                    p.load(new java.io.StringReader(new String(bytes, StandardCharsets.UTF_8)));
                    p.setProperty("format", Integer.toString(format));
                    java.io.StringWriter w = new java.io.StringWriter();
                    p.store(w, null);
                    bytes = w.toString().getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
    }
}

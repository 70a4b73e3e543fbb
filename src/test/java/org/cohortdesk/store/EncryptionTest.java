package org.cohortdesk.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.cohortdesk.model.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptionTest {
    private static final FilePassword RIGHT = FilePassword.of("ປະຕູ-cửa 2026");

    @TempDir
    Path dir;

    private DataFolder folder() {
        return new DataFolder(dir.resolve("data"));
    }

    private static void fill(Database db) {
        TestData data = new TestData().insertBasics(db.jdbi());
        db.jdbi().useTransaction(h -> {
            Tables.COHORTS.insert(h, data.cohort("LAO-2026-01", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 30)));
            Tables.COHORTS.insert(h, data.cohort("LAO-2026-02", LocalDate.of(2026, 5, 4), LocalDate.of(2026, 6, 30)));
        });
    }

    private static Map<String, Long> rows(Database db) {
        return db.jdbi().withHandle(h -> {
            Map<String, Long> counts = new TreeMap<>();
            for (String t : h.createQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
                    .mapTo(String.class).list()) {
                counts.put(t, h.createQuery("SELECT COUNT(*) FROM " + t).mapTo(Long.class).one());
            }
            return counts;
        });
    }

    private static byte[] hash(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }

    /** Encrypts a new folder with two cohorts and returns its rows per table. */
    private Map<String, Long> encrypted() {
        try (Database db = Database.open(folder(), LegacyH2.none())) {
            fill(db);
            db.changeEncryption(RIGHT);
            assertTrue(db.encrypted());
            return rows(db);
        }
    }

    @Test
    void encryptingKeepsEveryRowAndTheOpenDatabaseGoesOnWorking() throws Exception {
        Map<String, Long> before;
        Path kept;
        try (Database db = Database.open(folder(), LegacyH2.none())) {
            fill(db);
            before = rows(db);
            kept = db.changeEncryption(RIGHT);
            assertEquals(before, rows(db), "every row is in the encrypted file");
            db.jdbi().useHandle(h -> h.execute("UPDATE cohorts SET planned_size = 21"));
        }
        assertTrue(Database.isEncrypted(folder()));
        assertTrue(Files.exists(kept) && kept.startsWith(folder().backups()), "the plain file is kept in backups/");
        assertFalse(H2Files.isEncrypted(kept));
        try (Stream<Path> left = Files.list(folder().path())) {
            assertEquals(0, left.filter(p -> p.getFileName().toString().startsWith("rewrite-")
                    || p.getFileName().toString().startsWith("cohortdesk-rewritten")).count(), "no temporary file left");
        }
        try (Database db = Database.open(folder(), LegacyH2.none(), RIGHT)) {
            assertEquals(before, rows(db));
            int size = db.jdbi().withHandle(h -> h.createQuery("SELECT MIN(planned_size) FROM cohorts").mapTo(Integer.class).one());
            assertEquals(21, size);
        }
    }

    @Test
    void refusesAWrongPasswordAndLeavesTheFileAsItWas() throws Exception {
        encrypted();
        byte[] before = hash(folder().databaseFile());
        ProblemException wrong = assertThrows(ProblemException.class,
                () -> Database.open(folder(), LegacyH2.none(), FilePassword.of("ປະຕູ-cua 2026")));
        assertEquals("error.db.password_wrong", wrong.problem().key());
        ProblemException none = assertThrows(ProblemException.class, () -> Database.open(folder(), LegacyH2.none()));
        assertEquals("error.db.password_needed", none.problem().key());
        assertArrayEquals(before, hash(folder().databaseFile()), "a refused password writes nothing");
        try (Database db = Database.open(folder(), LegacyH2.none(), RIGHT)) {
            assertEquals(2L, rows(db).get("cohorts"), "and the file still opens with the right one");
        }
    }

    @Test
    void decryptingKeepsEveryRow() {
        Map<String, Long> before = encrypted();
        try (Database db = Database.open(folder(), LegacyH2.none(), RIGHT)) {
            db.changeEncryption(FilePassword.NONE);
            assertFalse(db.encrypted());
        }
        assertFalse(Database.isEncrypted(folder()));
        try (Database db = Database.open(folder(), LegacyH2.none())) {
            assertEquals(before, rows(db));
        }
    }

    @Test
    void aPasswordGivenForAPlainFileChangesNothing() {
        try (Database db = Database.open(folder(), LegacyH2.none())) {
            fill(db);
        }
        try (Database db = Database.open(folder(), LegacyH2.none(), RIGHT)) {
            assertFalse(db.encrypted());
        }
        assertFalse(Database.isEncrypted(folder()));
    }

    @Test
    void theUrlNeverHoldsThePassword() {
        H2Login login = H2Login.of(folder(), RIGHT);
        assertTrue(login.url().contains("CIPHER=AES"));
        assertFalse(login.url().contains("2026"));
        assertFalse(RIGHT.toString().contains("2026"));
    }

    @Test
    void everyWriteReportedDoneWhileTheFileIsRewrittenIsInTheNewFile() throws Exception {
        try (Database db = Database.open(folder(), LegacyH2.none())) {
            fill(db);
            java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
            java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
            Thread writer = new Thread(() -> {
                while (!stop.get()) {
                    try {
                        db.jdbi().useHandle(h -> h.execute("INSERT INTO audit_log (id, occurred_at, actor, action, entity) "
                                + "VALUES (RANDOM_UUID(), CURRENT_TIMESTAMP, 'probe', 'CREATE', 'probe')"));
                        done.incrementAndGet();
                    } catch (RuntimeException refused) {
                        // refused while the file is exclusive or closed: not reported done, so not expected
                    }
                }
            });
            writer.start();
            while (done.get() < 20) {
                Thread.onSpinWait();
            }
            db.changeEncryption(RIGHT);
            int afterSwap = done.get();
            while (done.get() < afterSwap + 20) {
                Thread.onSpinWait();
            }
            stop.set(true);
            writer.join(60_000);
            assertFalse(writer.isAlive(), "the writer is not left hanging");
            long stored = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM audit_log WHERE actor = 'probe'").mapTo(Long.class).one());
            assertTrue(stored >= done.get(), "no write reported done is lost with the old file: " + stored + " of " + done.get());
            // The one save under way when the live file closed may have committed before its connection's
            // closing failed: stored, though the writer was told it failed. Never more than that one.
            assertTrue(stored <= done.get() + 1, "nothing else is stored: " + stored + " of " + done.get());
        }
    }
}

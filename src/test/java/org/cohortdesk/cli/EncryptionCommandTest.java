package org.cohortdesk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cohortdesk.Main;
import org.cohortdesk.cli.CommandLineTest.Result;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.LegacyH2;
import org.cohortdesk.store.Tables;
import org.cohortdesk.store.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code encrypt}, {@code decrypt}, and every command on an encrypted folder: the password from a file, the environment, never an option. */
class EncryptionCommandTest {
    private static final String RIGHT = "ເປີດ ປະຕູ 7";

    @TempDir
    Path dir;

    private Path data() {
        return dir.resolve("data");
    }

    private Path passwordFile(String name, String password) throws Exception {
        return Files.writeString(dir.resolve(name), password + "\n", StandardCharsets.UTF_8);
    }

    private void filled() {
        TestData data = new TestData();
        try (Database db = Database.open(new DataFolder(data()), LegacyH2.none())) {
            data.insertBasics(db.jdbi());
            db.jdbi().useTransaction(h -> Tables.COHORTS.insert(h, data.cohort("LAO-2026-03", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 24))));
        }
    }

    private void encrypted() throws Exception {
        filled();
        encrypt();
    }

    private void encrypt() throws Exception {
        Result r = CommandLineTest.run("encrypt", "--data", data().toString(), "--lang", "en",
                "--new-password-file", passwordFile("new.txt", RIGHT).toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("backups"), r.out());
        assertTrue(Database.isEncrypted(new DataFolder(data())));
    }

    private static byte[] hash(Path file) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
    }

    @Test
    void encryptedFolderOpensWithThePasswordFileAndRefusesAWrongOneUnchanged() throws Exception {
        encrypted();
        Result right = CommandLineTest.run("info", "--data", data().toString(), "--password-file", passwordFile("right.txt", RIGHT).toString());
        assertEquals(0, right.code(), right.err());
        assertTrue(right.out().contains("people: "), right.out());

        byte[] before = hash(new DataFolder(data()).databaseFile());
        Result wrong = CommandLineTest.run("info", "--data", data().toString(), "--lang", "en",
                "--password-file", passwordFile("wrong.txt", "ເປີດ ປະຕູ 8").toString());
        assertEquals(1, wrong.code());
        assertEquals(List.of("The password is not right for this database (" + data() + "). Nothing was changed; try again"
                + " (letters, case and spaces count)."), wrong.err().lines().toList());
        assertArrayEquals(before, hash(new DataFolder(data()).databaseFile()), "a wrong password writes nothing");
    }

    @Test
    void thePasswordComesFromTheEnvironmentAndNothingElseIsAsked() throws Exception {
        encrypted();
        assertEquals(0, child(Map.of("COHORTDESK_PASSWORD", RIGHT), "info").code(), "COHORTDESK_PASSWORD opens it");
        Result wrong = child(Map.of("COHORTDESK_PASSWORD", "nope"), "info", "--lang", "vi");
        assertEquals(1, wrong.code());
        assertTrue(wrong.err().startsWith("Mật khẩu không đúng"), wrong.err());
        Result none = child(Map.of(), "info", "--lang", "en");
        assertEquals(1, none.code(), "no console, no variable, no file: refused, not hung");
        assertTrue(none.err().contains("is encrypted"), none.err());
    }

    @Test
    void decryptingGivesBackAPlainFolderWithEveryRow() throws Exception {
        filled();
        String counts = CommandLineTest.run("info", "--data", data().toString()).out();
        assertEquals(0, CommandLineTest.run("encrypt", "--data", data().toString(), "--new-password-file", passwordFile("n.txt", RIGHT).toString()).code());
        Result off = CommandLineTest.run("decrypt", "--data", data().toString(), "--password-file", passwordFile("p.txt", RIGHT).toString());
        assertEquals(0, off.code(), off.err());
        assertFalse(Database.isEncrypted(new DataFolder(data())));
        assertEquals(counts, CommandLineTest.run("info", "--data", data().toString()).out());
    }

    @Test
    void theCopiesWithoutAPasswordAreDeletedAfterABackupWithIt() throws Exception {
        filled();
        assertEquals(0, CommandLineTest.run("backup", "--out", data().resolve("backups").resolve("plain.zip").toString(),
                "--data", data().toString()).code());
        Result plain = CommandLineTest.run("delete-clear-copies", "--data", data().toString(), "--lang", "en");
        assertEquals(1, plain.code(), "refused while the database has no password");
        assertTrue(plain.err().contains("no password"), plain.err());

        encrypt();
        String password = passwordFile("p.txt", RIGHT).toString();
        Result deleted = CommandLineTest.run("delete-clear-copies", "--data", data().toString(), "--lang", "en", "--password-file", password);
        assertEquals(0, deleted.code(), deleted.err());
        assertTrue(deleted.out().contains("plain.zip") && deleted.out().contains(".mv.db"), deleted.out());
        assertTrue(deleted.out().strip().endsWith("Deleted 2 files without a password; a backup encrypted with the password was made first."),
                deleted.out());
        try (Stream<Path> left = Files.list(data().resolve("backups"))) {
            List<Path> files = left.toList();
            assertEquals(1, files.size(), files.toString());
            assertEquals(0, CommandLineTest.run("restore", files.get(0).toString(), "--yes", "--data", data().toString(),
                    "--password-file", password).code(), "the backup left opens with the password");
        }
    }

    /** Runs the command line in its own JVM, so that its environment can be set; no console (stdin and stdout are pipes). */
    private Result child(Map<String, String> env, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        command.addAll(List.of("--data", data().toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null").exists()
                ? new File("/dev/null") : new File("NUL")));
        pb.environment().remove("COHORTDESK_PASSWORD");
        pb.environment().putAll(env);
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the command finished");
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }
}

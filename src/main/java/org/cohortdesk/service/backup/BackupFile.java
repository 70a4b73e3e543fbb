package org.cohortdesk.service.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.ProblemException;

/**
 * The backup file: a ZIP holding {@code manifest.properties} (what it is, which Cohort Desk and
 * schema wrote it, when, and the SHA-256 of the data) and {@code data.sql} (the whole database as
 * an H2 SQL script, readable by any H2 version). Written to a temporary name and renamed when
 * complete, so a backup that exists is whole.
 */
public final class BackupFile {
    static final String FORMAT = "cohortdesk-backup";
    static final int FORMAT_VERSION = 1;
    static final String MANIFEST = "manifest.properties";
    static final String DATA = "data.sql";

    /** What a backup says about itself. */
    /** {@code encrypted}: the data is an H2 script encrypted with the database's password (a backup of an encrypted database). */
    public record Manifest(String appVersion, int schemaVersion, Instant createdAt, String reason, String sha256, long dataBytes,
            boolean encrypted) {}

    private BackupFile() {}

    /** Packs {@code script} (an H2 SQL script) into the backup file {@code out}, replacing it. */
    static Manifest write(Path script, Path out, String appVersion, int schemaVersion, Instant createdAt, String reason, boolean encrypted)
            throws IOException {
        Manifest manifest = new Manifest(appVersion, schemaVersion, createdAt, reason, sha256(script), Files.size(script), encrypted);
        Path parent = out.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, ".backup-", ".part");
        try {
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(tmp))) {
                zip.putNextEntry(new ZipEntry(MANIFEST));
                properties(manifest).store(zip, "Cohort Desk backup");
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(DATA));
                Files.copy(script, zip);
                zip.closeEntry();
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return manifest;
    }

    /**
     * Reads and checks a backup's manifest: refuses a file that is not a Cohort Desk backup, one
     * from a schema newer than {@code latestSchema}, and one whose data does not match its checksum.
     */
    public static Manifest check(Path file, int latestSchema) {
        if (!Files.isRegularFile(file)) {
            throw ProblemException.of("error.backup.missing", file);
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Manifest manifest = manifest(zip, file);
            if (manifest.schemaVersion() > latestSchema) {
                throw ProblemException.of("error.backup.newer", file, manifest.appVersion(), manifest.schemaVersion(), latestSchema);
            }
            ZipEntry data = zip.getEntry(DATA);
            if (data == null) {
                throw ProblemException.of("error.backup.damaged", file);
            }
            try (InputStream in = zip.getInputStream(data)) {
                if (!sha256(in).equals(manifest.sha256())) {
                    throw ProblemException.of("error.backup.damaged", file);
                }
            }
            return manifest;
        } catch (ZipException e) {
            throw new ProblemException(Problem.error("error.backup.not_a_backup", file), e);
        } catch (IOException e) {
            throw new ProblemException(Problem.error("error.backup.damaged", file), e);
        }
    }

    /**
     * Whether a file is a backup of an encrypted database ({@code true}), of a plain one
     * ({@code false}), or not a backup at all (empty). Reads the manifest only: no checksum.
     */
    static Optional<Boolean> encrypted(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return Optional.of(manifest(zip, file).encrypted());
        } catch (ProblemException | ZipException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the SQL script of a checked backup to {@code to}. */
    static void extract(Path file, Path to) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile()); InputStream in = zip.getInputStream(zip.getEntry(DATA))) {
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Manifest manifest(ZipFile zip, Path file) throws IOException {
        ZipEntry entry = zip.getEntry(MANIFEST);
        if (entry == null) {
            throw ProblemException.of("error.backup.not_a_backup", file);
        }
        Properties p = new Properties();
        try (InputStream in = zip.getInputStream(entry)) {
            p.load(in);
        }
        if (!FORMAT.equals(p.getProperty("format"))) {
            throw ProblemException.of("error.backup.not_a_backup", file);
        }
        try {
            if (Integer.parseInt(p.getProperty("format.version", "")) > FORMAT_VERSION) {
                throw ProblemException.of("error.backup.newer", file, p.getProperty("app.version", "?"),
                        p.getProperty("schema.version", "?"), "?");
            }
            return new Manifest(p.getProperty("app.version", "?"), Integer.parseInt(p.getProperty("schema.version", "")),
                    Instant.parse(p.getProperty("created.at", "")), p.getProperty("reason", ""), p.getProperty("data.sha256", ""),
                    Long.parseLong(p.getProperty("data.bytes", "0")), Boolean.parseBoolean(p.getProperty("data.encrypted", "false")));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new ProblemException(Problem.error("error.backup.damaged", file), e);
        }
    }

    private static Properties properties(Manifest m) {
        Properties p = new Properties();
        p.setProperty("format", FORMAT);
        p.setProperty("format.version", Integer.toString(FORMAT_VERSION));
        p.setProperty("app.version", m.appVersion());
        p.setProperty("schema.version", Integer.toString(m.schemaVersion()));
        p.setProperty("created.at", m.createdAt().toString());
        p.setProperty("reason", m.reason());
        p.setProperty("data.sha256", m.sha256());
        p.setProperty("data.bytes", Long.toString(m.dataBytes()));
        p.setProperty("data.encrypted", Boolean.toString(m.encrypted()));
        return p;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return sha256(in);
        }
    }

    private static String sha256(InputStream in) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (DigestInputStream d = new DigestInputStream(in, digest); OutputStream sink = OutputStream.nullOutputStream()) {
                d.transferTo(sink);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

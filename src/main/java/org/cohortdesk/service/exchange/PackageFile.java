package org.cohortdesk.service.exchange;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.store.Deletions.Tombstone;
import org.cohortdesk.store.ExchangeRows.Row;
import org.cohortdesk.store.ExchangeState.Base;

/**
 * The exchange package on disk: a ZIP holding {@code manifest.properties} (format, app version,
 * the producing institution, when, the cohort, the SHA-256 of the payload) and {@code payload.txt}
 * (the rows as tab-separated text, see {@link PayloadText}). Reading checks everything before
 * anything is used: a file that is not a package, truncated, changed after it was made, or of a
 * newer format is refused with a message saying which.
 */
public final class PackageFile {
    /** The newest format this build reads, and the one it writes for a package that carries deletions. */
    public static final int FORMAT = 2;
    /**
     * The format of a package without deletions: every Cohort Desk since packages began applies it
     * whole, so it stays readable by an institution that has not updated yet. A package carrying
     * deletions is format 2, which an older build refuses as newer instead of ignoring them.
     */
    public static final int FORMAT_WITHOUT_DELETIONS = 1;
    /** The file extension of a package, without the dot. */
    public static final String EXTENSION = "cohortdesk";
    static final String MANIFEST = "manifest.properties";
    static final String PAYLOAD = "payload.txt";

    /** What the manifest says. */
    public record Manifest(int format, String appVersion, UUID institutionId, String institutionName, Instant createdAt,
            String cohortCode, String payloadSha256) {}

    /** A table's rows as the package carries them. */
    public record TableRows(String table, List<String> columns, List<Row> rows) {}

    /** A package read back, or about to be written: the rows, the producer's bases, and the rows deleted there. */
    public record Contents(Manifest manifest, List<TableRows> tables, List<Base> bases, List<Tombstone> deletions) {
        /** The format this package is written in. */
        public int format() {
            return deletions.isEmpty() ? FORMAT_WITHOUT_DELETIONS : FORMAT;
        }
    }

    private PackageFile() {}

    /** Writes the package next to {@code file} and then moves it into place, so a half-written package is never left under the name. */
    public static void write(Path file, Contents contents) {
        byte[] payload = PayloadText.write(contents.tables(), contents.bases(), contents.deletions()).getBytes(StandardCharsets.UTF_8);
        Manifest m = contents.manifest();
        Properties manifest = new Properties();
        manifest.setProperty("format", Integer.toString(contents.format()));
        manifest.setProperty("app.version", m.appVersion());
        manifest.setProperty("institution.id", m.institutionId().toString());
        if (m.institutionName() != null) {
            manifest.setProperty("institution.name", m.institutionName());
        }
        manifest.setProperty("created.at", m.createdAt().toString());
        manifest.setProperty("cohort.code", m.cohortCode());
        manifest.setProperty("payload.sha256", PayloadText.sha256(payload));
        Path absolute = file.toAbsolutePath();
        try {
            // A sibling made with the user's usual permissions (a temp file would be private to this user).
            Path temp = absolute.resolveSibling("." + absolute.getFileName() + ".part");
            try {
                try (OutputStream out = Files.newOutputStream(temp); ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                    zip.putNextEntry(new ZipEntry(MANIFEST));
                    ByteArrayOutputStream text = new ByteArrayOutputStream();
                    manifest.store(new java.io.OutputStreamWriter(text, StandardCharsets.UTF_8), "Cohort Desk exchange package");
                    zip.write(text.toByteArray());
                    zip.closeEntry();
                    zip.putNextEntry(new ZipEntry(PAYLOAD));
                    zip.write(payload);
                    zip.closeEntry();
                }
                try {
                    Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new ProblemException(Problem.error("exchange.package.write_failed", file, e.getMessage()), e);
        }
    }

    /** Reads and checks a package; refuses (with the file named) one that is not whole, not ours, changed, or newer. */
    public static Contents read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw ProblemException.of("exchange.package.missing", file);
        }
        if (!startsLikeZip(file)) {
            throw ProblemException.of("exchange.package.not_package", file);
        }
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry manifestEntry = zip.getEntry(MANIFEST);
            ZipEntry payloadEntry = zip.getEntry(PAYLOAD);
            if (manifestEntry == null || payloadEntry == null) {
                throw ProblemException.of("exchange.package.not_package", file);
            }
            Manifest manifest = manifest(file, bytes(zip, manifestEntry));
            byte[] payload = bytes(zip, payloadEntry);
            if (!PayloadText.sha256(payload).equals(manifest.payloadSha256())) {
                throw ProblemException.of("exchange.package.checksum", file);
            }
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(payload))
                    .toString();
            PayloadText.Parsed parsed = PayloadText.read(file, text);
            return new Contents(manifest, parsed.tables(), parsed.bases(), parsed.deletions());
        } catch (NoSuchFileException e) {
            throw new ProblemException(Problem.error("exchange.package.missing", file), e);
        } catch (EOFException e) {
            throw new ProblemException(Problem.error("exchange.package.truncated", file), e);
        } catch (ZipException | CharacterCodingException e) {
            // A ZIP without its directory at the end was cut short; any other ZIP error is damage.
            String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
            String key = message.contains("end header") || message.contains("zip file is empty") ? "exchange.package.truncated" : "exchange.package.damaged";
            throw new ProblemException(Problem.error(key, file), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A ZIP starts with a local file header, {@code PK\3\4}; a text or a spreadsheet of another kind does not. */
    private static boolean startsLikeZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }

    private static Manifest manifest(Path file, byte[] bytes) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
        int format;
        try {
            format = Integer.parseInt(p.getProperty("format", ""));
        } catch (NumberFormatException e) {
            throw new ProblemException(Problem.error("exchange.package.not_package", file), e);
        }
        if (format > FORMAT) {
            throw ProblemException.of("exchange.package.newer", file, format, FORMAT);
        }
        try {
            return new Manifest(format, p.getProperty("app.version", ""), UUID.fromString(p.getProperty("institution.id")),
                    p.getProperty("institution.name"), Instant.parse(p.getProperty("created.at")),
                    required(p, "cohort.code"), required(p, "payload.sha256"));
        } catch (IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            throw new ProblemException(Problem.error("exchange.package.damaged", file), e);
        }
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("manifest without " + key);
        }
        return value;
    }
}

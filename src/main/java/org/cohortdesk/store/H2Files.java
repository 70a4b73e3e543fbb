package org.cohortdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.ProblemException;
import org.h2.engine.Constants;

/**
 * H2's file format changes between H2 releases (format 2 for 2.0-2.1, format 3 from 2.2.220). The
 * data folder is stamped with the H2 version that wrote it; a file in an older format is carried
 * across by exporting it to an SQL script with the H2 release that can read it (run in its own
 * class loader) and importing that script with the current H2, keeping the old file. See
 * docs/decisions/0002-h2-file-format.md.
 */
final class H2Files {
    static final String CURRENT_VERSION = Constants.VERSION_MAJOR + "." + Constants.VERSION_MINOR + "." + Constants.BUILD_ID;
    static final int CURRENT_FORMAT = formatOf(CURRENT_VERSION);
    private static final String ENCRYPTED_HEADER = "H2encrypt\n";
    private static final Pattern HEADER_FORMAT = Pattern.compile("[,:]format:([0-9a-f]+)");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private H2Files() {}

    /** The file format an H2 release writes. */
    static int formatOf(String h2Version) {
        String[] parts = h2Version.split("\\.");
        int major = Integer.parseInt(parts[0]);
        int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        int build = parts.length > 2 ? Integer.parseInt(parts[2]) : 0;
        if (major < 2) {
            return 1;
        }
        return major == 2 && minor < 2 && build < 220 ? 2 : 3;
    }

    /**
     * True when the file is encrypted with H2's {@code CIPHER=AES}: such a file starts with H2's
     * plain-text mark {@code H2encrypt} instead of the MVStore header, so the answer costs one small
     * read and no password.
     */
    static boolean isEncrypted(Path file) {
        if (!Files.exists(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] mark = ENCRYPTED_HEADER.getBytes(StandardCharsets.ISO_8859_1);
            return Arrays.equals(in.readNBytes(mark.length), mark);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The format written in an MVStore file's plain-text header, if the file has one. */
    static Optional<Integer> formatOfFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String header = new String(in.readNBytes(4096), StandardCharsets.ISO_8859_1);
            if (!header.startsWith("H:2")) {
                return Optional.empty();
            }
            Matcher m = HEADER_FORMAT.matcher(header);
            return m.find() ? Optional.of(Integer.parseInt(m.group(1), 16)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes sure the current H2 can open the folder's database: nothing to do for a new folder or a
     * file in the current format; an older format is carried across with the matching legacy H2
     * jar; anything else is refused with a clear message and left untouched.
     */
    static void prepare(DataFolder folder, LegacyH2 legacy) {
        Path file = folder.databaseFile();
        if (!Files.exists(file)) {
            return;
        }
        if (isEncrypted(file)) {
            // The header is encrypted too: the stamp says which format the file was written in.
            String stamped = readStamp(folder).getProperty("h2.format", Integer.toString(CURRENT_FORMAT));
            if (!stamped.equals(Integer.toString(CURRENT_FORMAT))) {
                throw ProblemException.of("error.db.format_older", file, readStamp(folder).getProperty("h2.version", "format " + stamped));
            }
            return;
        }
        Optional<Integer> format = formatOfFile(file);
        if (format.isEmpty()) {
            throw ProblemException.of("error.db.not_h2", file);
        }
        int found = format.get();
        if (found == CURRENT_FORMAT) {
            return;
        }
        if (found > CURRENT_FORMAT) {
            throw ProblemException.of("error.db.format_newer", file, found, CURRENT_FORMAT);
        }
        String writer = readStamp(folder).getProperty("h2.version", "format " + found);
        Path jar = legacy.jarFor(found)
                .orElseThrow(() -> ProblemException.of("error.db.format_older", file, writer));
        carryAcross(folder, jar, found);
    }

    private static void carryAcross(DataFolder folder, Path legacyJar, int oldFormat) {
        Path file = folder.databaseFile();
        String stamp = LocalDateTime.now().format(STAMP);
        Path script = folder.path().resolve("h2-upgrade-" + stamp + ".zip");
        Path keep = folder.backups().resolve("cohortdesk-h2-format" + oldFormat + "-" + stamp + ".mv.db");
        try {
            exportWithLegacy(legacyJar, folder, script);
            Files.createDirectories(folder.backups());
            Files.move(file, keep);
            // A file in an older format was never encrypted: encryption came after format 3.
            try (Connection c = H2Login.of(folder, FilePassword.NONE).connect();
                    Statement s = c.createStatement()) {
                s.execute("RUNSCRIPT FROM '" + sqlPath(script) + "' COMPRESSION ZIP");
            } catch (SQLException e) {
                Files.deleteIfExists(file);
                Files.move(keep, file, StandardCopyOption.REPLACE_EXISTING);
                throw new ProblemException(Problem.error("error.db.upgrade_failed", file, e.getMessage()), e);
            }
            Files.deleteIfExists(script);
        } catch (IOException e) {
            throw new ProblemException(Problem.error("error.db.upgrade_failed", file, e.getMessage()), e);
        }
    }

    private static void exportWithLegacy(Path legacyJar, DataFolder folder, Path script) throws IOException {
        URL jarUrl;
        try {
            jarUrl = legacyJar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IOException(e);
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jarUrl}, ClassLoader.getPlatformClassLoader())) {
            Driver driver = (Driver) Class.forName("org.h2.Driver", true, loader).getDeclaredConstructor().newInstance();
            Properties login = new Properties();
            login.setProperty("user", "sa");
            login.setProperty("password", "");
            try (Connection c = driver.connect("jdbc:h2:file:" + folder.databaseBase() + ";DATABASE_TO_LOWER=TRUE", login);
                    Statement s = c.createStatement()) {
                // Quoted: H2 2.1 with DATABASE_TO_LOWER lowercases an unquoted algorithm name and then rejects it.
                s.execute("SCRIPT TO '" + sqlPath(script) + "' COMPRESSION \"ZIP\"");
                s.execute("SHUTDOWN");
            }
        } catch (SQLException | ReflectiveOperationException e) {
            throw new IOException("H2 " + legacyJar.getFileName() + " could not export the database: " + e.getMessage(), e);
        }
    }

    /**
     * The URL of the folder's file when it is not encrypted (no password, no {@code CIPHER}). Code
     * that may meet an encrypted file takes its URL and credentials from {@link H2Login} instead.
     */
    static String url(DataFolder folder) {
        return H2Login.of(folder, FilePassword.NONE).url();
    }

    /**
     * The URL for building a database in one go (a restore's staging): commits are not flushed one
     * by one, since the file counts only once it is shut down and marked complete.
     */
    static String bulkUrl(DataFolder folder) {
        return "jdbc:h2:file:" + folder.databaseBase() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    /** {@link #url}, reading only. */
    static String readOnlyUrl(DataFolder folder) {
        return H2Login.of(folder, FilePassword.NONE).readOnly().url();
    }

    static String sqlPath(Path path) {
        return path.toAbsolutePath().toString().replace("'", "''");
    }

    static Properties readStamp(DataFolder folder) {
        Properties p = new Properties();
        if (Files.exists(folder.stampFile())) {
            try (InputStream in = Files.newInputStream(folder.stampFile())) {
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return p;
    }

    /**
     * True when the stamp says this H2 wrote the folder at a schema this build knows: then the
     * read-only look for a newer schema can be skipped (it costs a second open of the file at
     * every start). A folder without a stamp, or stamped by another version, gets the look.
     */
    static boolean stampedAtMost(DataFolder folder, int latestSchema) {
        Properties stamp = readStamp(folder);
        String schema = stamp.getProperty("schema.version", "");
        return CURRENT_VERSION.equals(stamp.getProperty("h2.version")) && schema.matches("\\d{1,6}")
                && Integer.parseInt(schema) <= latestSchema;
    }

    /**
     * True when the database file is exactly as this application left it at its last clean close
     * (same size and modification time as the stamp records): then it need not be looked at
     * read-only before it is opened for writing.
     */
    static boolean closedCleanly(DataFolder folder) {
        Properties stamp = readStamp(folder);
        try {
            return Long.toString(Files.size(folder.databaseFile())).equals(stamp.getProperty("closed.size"))
                    && Long.toString(Files.getLastModifiedTime(folder.databaseFile()).toMillis()).equals(stamp.getProperty("closed.modified"));
        } catch (IOException e) {
            return false;
        }
    }

    /** Records the size and time of the database file just closed, for {@link #closedCleanly}. */
    static void markClosed(DataFolder folder) throws IOException {
        Properties p = readStamp(folder);
        p.setProperty("closed.size", Long.toString(Files.size(folder.databaseFile())));
        p.setProperty("closed.modified", Long.toString(Files.getLastModifiedTime(folder.databaseFile()).toMillis()));
        store(folder, p);
    }

    /** Records which H2 wrote the folder and at which schema version (left alone when already so). */
    static void writeStamp(DataFolder folder, int schemaVersion) {
        Properties stamp = readStamp(folder);
        if (CURRENT_VERSION.equals(stamp.getProperty("h2.version"))
                && Integer.toString(schemaVersion).equals(stamp.getProperty("schema.version"))) {
            return;
        }
        Properties p = new Properties();
        p.setProperty("h2.version", CURRENT_VERSION);
        p.setProperty("h2.format", Integer.toString(CURRENT_FORMAT));
        p.setProperty("schema.version", Integer.toString(schemaVersion));
        store(folder, p);
    }

    private static void store(DataFolder folder, Properties p) {
        Path tmp = folder.stampFile().resolveSibling("datafolder.properties.tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            p.store(out, "Cohort Desk data folder: written by the application, do not edit");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.move(tmp, folder.stampFile(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.cohortdesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.ProblemException;
import org.jdbi.v3.core.Jdbi;

/**
 * Turns encryption of the embedded file on or off, or changes its password: the open database is
 * written to a script (itself encrypted with a one-time key, so no plain copy of an encrypted file
 * lands on disk), read into a new file with the new login, checked table by table, and swapped in
 * by renames on the same disk. The old file is kept in {@code backups/}. The live file is closed
 * for the copy (saves tried meanwhile fail visibly); any failure reopens it, and if the swap fails
 * half-way the old file is put back.
 */
final class FileEncryption {
    private static final Logger LOG = Logger.getLogger(FileEncryption.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String NEW_FILE = "cohortdesk-rewritten";

    private FileEncryption() {}

    static synchronized Path change(Embedded db, Jdbi jdbi, FilePassword password) {
        DataFolder folder = db.folder();
        H2Login from = db.login();
        H2Login to = H2Login.of(folder, password);
        String stamp = LocalDateTime.now().format(STAMP);
        Path script = folder.path().resolve("rewrite-" + stamp + ".tmp");
        Path newBase = folder.path().resolve(NEW_FILE);
        Path newFile = folder.path().resolve(NEW_FILE + ".mv.db");
        String kind = to.encrypted() ? (from.encrypted() ? "password-change" : "encryption") : "decryption";
        Path kept = folder.backups().resolve("cohortdesk-before-" + kind + "-" + stamp + ".mv.db");
        H2Login oneTime = H2Login.of(folder, FilePassword.of(HexFormat.of().formatHex(new SecureRandom().generateSeed(16))));
        // The live file is closed first: from then on a save through the application's pool fails
        // visibly (the pool is closed) instead of landing in the old file after it was copied. The
        // copy is then made from the closed file alone, so it holds every save reported done.
        closeLiveFile(db, folder);
        try (Connection old = from.connect(); Statement o = old.createStatement()) {
            Files.deleteIfExists(newFile);
            Files.createDirectories(folder.backups());
            o.execute("SCRIPT TO '" + H2Files.sqlPath(script) + "' " + oneTime.scriptCompression());
            Map<String, Long> counts = counts(old);
            try (Connection c = to.at(newBase).connect(); Statement s = c.createStatement()) {
                s.execute("RUNSCRIPT FROM '" + H2Files.sqlPath(script) + "' " + oneTime.scriptCompression());
                Map<String, Long> copied = counts(c);
                if (!copied.equals(counts)) {
                    throw new SQLException("the new file holds " + copied + ", the old one " + counts);
                }
                s.execute("SHUTDOWN");
            }
        } catch (SQLException | IOException | RuntimeException e) {
            deleteQuietly(newFile, e);
            deleteQuietly(script, e);
            db.reopen(from);
            throw failed(folder, e);
        }
        // the old file closed with its last connection above
        deleteQuietly(script, null);
        swap(db, folder, newFile, kept, from, to);
        LOG.info("database file rewritten (" + kind + "); the old file is kept as " + kept);
        return kept;
    }

    /**
     * Shuts the live file down through a connection that first makes it exclusive (other connections'
     * statements wait, new ones are refused), and closes the application's pool with it.
     */
    private static void closeLiveFile(Embedded db, DataFolder folder) {
        boolean closed = false;
        try (Connection exclusive = db.getConnection(); Statement x = exclusive.createStatement()) {
            x.execute("SET EXCLUSIVE 1");
            db.closeFile(x);
            closed = true;
        } catch (SQLException e) {
            if (!closed) {
                db.reopen(db.login());
                throw failed(folder, e);
            }
            // closing the connection of the database just shut down: nothing was left to close
            LOG.log(Level.FINE, "after closing the file", e);
        }
    }

    private static ProblemException failed(DataFolder folder, Exception e) {
        return new ProblemException(Problem.error("error.db.encryption_failed", folder.databaseFile(), Database.firstLine(e)), e);
    }

    private static void endExclusive(Statement x, Exception collector) {
        try {
            x.execute("SET EXCLUSIVE 0");
        } catch (SQLException e) {
            collector.addSuppressed(e);
        }
    }

    /** The old file is closed: it goes to backups/, the new one takes its place; if that fails half-way, the old one is put back. */
    private static void swap(Embedded db, DataFolder folder, Path newFile, Path kept, H2Login from, H2Login to) {
        try {
            Files.move(folder.databaseFile(), kept, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(newFile, e);
            db.reopen(from);
            throw failed(folder, e);
        }
        try {
            Files.move(newFile, folder.databaseFile(), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.move(kept, folder.databaseFile(), StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException notBack) {
                e.addSuppressed(notBack);
            }
            db.reopen(from);
            throw failed(folder, e);
        }
        db.reopen(to);
    }

    /** Rows per table of the application's schema: the same before and after, or the new file is not used. */
    private static Map<String, Long> counts(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name")) {
            while (r.next()) {
                tables.add(r.getString(1));
            }
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables) {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                r.next();
                counts.put(table, r.getLong(1));
            }
        }
        return counts;
    }

    private static void deleteQuietly(Path file, Exception collector) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not delete " + file, e);
            if (collector != null) {
                collector.addSuppressed(e);
            }
        }
    }
}

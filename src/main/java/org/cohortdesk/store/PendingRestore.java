package org.cohortdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.ProblemException;
import org.jdbi.v3.core.Jdbi;

/**
 * A restore in two steps, so that it is never half done. {@link #stage} builds the new database
 * from a backup's SQL script in {@code restore/} beside the live one and, once it is complete on
 * disk, writes {@code restore/ready.properties}. {@link #applyIfPending} (at every open, under the
 * folder lock) then moves the live file to {@code backups/replaced-by-restore-<time>.mv.db} and the
 * staged file into its place: two renames in the same folder. Killed between them, the next open
 * finds the marker and finishes the same two steps; killed before the marker, the live file was
 * never touched and the half-built staging is thrown away.
 */
public final class PendingRestore {
    private static final String MARKER = "ready.properties";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private PendingRestore() {}

    private static DataFolder staging(DataFolder folder) {
        return new DataFolder(folder.path().resolve("restore"));
    }

    private static Path marker(DataFolder folder) {
        return staging(folder).path().resolve(MARKER);
    }

    /**
     * Builds the database of {@code script} beside the live one and marks it ready to replace it at
     * the next open. Returns the schema version of the staged database. The live database is not
     * touched, so this may run while it is open.
     */
    public static int stage(DataFolder folder, Path script, H2Login login) {
        DataFolder staging = staging(folder);
        try {
            deleteTree(staging.path());
            Files.createDirectories(staging.path());
            int version;
            // The script of an encrypted backup is read, and the new file written, with that login's password.
            String cipher = login.encrypted() ? ";CIPHER=AES" : "";
            try (Connection c = DriverManager.getConnection(H2Files.bulkUrl(staging) + cipher, H2Login.USER, login.credentials());
                    Statement s = c.createStatement()) {
                s.execute("RUNSCRIPT FROM '" + H2Files.sqlPath(script) + "'" + (login.encrypted() ? " " + login.scriptCompression() : ""));
                version = Jdbi.create(c).withHandle(Migrations::currentVersion);
                s.execute("SHUTDOWN");
            }
            Properties p = new Properties();
            p.setProperty("staged.at", Instant.now().toString());
            p.setProperty("schema.version", Integer.toString(version));
            Path tmp = staging.path().resolve(MARKER + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "Cohort Desk: this database replaces the data folder's at the next start");
            }
            Files.move(tmp, marker(folder), StandardCopyOption.ATOMIC_MOVE);
            return version;
        } catch (SQLException e) {
            cancelQuietly(folder, e);
            throw new ProblemException(Problem.error("error.restore.failed", script, Database.firstLine(e)), e);
        } catch (IOException e) {
            cancelQuietly(folder, e);
            throw new UncheckedIOException(e);
        }
    }

    /** When a staged restore waits for the next open: the moment it was staged. */
    public static Optional<Instant> pending(DataFolder folder) {
        Path marker = marker(folder);
        if (!Files.exists(marker)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(marker)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(Instant.parse(p.getProperty("staged.at", Instant.EPOCH.toString())));
    }

    /** Forgets a staged restore that has not been applied yet. */
    public static void cancel(DataFolder folder) {
        try {
            deleteTree(staging(folder).path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Swaps a staged, complete restore in; finishes one that was cut short. Call with the folder lock held, the database closed. */
    static void applyIfPending(DataFolder folder) throws IOException {
        DataFolder staging = staging(folder);
        if (!Files.exists(marker(folder))) {
            deleteTree(staging.path());
            return;
        }
        Path staged = staging.databaseFile();
        if (Files.exists(staged)) {
            if (Files.exists(folder.databaseFile())) {
                Files.createDirectories(folder.backups());
                Path keep = folder.backups().resolve("replaced-by-restore-" + LocalDateTime.now().format(STAMP) + ".mv.db");
                Files.move(folder.databaseFile(), keep, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staged, folder.databaseFile(), StandardCopyOption.ATOMIC_MOVE);
        }
        deleteTree(staging.path());
    }

    private static void cancelQuietly(DataFolder folder, Exception cause) {
        try {
            deleteTree(staging(folder).path());
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

package org.cohortdesk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.ProblemException;
import org.jdbi.v3.core.Jdbi;

/**
 * The open database: an H2 file in the data folder (the default) or any JDBC URL (PostgreSQL for
 * shared offices). Opening takes the folder lock, carries an old H2 file format across, refuses a
 * schema newer than this build, saves a copy before upgrading an older schema, and migrates.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Jdbi jdbi;
    private final String description;
    private final List<AutoCloseable> closers;
    private final int schemaVersion;
    private final Embedded embedded;

    private Database(Jdbi jdbi, String description, List<AutoCloseable> closers, int schemaVersion, Embedded embedded) {
        this.jdbi = jdbi;
        this.description = description;
        this.closers = closers;
        this.schemaVersion = schemaVersion;
        this.embedded = embedded;
    }

    /** Opens (creating if needed) the embedded database of a data folder, which must not be encrypted. */
    public static Database open(DataFolder folder, LegacyH2 legacy) {
        return open(folder, legacy, FilePassword.NONE);
    }

    /**
     * Opens (creating if needed) the embedded database of a data folder; {@code password} opens an
     * encrypted file (see {@link #isEncrypted}) and is not used for a plain one. A missing or wrong
     * password is refused ({@code error.db.password_needed}, {@code error.db.password_wrong}) before
     * anything is written: the file stays as it was.
     */
    public static Database open(DataFolder folder, LegacyH2 legacy, FilePassword password) {
        return open(folder, legacy, Migrations.bundled(), password);
    }

    static Database open(DataFolder folder, LegacyH2 legacy, Migrations migrations) {
        return open(folder, legacy, migrations, FilePassword.NONE);
    }

    /** True when the folder's database file is encrypted, so that it needs a password to open. */
    public static boolean isEncrypted(DataFolder folder) {
        return H2Files.isEncrypted(folder.databaseFile());
    }

    static Database open(DataFolder folder, LegacyH2 legacy, Migrations migrations, FilePassword password) {
        try {
            Files.createDirectories(folder.path());
        } catch (IOException e) {
            throw folder.unusable(e);
        }
        FolderLock lock = FolderLock.acquire(folder);
        List<AutoCloseable> closers = new ArrayList<>();
        closers.add(lock);
        try {
            H2Files.prepare(folder, legacy);
            H2Login login = Embedded.unlock(folder, password);
            if (Files.exists(folder.databaseFile()) && !H2Files.stampedAtMost(folder, migrations.latestVersion())) {
                refuseNewerReadOnly(login.readOnly(), migrations);
            }
            // Stamped with the target schema before migrating: a crash half-way then still tells an
            // older Cohort Desk, from the stamp alone, that this file is beyond it.
            H2Files.writeStamp(folder, migrations.latestVersion());
            long sizeAtOpen = Files.exists(folder.databaseFile()) ? Files.size(folder.databaseFile()) : 0;
            Embedded embedded = new Embedded(folder, login, sizeAtOpen);
            closers.add(0, embedded);
            Jdbi jdbi = Jdbis.configure(Jdbi.create(embedded.pool()));
            migrations.migrate(jdbi, () -> copyBeforeUpgrade(jdbi, folder, login));
            int version = jdbi.withHandle(Migrations::currentVersion);
            return new Database(jdbi, folder.path().toString(), closers, version, embedded);
        } catch (IOException e) {
            closeAll(closers, e);
            throw folder.unusable(e);
        } catch (RuntimeException e) {
            closeAll(closers, e);
            throw e;
        }
    }

    /** Opens a database by JDBC URL ({@code --db}); the same migrations run on it. */
    public static Database open(String jdbcUrl) {
        try (Connection probe = DriverManager.getConnection(jdbcUrl)) {
            probe.isValid(5);
        } catch (SQLException e) {
            throw new ProblemException(Problem.error("error.db.open_failed", redact(jdbcUrl), firstLine(e)), e);
        }
        Jdbi jdbi = Jdbis.configure(Jdbi.create(jdbcUrl));
        Migrations migrations = Migrations.bundled();
        migrations.migrate(jdbi, () -> LOG.info("upgrading the schema of " + redact(jdbcUrl) + "; back the server up first"));
        int version = jdbi.withHandle(Migrations::currentVersion);
        return new Database(jdbi, redact(jdbcUrl), new ArrayList<>(), version, null);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** The data folder or the (password-free) JDBC URL, for the status bar and messages. */
    public String description() {
        return description;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    /** True for the data folder's own H2 file, false for a server ({@code --db}). */
    public boolean embedded() {
        return embedded != null;
    }

    /** True when the embedded file is encrypted with a password. */
    public boolean encrypted() {
        return embedded != null && embedded.login().encrypted();
    }

    /**
     * The login to the embedded file as it is now (with its password), for whatever else must open
     * or copy it: backups, restores. Refused for a server.
     */
    public H2Login login() {
        return requireEmbedded().login();
    }

    /**
     * Encrypts the embedded file with {@code password}, gives it a new password, or (with
     * {@link FilePassword#NONE}) removes the encryption. The data is copied into a new file, checked
     * table by table, and swapped in; the old file is kept in {@code backups/} and its path returned.
     * Nothing is lost on a failure: the old file stays in use. Slow: never on the FX thread.
     */
    public Path changeEncryption(FilePassword password) {
        return FileEncryption.change(requireEmbedded(), jdbi, password);
    }

    /** True when {@code password} is the one the embedded file is encrypted with now. */
    public boolean isPassword(FilePassword password) {
        return encrypted() && embedded.login().password().equals(password);
    }

    private Embedded requireEmbedded() {
        if (embedded == null) {
            throw ProblemException.of("error.db.encryption_server");
        }
        return embedded;
    }

    @Override
    public void close() {
        RuntimeException failure = new RuntimeException("closing the database failed");
        closeAll(closers, failure);
        if (failure.getSuppressed().length > 0) {
            throw failure;
        }
    }

    private static void refuseNewerReadOnly(H2Login readOnly, Migrations migrations) {
        try (Connection c = readOnly.connect()) {
            Jdbi.create(c).useHandle(migrations::refuseNewer);
        } catch (SQLException e) {
            throw translateOpenFailure(e);
        }
    }

    static ProblemException translateOpenFailure(SQLException e) {
        if (e.getErrorCode() == 90020) {
            return new ProblemException(Problem.error("error.folder.in_use_other", firstLine(e)), e);
        }
        return new ProblemException(Problem.error("error.db.open_failed", "H2", firstLine(e)), e);
    }

    /** Saves the whole database as an SQL script (version-independent) before its schema is upgraded. */
    private static void copyBeforeUpgrade(Jdbi jdbi, DataFolder folder, H2Login login) {
        int from = jdbi.withHandle(Migrations::currentVersion);
        try {
            Files.createDirectories(folder.backups());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // An encrypted database's copy is encrypted with the same password (H2's DEFLATE+AES script).
        var target = folder.backups().resolve("before-schema-upgrade-v" + from + "-" + LocalDateTime.now().format(STAMP)
                + (login.encrypted() ? ".aes" : ".zip"));
        jdbi.useHandle(h -> h.execute("SCRIPT TO '" + H2Files.sqlPath(target) + "' " + login.scriptCompression()));
        LOG.info("saved a copy before upgrading schema v" + from + ": " + target);
    }

    private static void closeAll(List<AutoCloseable> closers, Exception collector) {
        for (AutoCloseable c : closers) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "closing " + c, e);
                collector.addSuppressed(e);
            }
        }
    }

    static String firstLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }

    /** A JDBC URL without its password, fit for messages and logs. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}

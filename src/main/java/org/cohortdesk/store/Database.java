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
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.ProblemException;
import org.jdbi.v3.core.ConnectionException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * The open database: an H2 file in the data folder (the default) or any JDBC URL (PostgreSQL for
 * shared offices). Opening takes the folder lock, carries an old H2 file format across, refuses a
 * schema newer than this build, saves a copy before upgrading an older schema, and migrates.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    private static final int POOL_SIZE = 4;
    /** The advisory lock taken while migrating a server ("Cohort Desk" in ASCII, as a number). */
    private static final long MIGRATION_LOCK = 0x436f686f72744465L;
    private static final long IDLE_MILLIS = 120_000;
    private static final long CONNECT_MILLIS = 10_000;
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

    /** Saves a copy of the database (through its {@link H2Login}) before its schema is upgraded from {@code fromVersion}. */
    @FunctionalInterface
    public interface UpgradeCopy {
        void save(Jdbi jdbi, H2Login login, int fromVersion) throws IOException;
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
        return open(folder, legacy, password, (jdbi, login, from) -> copyBeforeUpgrade(jdbi, folder, login, from));
    }

    /** As {@link #open(DataFolder, LegacyH2, FilePassword)}, saving the copy before a schema upgrade with {@code beforeUpgrade}. */
    public static Database open(DataFolder folder, LegacyH2 legacy, FilePassword password, UpgradeCopy beforeUpgrade) {
        return open(folder, legacy, Migrations.bundled(), password, beforeUpgrade);
    }

    static Database open(DataFolder folder, LegacyH2 legacy, Migrations migrations) {
        return open(folder, legacy, migrations, FilePassword.NONE, (jdbi, login, from) -> copyBeforeUpgrade(jdbi, folder, login, from));
    }

    /** True when the folder's database file is encrypted, so that it needs a password to open. */
    public static boolean isEncrypted(DataFolder folder) {
        return H2Files.isEncrypted(folder.databaseFile());
    }

    /** True when an H2 database file (such as one kept in the backups folder) is encrypted. One small read. */
    public static boolean isEncryptedFile(Path file) {
        return H2Files.isEncrypted(file);
    }

    /**
     * Replaces the folder's database with the one an H2 SQL script describes (a backup), keeping the
     * replaced file in {@code backups/}: staged beside, then swapped in at once under the folder
     * lock (see {@link PendingRestore}). Refused while another Cohort Desk has the folder open.
     */
    public static void restore(DataFolder folder, Path script, H2Login login) {
        try (FolderLock lock = FolderLock.acquire(folder)) {
            PendingRestore.stage(folder, script, login);
            PendingRestore.applyIfPending(folder);
        } catch (IOException e) {
            throw folder.unusable(e);
        }
    }

    private static Database open(DataFolder folder, LegacyH2 legacy, Migrations migrations, FilePassword password, UpgradeCopy beforeUpgrade) {
        try {
            Files.createDirectories(folder.path());
        } catch (IOException e) {
            throw folder.unusable(e);
        }
        FolderLock lock = FolderLock.acquire(folder);
        List<AutoCloseable> closers = new ArrayList<>();
        closers.add(lock);
        try {
            PendingRestore.applyIfPending(folder);
            H2Files.prepare(folder, legacy);
            H2Login login = Embedded.unlock(folder, password);
            if (Files.exists(folder.databaseFile())
                    && (!H2Files.stampedAtMost(folder, migrations.latestVersion()) || !H2Files.closedCleanly(folder))) {
                probeReadOnly(folder, login, migrations);
            }
            // Stamped with the target schema before migrating: a crash half-way then still tells an
            // older Cohort Desk, from the stamp alone, that this file is beyond it.
            H2Files.writeStamp(folder, migrations.latestVersion());
            long sizeAtOpen = Files.exists(folder.databaseFile()) ? Files.size(folder.databaseFile()) : 0;
            Embedded embedded = new Embedded(folder, login, sizeAtOpen);
            closers.add(0, embedded);
            Jdbi jdbi = Jdbis.configure(Jdbi.create(embedded.pool()));
            int version = migrateOrExplain(jdbi, login, migrations, beforeUpgrade, folder);
            return new Database(jdbi, folder.path().toString(), closers, version, embedded);
        } catch (IOException e) {
            closeAll(closers, e);
            throw folder.unusable(e);
        } catch (RuntimeException e) {
            closeAll(closers, e);
            throw e;
        }
    }

    /**
     * Opens a database server by JDBC URL ({@code --db} or the setting); the same migrations run on
     * it. Nothing of the data folder's H2 file applies (folder lock, file format, copy before an
     * upgrade, compaction): the server guards itself, and backing it up is its administrator's job.
     * The password comes from the URL, else the variable {@code PGPASSWORD}, else the driver's
     * password file ({@code ~/.pgpass}, {@code %APPDATA%\postgresql\pgpass.conf}).
     * Connections are pooled (a few, dropped when idle, checked before use after a server restart).
     */
    public static Database open(String jdbcUrl) {
        Properties credentials = credentials(jdbcUrl, System.getenv("PGPASSWORD"));
        try (Connection probe = DriverManager.getConnection(jdbcUrl, credentials)) {
            probe.isValid(5);
        } catch (SQLException e) {
            throw new ProblemException(Problem.error("error.db.open_failed", redact(jdbcUrl), firstLine(e)), e);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setDataSourceProperties(credentials);
        config.setPoolName("cohortdesk");
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        config.setIdleTimeout(IDLE_MILLIS);
        config.setConnectionTimeout(CONNECT_MILLIS);
        HikariDataSource pool = new HikariDataSource(config);
        List<AutoCloseable> closers = new ArrayList<>(List.of(pool));
        try {
            Jdbi jdbi = Jdbis.configure(Jdbi.create(pool));
            Migrations migrations = Migrations.bundled();
            oneAtATime(jdbi, jdbcUrl, () -> migrations.migrate(jdbi,
                    () -> LOG.info("upgrading the schema of " + redact(jdbcUrl) + "; back the server up first")));
            int version = jdbi.withHandle(Migrations::currentVersion);
            return new Database(jdbi, redact(jdbcUrl), closers, version, null);
        } catch (RuntimeException e) {
            closeAll(closers, e);
            throw e;
        }
    }

    /**
     * Runs the migrations holding a PostgreSQL advisory lock (a session lock on a connection of its
     * own), so desktops started at the same moment after an upgrade migrate one after another: the
     * later ones then find nothing left to do. Other servers: just runs them.
     */
    private static void oneAtATime(Jdbi jdbi, String jdbcUrl, Runnable migrate) {
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            migrate.run();
            return;
        }
        jdbi.useHandle(h -> {
            h.createQuery("SELECT pg_advisory_lock(:key)").bind("key", MIGRATION_LOCK).mapToMap().one();
            try {
                migrate.run();
            } finally {
                h.createQuery("SELECT pg_advisory_unlock(:key)").bind("key", MIGRATION_LOCK).mapToMap().one();
            }
        });
    }

    /** The password for the driver when the URL has none and {@code PGPASSWORD} is set; empty otherwise. */
    static Properties credentials(String jdbcUrl, String pgPassword) {
        Properties p = new Properties();
        if (pgPassword != null && !pgPassword.isEmpty() && !jdbcUrl.toLowerCase(Locale.ROOT).contains("password=")) {
            p.setProperty("password", pgPassword);
        }
        return p;
    }

    /**
     * Migrates and reads the schema version: the first use of the file. A file H2 cannot read (cut
     * short, overwritten) is one clear problem naming it and the backups folder; DatabaseTest checks
     * that such a file is left byte for byte as it was.
     */
    private static int migrateOrExplain(Jdbi jdbi, H2Login login, Migrations migrations, UpgradeCopy beforeUpgrade, DataFolder folder) {
        try {
            migrations.migrate(jdbi, () -> {
                int from = jdbi.withHandle(Migrations::currentVersion);
                try {
                    beforeUpgrade.save(jdbi, login, from);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return jdbi.withHandle(Migrations::currentVersion);
        } catch (ConnectionException e) {
            SQLException cause = e.getCause() instanceof SQLException sql ? sql : null;
            if (cause != null && cause.getErrorCode() == 90020) {
                throw translateOpenFailure(cause);
            }
            throw new ProblemException(Problem.error("error.db.damaged", folder.databaseFile(), folder.backups(),
                    cause == null ? firstLine(e) : firstLine(cause)), e);
        }
    }

    /**
     * Writes the whole database as an H2 SQL script (plain text, readable by any H2 version) to
     * {@code file}, from one consistent snapshot: the script runs in a repeatable-read transaction,
     * so edits committed meanwhile are either wholly in it or not at all. The script of an encrypted
     * database ({@code login}) is encrypted with its password, so no backup holds the data in clear.
     */
    public static void script(Jdbi jdbi, H2Login login, Path file) {
        String cipher = login.encrypted() ? " " + login.scriptCompression() : "";
        jdbi.useTransaction(TransactionIsolationLevel.REPEATABLE_READ,
                h -> h.execute("SCRIPT TO '" + H2Files.sqlPath(file) + "'" + cipher));
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

    /**
     * A look at the file without writing to it, when the stamp does not vouch for it (another
     * version wrote it, or it changed since this version closed it: a crash, a copy, damage).
     * Refuses a newer schema, and a damaged file: H2 opens some damaged files (chunks overwritten)
     * as an empty database instead of failing, and opening those for writing would build a new
     * schema over the user's file. A file that shows no table at all is refused as damaged.
     */
    private static void probeReadOnly(DataFolder folder, H2Login login, Migrations migrations) {
        try (Connection c = login.readOnly().connect()) {
            int tables = Jdbi.create(c).withHandle(h -> {
                migrations.refuseNewer(h);
                return h.createQuery("SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_schema) = 'public'")
                        .mapTo(Integer.class).one();
            });
            if (tables == 0) {
                throw ProblemException.of("error.db.damaged", folder.databaseFile(), folder.backups(), "no tables found");
            }
        } catch (SQLException e) {
            if (e.getErrorCode() == 90020) {
                throw translateOpenFailure(e);
            }
            throw new ProblemException(Problem.error("error.db.damaged", folder.databaseFile(), folder.backups(), firstLine(e)), e);
        }
    }

    static ProblemException translateOpenFailure(SQLException e) {
        if (e.getErrorCode() == 90020) {
            return new ProblemException(Problem.error("error.folder.in_use_other", firstLine(e)), e);
        }
        return new ProblemException(Problem.error("error.db.open_failed", "H2", firstLine(e)), e);
    }

    /** Saves the whole database as an SQL script (version-independent) before its schema is upgraded. */
    private static void copyBeforeUpgrade(Jdbi jdbi, DataFolder folder, H2Login login, int from) {
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
    public static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}

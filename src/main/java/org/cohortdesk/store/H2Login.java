package org.cohortdesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The one place that says how to log in to a data folder's H2 file: its URL (PostgreSQL
 * compatibility, commits on disk before they are reported, {@code CIPHER=AES} when encrypted) and
 * its credentials (H2 wants {@code "filePassword userPassword"} for an encrypted file). Every path
 * that opens the file (the pool, the read-only look, shutdown and compaction, the copy before an
 * upgrade, the carry-across, backups and restores) goes through it, so none forgets the password.
 */
public final class H2Login {
    static final String USER = "sa";
    private static final String SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";

    private final Path base;
    private final FilePassword password;
    private final boolean readOnly;

    private H2Login(Path base, FilePassword password, boolean readOnly) {
        this.base = base;
        this.password = password;
        this.readOnly = readOnly;
    }

    /** The login to the folder's database file, encrypted with {@code password} unless it is {@link FilePassword#NONE}. */
    public static H2Login of(DataFolder folder, FilePassword password) {
        return new H2Login(folder.databaseBase(), password, false);
    }

    /** The same login to another file (without {@code .mv.db}), e.g. a new file being written. */
    H2Login at(Path otherBase) {
        return new H2Login(otherBase, password, readOnly);
    }

    /** The same login, reading only: nothing is written to the file. */
    public H2Login readOnly() {
        return new H2Login(base, password, true);
    }

    public boolean encrypted() {
        return !password.isNone();
    }

    FilePassword password() {
        return password;
    }

    /** The JDBC URL; it never holds the password. */
    public String url() {
        return "jdbc:h2:file:" + base + SETTINGS + (encrypted() ? ";CIPHER=AES" : "") + (readOnly ? ";ACCESS_MODE_DATA=r" : "");
    }

    String credentials() {
        return encrypted() ? password.value() + " " : "";
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, credentials());
    }

    JdbcConnectionPool pool() {
        return JdbcConnectionPool.create(url(), USER, credentials());
    }

    /**
     * The clause that encrypts an H2 {@code SCRIPT} file (and that {@code RUNSCRIPT} needs to read it)
     * with this login's password; empty for a plain database. H2 encrypts only its own compression
     * (DEFLATE), not ZIP.
     */
    String scriptCompression() {
        return encrypted() ? "COMPRESSION DEFLATE CIPHER AES PASSWORD '" + password.value().replace("'", "''") + "'" : "COMPRESSION ZIP";
    }

    @Override
    public String toString() {
        return url();
    }
}

package org.cohortdesk.store;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.ProblemException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The data folder's open H2 file: its login and its connection pool. The pool can be swapped for
 * one over another login (after the file was encrypted or decrypted) while Jdbi and the services
 * over it stay as they are.
 */
final class Embedded implements DataSource, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Embedded.class.getName());
    private static final long COMPACT_ABOVE_BYTES = 32L << 20;

    private final DataFolder folder;
    private final long sizeAtOpen;
    private volatile H2Login login;
    private volatile JdbcConnectionPool pool;

    Embedded(DataFolder folder, H2Login login, long sizeAtOpen) {
        this.folder = folder;
        this.login = login;
        this.sizeAtOpen = sizeAtOpen;
        this.pool = login.pool();
    }

    /**
     * The login that opens the folder's file: none needed for a plain file; for an encrypted one the
     * password is tried read-only first, so that a wrong one is refused without a byte written.
     */
    static H2Login unlock(DataFolder folder, FilePassword password) {
        if (!H2Files.isEncrypted(folder.databaseFile())) {
            return H2Login.of(folder, FilePassword.NONE);
        }
        if (password.isNone()) {
            throw ProblemException.of("error.db.password_needed", folder.path());
        }
        H2Login login = H2Login.of(folder, password);
        try (Connection probe = login.readOnly().connect()) {
            probe.isValid(5);
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1 || e.getErrorCode() == ErrorCode.WRONG_PASSWORD_FORMAT) {
                throw new ProblemException(Problem.error("error.db.password_wrong", folder.path()), e);
            }
            throw Database.translateOpenFailure(e);
        }
        return login;
    }

    DataFolder folder() {
        return folder;
    }

    H2Login login() {
        return login;
    }

    DataSource pool() {
        return this;
    }

    /**
     * Closes the file through {@code statement} (of the connection that holds it exclusive) so that
     * it can be replaced; {@link #reopen} opens it again.
     */
    void closeFile(Statement statement) throws SQLException {
        pool.dispose();
        statement.execute("SHUTDOWN");
    }

    /** Opens the folder's file again with {@code next} and sends every new connection there. */
    void reopen(H2Login next) {
        this.login = next;
        this.pool = next.pool();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the embedded database has one login");
    }

    /**
     * Closes the H2 database through a connection of its own (closing a pooled connection after
     * SHUTDOWN leaves a stack trace in H2's trace file). A file that grew to over twice its size
     * since it was opened (a bulk load, an import: H2 keeps the undo log of a large transaction in
     * the file) is compacted on the way out.
     */
    @Override
    public void close() throws SQLException, IOException {
        shutdown(true);
    }

    private void shutdown(boolean compactIfGrown) throws SQLException, IOException {
        try (Connection last = login.connect();
                Statement statement = last.createStatement()) {
            pool.dispose();
            long size = Files.size(folder.databaseFile());
            boolean compact = compactIfGrown && size > COMPACT_ABOVE_BYTES && size > 2 * sizeAtOpen;
            statement.execute(compact ? "SHUTDOWN COMPACT" : "SHUTDOWN");
            H2Files.markClosed(folder);
            if (compact) {
                LOG.info("compacted " + folder.databaseFile() + " from " + size + " to " + Files.size(folder.databaseFile()) + " bytes");
            }
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // H2's pool logs through its own trace; nothing to set
    }

    @Override
    public void setLoginTimeout(int seconds) {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() {
        return LOG;
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}

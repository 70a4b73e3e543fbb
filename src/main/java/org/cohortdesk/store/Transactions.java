package org.cohortdesk.store;

import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.ProblemException;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.HandleConsumer;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Runs a unit of work in one transaction and turns a database constraint violation into a
 * {@link ProblemException} naming the rule that was broken ({@code error.constraint.<name>}), so
 * the user reads "another cohort already has the code LAO-2025-03" and not an SQL state.
 */
public final class Transactions {
    /** SQL states of integrity violations, H2's and PostgreSQL's. */
    private static final Set<String> INTEGRITY_STATES = Set.of("23502", "23503", "23505", "23506", "23513", "23514");
    /** SQL states of a transaction the server gave up because another one ran at the same time (deadlock, serialization). */
    private static final Set<String> CONCURRENCY_STATES = Set.of("40001", "40P01");
    private static final Pattern CONSTRAINT = Pattern.compile("\\b((?:uq|fk|ck|pk)_[a-z0-9_]+?)(?=[^a-z0-9_]|_index|$)");

    private Transactions() {}

    public static <R> R inTransaction(Jdbi jdbi, HandleCallback<R, RuntimeException> work) {
        try {
            return jdbi.inTransaction(work);
        } catch (JdbiException e) {
            throw translate(e);
        }
    }

    public static void useTransaction(Jdbi jdbi, HandleConsumer<RuntimeException> work) {
        inTransaction(jdbi, h -> {
            work.useHandle(h);
            return null;
        });
    }

    /**
     * A constraint violation becomes a problem for the user, and so does a transaction a server
     * undid because another desktop saved the same rows at the same moment; anything else is
     * returned as it was.
     */
    static RuntimeException translate(JdbiException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && INTEGRITY_STATES.contains(sql.getSQLState())) {
                String message = sql.getMessage() == null ? "" : sql.getMessage().toLowerCase(Locale.ROOT);
                Matcher m = CONSTRAINT.matcher(message);
                String key = m.find() ? "error.constraint." + m.group(1) : "error.constraint.other";
                return new ProblemException(Problem.error(key, Database.firstLine(sql)), e);
            }
            if (t instanceof SQLException sql && CONCURRENCY_STATES.contains(sql.getSQLState())) {
                return new ProblemException(Problem.error("error.db.concurrent"), e);
            }
        }
        return e;
    }
}

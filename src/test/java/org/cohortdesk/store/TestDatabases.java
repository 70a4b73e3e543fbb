package org.cohortdesk.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;

/**
 * The database a storage test runs on: the embedded H2 file in {@code dir} (the default), or, when
 * the system property {@code cohortdesk.test.database} is {@code postgresql} (the surefire
 * execution {@code postgresql} in pom.xml sets it), a fresh schema of the PostgreSQL server named by
 * {@code COHORTDESK_TEST_PG} (variable or system property), e.g.
 * {@code jdbc:postgresql://127.0.0.1:5445/cohortdesk_test?user=postgres}.
 *
 * <p>The schema is named after {@code dir}, so opening the same folder twice reaches the same data,
 * and is dropped when the test JVM ends. Without a server the PostgreSQL run is skipped with the
 * reason, except on CI ({@code CI=true}), where it fails: CI must not go green without it.
 */
public final class TestDatabases {
    public static final String BACKEND = "cohortdesk.test.database";
    public static final String SERVER = "COHORTDESK_TEST_PG";

    private static final Set<String> CREATED = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropCreated, "drop test schemas"));
    }

    private TestDatabases() {}

    /** Whether this run puts the storage tests on PostgreSQL. */
    public static boolean onPostgres() {
        return "postgresql".equalsIgnoreCase(System.getProperty(BACKEND, "h2"));
    }

    /** Opens the database of a test: H2 in {@code dir}, or the PostgreSQL schema of {@code dir}. */
    public static Database open(Path dir) {
        if (!onPostgres()) {
            return Database.open(new DataFolder(dir), LegacyH2.none());
        }
        return Database.open(schemaUrl(dir));
    }

    /**
     * The JDBC URL of the (created if needed) PostgreSQL schema for {@code dir}. Skips the test
     * when no server is named, fails when on CI.
     */
    public static String schemaUrl(Path dir) {
        String server = server();
        String schema = "t_" + UUID.nameUUIDFromBytes(dir.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8))
                .toString().replace("-", "");
        if (CREATED.add(schema)) {
            execute(server, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            execute(server, "CREATE SCHEMA " + schema);
        }
        return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    /** The server's URL, or the test is skipped (locally) or failed (on CI) for the want of one. */
    public static String server() {
        String server = System.getProperty(SERVER, System.getenv(SERVER));
        if (server == null || server.isBlank()) {
            String reason = "no PostgreSQL server for the storage tests: set " + SERVER
                    + "=jdbc:postgresql://127.0.0.1:PORT/DB?user=NAME (.ci/run starts one)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(reason);
            }
            Assumptions.abort(reason);
        }
        return server;
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " on " + Database.redact(url) + ": " + e.getMessage(), e);
        }
    }

    private static void dropCreated() {
        String server = System.getProperty(SERVER, System.getenv(SERVER));
        for (String schema : CREATED) {
            try {
                execute(server, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            } catch (IllegalStateException e) {
                System.err.println("could not drop test schema " + schema + ": " + e.getMessage());
            }
        }
    }
}

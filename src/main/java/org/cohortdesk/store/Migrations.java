package org.cohortdesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cohortdesk.model.ProblemException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The schema migrations: {@code db/migration/V<n>__<description>.sql}, numbered from 1 without
 * gaps, applied in order, each in its own transaction, and recorded with a checksum in
 * {@code schema_history}. See docs/decisions/0001-migrations.md for why this is not Flyway.
 */
public final class Migrations {
    static final String LOCATION = "/org/cohortdesk/db/migration/";
    private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");

    /** One migration script. */
    public record Script(int version, String description, String sql, String checksum) {}

    private final List<Script> scripts;

    private Migrations(List<Script> scripts) {
        this.scripts = List.copyOf(scripts);
    }

    /** The migrations shipped with this build, read from the class path. */
    public static Migrations bundled() {
        return new Migrations(load(LOCATION));
    }

    static Migrations of(List<Script> scripts) {
        return new Migrations(scripts);
    }

    public int latestVersion() {
        return scripts.isEmpty() ? 0 : scripts.get(scripts.size() - 1).version();
    }

    public List<Script> scripts() {
        return scripts;
    }

    /** The schema version recorded in the database, 0 for an empty database. */
    public static int currentVersion(Handle handle) {
        if (!historyExists(handle)) {
            return 0;
        }
        return handle.createQuery("SELECT COALESCE(MAX(version), 0) FROM schema_history").mapTo(Integer.class).one();
    }

    /** Refuses a database whose schema is newer than this build knows. Reads only. */
    public void refuseNewer(Handle handle) {
        int current = currentVersion(handle);
        if (current > latestVersion()) {
            throw ProblemException.of("error.schema.newer", current, latestVersion());
        }
    }

    /**
     * Brings the schema up to date. {@code beforeUpgrade} runs first when an existing schema (not
     * an empty database) is about to change, so a copy can be saved. Returns the versions applied.
     */
    public List<Integer> migrate(Jdbi jdbi, Runnable beforeUpgrade) {
        int current = jdbi.withHandle(h -> {
            refuseNewer(h);
            verifyChecksums(h);
            return currentVersion(h);
        });
        List<Script> pending = scripts.stream().filter(s -> s.version() > current).toList();
        if (pending.isEmpty()) {
            return List.of();
        }
        if (current > 0) {
            beforeUpgrade.run();
        }
        List<Integer> applied = new ArrayList<>();
        for (Script script : pending) {
            jdbi.useTransaction(h -> {
                if (!historyExists(h)) {
                    h.execute("CREATE TABLE schema_history (version INTEGER NOT NULL, description VARCHAR(200) NOT NULL,"
                            + " checksum VARCHAR(64) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL,"
                            + " CONSTRAINT pk_schema_history PRIMARY KEY (version))");
                }
                for (String statement : statements(script.sql())) {
                    h.execute(statement);
                }
                h.createUpdate("INSERT INTO schema_history (version, description, checksum, applied_at)"
                                + " VALUES (:v, :d, :c, :t)")
                        .bind("v", script.version())
                        .bind("d", script.description())
                        .bind("c", script.checksum())
                        .bind("t", Instant.now())
                        .execute();
            });
            applied.add(script.version());
        }
        return applied;
    }

    /** A released migration must never change: refuse to run on a database built from another text of it. */
    private void verifyChecksums(Handle handle) {
        if (!historyExists(handle)) {
            return;
        }
        for (var row : handle.createQuery("SELECT version, checksum FROM schema_history").mapToMap().list()) {
            int version = ((Number) row.get("version")).intValue();
            String checksum = (String) row.get("checksum");
            scripts.stream()
                    .filter(s -> s.version() == version && !s.checksum().equals(checksum))
                    .findFirst()
                    .ifPresent(s -> {
                        throw ProblemException.of("error.schema.checksum", version);
                    });
        }
    }

    /** Looks in the connection's own schema only: a server may hold other schemas (another office, the tests) with their own history. */
    private static boolean historyExists(Handle handle) {
        return handle.createQuery("SELECT COUNT(*) FROM information_schema.tables"
                        + " WHERE LOWER(table_name) = 'schema_history' AND table_schema = CURRENT_SCHEMA")
                        .mapTo(Integer.class)
                        .one()
                > 0;
    }

    /** Splits a script into statements: a statement ends with a semicolon at the end of a line; {@code --} comments are dropped. */
    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                out.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    /** Reads {@code index.txt} (one script name a line) and the scripts it names; versions must run 1, 2, 3, ... */
    private static List<Script> load(String location) {
        List<Script> found = new ArrayList<>();
        try (InputStream list = Migrations.class.getResourceAsStream(location + "index.txt")) {
            if (list == null) {
                throw new IllegalStateException("missing " + location + "index.txt");
            }
            for (String line : new String(list.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String name = line.strip();
                if (name.isEmpty()) {
                    continue;
                }
                Matcher m = NAME.matcher(name);
                if (!m.matches() || Integer.parseInt(m.group(1)) != found.size() + 1) {
                    throw new IllegalStateException("migration out of order or misnamed: " + name);
                }
                found.add(read(location + name, found.size() + 1, m.group(2).replace('_', ' ')));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static Script read(String resource, int version, String description) throws IOException {
        try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + resource);
            }
            byte[] bytes = in.readAllBytes();
            return new Script(version, description, new String(bytes, StandardCharsets.UTF_8), sha256(bytes));
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

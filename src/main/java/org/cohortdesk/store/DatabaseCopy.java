package org.cohortdesk.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.ProblemException;
import org.jdbi.v3.core.Handle;

/**
 * Copies every row of one database into another one that is empty and at the same schema version:
 * a data folder's own database onto an office's new PostgreSQL server (docs/shared-server.md).
 * The tables are found in the source's catalogue (so a table added by a later migration is copied
 * without a change here) and filled parents first; a column that refers to its own table (an
 * agreement's parent) is filled in a second pass. All of it is one transaction on the target, and
 * the rows of every table are counted on both sides before it commits: a copy is whole or nothing.
 */
public final class DatabaseCopy {
    /** Rows sent to the server in one batch. */
    private static final int BATCH = 1_000;
    /** The migrations' own record: the target's migrations have written it. */
    private static final String HISTORY = "schema_history";

    private DatabaseCopy() {}

    /** A table copied and its rows. */
    public record Copied(String table, long rows) {}

    /** The rows of all the tables copied. */
    public static long rows(List<Copied> copied) {
        return copied.stream().mapToLong(Copied::rows).sum();
    }

    /**
     * Copies {@code from} into {@code to}; {@code progress} hears of each table once copied.
     * Refuses, changing nothing, when the versions differ or the target holds any row.
     */
    public static List<Copied> copy(Database from, Database to, Consumer<Copied> progress) {
        if (from.schemaVersion() != to.schemaVersion()) {
            throw new ProblemException(Problem.error("error.copy.versions", from.description(), from.schemaVersion(), to.description(),
                    to.schemaVersion()));
        }
        try {
            return copyAll(from, to, progress);
        } catch (SQLException e) {
            throw new ProblemException(Problem.error("error.copy.failed", from.description(), to.description(), e.getMessage()), e);
        }
    }

    private static List<Copied> copyAll(Database from, Database to, Consumer<Copied> progress) throws SQLException {
        return from.jdbi().withHandle(source -> to.jdbi().inTransaction(target -> {
            List<Table> tables = parentsFirst(tables(source.getConnection()));
            for (Table table : tables) {
                long there = count(target, table.name());
                if (there > 0) {
                    throw new ProblemException(Problem.error("error.copy.not_empty", to.description(), table.name(), there));
                }
            }
            List<Copied> copied = new ArrayList<>();
            for (Table table : tables) {
                long rows = copyTable(source.getConnection(), target.getConnection(), table.name(), table.selfReferences());
                long counted = count(target, table.name());
                if (counted != rows || count(source, table.name()) != rows) {
                    throw new IllegalStateException("copying " + table.name() + ": " + rows + " rows read, " + counted + " found on the target");
                }
                Copied done = new Copied(table.name(), rows);
                copied.add(done);
                progress.accept(done);
            }
            return copied;
        }));
    }

    /**
     * A table with the tables its foreign keys point at, and its columns that refer to the table
     * itself (by the column they refer to).
     */
    private record Table(String name, Set<String> parents, Map<String, String> selfReferences) {}

    /** Every table of the current schema but the migrations' record, read from the catalogue. */
    private static List<Table> tables(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        Set<String> names = new TreeSet<>();
        try (ResultSet tables = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        names.remove(HISTORY);
        List<Table> tables = new ArrayList<>();
        for (String name : names) {
            Set<String> parents = new TreeSet<>();
            Map<String, String> self = new LinkedHashMap<>();
            try (ResultSet keys = meta.getImportedKeys(c.getCatalog(), c.getSchema(), name)) {
                while (keys.next()) {
                    String parent = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (parent.equals(name)) {
                        self.put(keys.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT), keys.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT));
                    } else {
                        parents.add(parent);
                    }
                }
            }
            tables.add(new Table(name, parents, self));
        }
        return tables;
    }

    private static List<Table> parentsFirst(List<Table> tables) {
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (ordered.size() < tables.size()) {
            int before = ordered.size();
            for (Table table : tables) {
                if (!placed.contains(table.name()) && placed.containsAll(table.parents())) {
                    ordered.add(table);
                    placed.add(table.name());
                }
            }
            if (ordered.size() == before) {
                throw new IllegalStateException("foreign keys in a cycle among " + tables.stream().map(Table::name).toList());
            }
        }
        return ordered;
    }

    /** Copies one table's rows, with its columns referring to itself left empty, then filled in. */
    private static long copyTable(Connection source, Connection target, String table, Map<String, String> selfReferences)
            throws SQLException {
        long rows = 0;
        List<Object[]> later = new ArrayList<>();
        try (PreparedStatement read = source.prepareStatement("SELECT * FROM " + table)) {
            read.setFetchSize(BATCH);
            try (ResultSet rs = read.executeQuery()) {
                int width = rs.getMetaData().getColumnCount();
                List<String> columns = new ArrayList<>();
                for (int i = 1; i <= width; i++) {
                    columns.add(rs.getMetaData().getColumnName(i).toLowerCase(Locale.ROOT));
                }
                String insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                        + String.join(", ", Collections.nCopies(width, "?")) + ")";
                try (PreparedStatement write = target.prepareStatement(insert)) {
                    while (rs.next()) {
                        for (int i = 1; i <= width; i++) {
                            Object value = rs.getObject(i);
                            String referred = selfReferences.get(columns.get(i - 1));
                            if (referred != null && value != null) {
                                later.add(new Object[] {columns.get(i - 1), value, referred, rs.getObject(columns.indexOf(referred) + 1)});
                                value = null;
                            }
                            write.setObject(i, value);
                        }
                        write.addBatch();
                        if (++rows % BATCH == 0) {
                            write.executeBatch();
                        }
                    }
                    write.executeBatch();
                }
            }
        }
        for (Object[] link : later) {
            try (PreparedStatement update = target.prepareStatement("UPDATE " + table + " SET " + link[0] + " = ? WHERE " + link[2] + " = ?")) {
                update.setObject(1, link[1]);
                update.setObject(2, link[3]);
                update.executeUpdate();
            }
        }
        return rows;
    }

    private static long count(Handle handle, String table) {
        return handle.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one();
    }
}

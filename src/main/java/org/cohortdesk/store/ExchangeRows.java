package org.cohortdesk.store;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.cohortdesk.model.Phrase;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.ProblemException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Rows of any table as text, for exchange packages: each value in one canonical text form (UUID,
 * ISO date, ISO date-time, an instant in UTC, a number, true/false, the text itself; null stays
 * null), read and written back with the column's own type, so the same code serves H2 and
 * PostgreSQL and every table a package carries. Only the tables named in {@link #TABLES} are read.
 */
public final class ExchangeRows {
    /** The tables a package may carry, in an order where every reference points backwards. */
    public static final List<String> TABLES = List.of("partners", "agreements", "courses", "course_modules", "cohorts", "people",
            "enrollments", "sessions", "study_visits", "resources", "session_resources", "attendance");

    /** A row: column name to canonical text (null for SQL NULL), in the table's column order. */
    public static final class Row extends LinkedHashMap<String, String> {
        private static final long serialVersionUID = 1L;

        public Row() {}

        public Row(Map<String, String> values) {
            super(values);
        }

        public UUID id() {
            return UUID.fromString(get("id"));
        }
    }

    enum Kind { UUID, DATE, TIMESTAMP, INSTANT, INTEGER, BOOLEAN, TEXT }

    private final Handle handle;
    private final Map<String, Map<String, Kind>> columns = new LinkedHashMap<>();

    public ExchangeRows(Handle handle) {
        this.handle = handle;
    }

    /** The table's columns in their order. */
    public List<String> columns(String table) {
        return List.copyOf(kinds(table).keySet());
    }

    /** The rows of {@code table} matching {@code where} (SQL with named parameters bound from {@code params}), ordered by {@code orderBy}. */
    public List<Row> select(String table, String where, Map<String, ?> params, String orderBy) {
        Map<String, Kind> kinds = kinds(table);
        var query = handle.createQuery("SELECT * FROM " + table + " WHERE " + where + " ORDER BY " + orderBy);
        params.forEach(query::bind);
        return query.map((rs, ctx) -> read(rs, kinds)).list();
    }

    /** The row with this id, if any. */
    public Optional<Row> find(String table, UUID id) {
        return select(table, "id = :id", Map.of("id", id), "id").stream().findFirst();
    }

    /** The rows with these ids, by id (read in chunks). */
    public Map<UUID, Row> findAll(String table, List<UUID> ids) {
        Map<String, Kind> kinds = kinds(table);
        Map<UUID, Row> found = new java.util.HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            handle.createQuery("SELECT * FROM " + table + " WHERE id IN (<ids>)")
                    .bindList("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
                    .map((rs, ctx) -> read(rs, kinds))
                    .forEach(r -> found.put(r.id(), r));
        }
        return found;
    }

    /** The row whose columns hold these values (a natural key such as a cohort's code), if any. */
    public Optional<Row> findBy(String table, Map<String, String> key) {
        Map<String, Kind> kinds = kinds(table);
        String where = key.keySet().stream().map(c -> c + " = :" + c).collect(Collectors.joining(" AND "));
        var query = handle.createQuery("SELECT * FROM " + table + " WHERE " + where);
        key.forEach((column, value) -> bind(query, column, kinds.get(column), value));
        return query.map((rs, ctx) -> read(rs, kinds)).findFirst();
    }

    /** Inserts a row as given (every column the row names). */
    public void insert(String table, Row row) {
        Map<String, Kind> kinds = kinds(table);
        String names = String.join(", ", row.keySet());
        String params = row.keySet().stream().map(c -> ":" + c).collect(Collectors.joining(", "));
        var update = handle.createUpdate("INSERT INTO " + table + " (" + names + ") VALUES (" + params + ")");
        row.forEach((column, value) -> bind(update, column, kinds.get(column), value));
        execute(update, table, row);
    }

    /**
     * Sets the given columns of the row with this id, raises its version by one and stamps
     * {@code updated_at}; returns whether a row was changed.
     */
    public boolean update(String table, UUID id, Map<String, String> values, Instant now) {
        Map<String, Kind> kinds = kinds(table);
        List<String> sets = new ArrayList<>();
        values.keySet().forEach(c -> sets.add(c + " = :" + c));
        sets.add("updated_at = :updated_at_now");
        sets.add("version = version + 1");
        var update = handle.createUpdate("UPDATE " + table + " SET " + String.join(", ", sets) + " WHERE id = :row_id");
        values.forEach((column, value) -> bind(update, column, kinds.get(column), value));
        update.bind("updated_at_now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        update.bind("row_id", id);
        Row row = new Row(values);
        row.put("id", id.toString());
        return execute(update, table, row) == 1;
    }

    /** The columns of the row that this database does not have. */
    public List<String> unknownColumns(String table, Set<String> names) {
        Map<String, Kind> kinds = kinds(table);
        return names.stream().filter(n -> !kinds.containsKey(n)).sorted().toList();
    }

    private int execute(org.jdbi.v3.core.statement.Update update, String table, Row row) {
        try {
            return update.execute();
        } catch (JdbiException e) {
            RuntimeException translated = Transactions.translate(e);
            if (translated instanceof ProblemException p) {
                throw new ProblemException(Problem.error("exchange.import.row_refused", table, row.get("id"),
                        Phrase.of(p.problem().key(), p.problem().args().toArray())), e);
            }
            throw translated;
        }
    }

    private Map<String, Kind> kinds(String table) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException("not an exchanged table: " + table);
        }
        return columns.computeIfAbsent(table, t -> handle.createQuery("SELECT * FROM " + t + " WHERE 1 = 0")
                .scanResultSet((supplier, ctx) -> {
                    ResultSetMetaData meta = supplier.get().getMetaData();
                    Map<String, Kind> found = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        found.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), kind(meta.getColumnType(i), meta.getColumnTypeName(i)));
                    }
                    return found;
                }));
    }

    static Kind kind(int sqlType, String typeName) {
        String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        if (name.contains("uuid")) {
            return Kind.UUID;
        }
        if (sqlType == Types.TIMESTAMP_WITH_TIMEZONE || name.contains("with time zone") || name.equals("timestamptz")) {
            return Kind.INSTANT;
        }
        return switch (sqlType) {
            case Types.DATE -> Kind.DATE;
            case Types.TIMESTAMP -> Kind.TIMESTAMP;
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT, Types.BIGINT -> Kind.INTEGER;
            case Types.BOOLEAN, Types.BIT -> Kind.BOOLEAN;
            default -> Kind.TEXT;
        };
    }

    private static Row read(ResultSet rs, Map<String, Kind> kinds) throws SQLException {
        Row row = new Row();
        int i = 1;
        for (Map.Entry<String, Kind> column : kinds.entrySet()) {
            row.put(column.getKey(), text(rs, i++, column.getValue()));
        }
        return row;
    }

    private static String text(ResultSet rs, int i, Kind kind) throws SQLException {
        Object value = switch (kind) {
            case UUID -> rs.getObject(i, UUID.class);
            case DATE -> rs.getObject(i, LocalDate.class);
            case TIMESTAMP -> rs.getObject(i, LocalDateTime.class);
            case INSTANT -> {
                OffsetDateTime at = rs.getObject(i, OffsetDateTime.class);
                yield at == null ? null : at.toInstant();
            }
            // Read as primitives: PostgreSQL's driver does not convert int4 to Long through getObject.
            case INTEGER -> {
                long n = rs.getLong(i);
                yield rs.wasNull() ? null : n;
            }
            case BOOLEAN -> {
                boolean b = rs.getBoolean(i);
                yield rs.wasNull() ? null : b;
            }
            case TEXT -> rs.getString(i);
        };
        return value == null ? null : value.toString();
    }

    private static void bind(SqlStatement<?> statement, String column, Kind kind, String value) {
        if (value == null) {
            statement.bindNull(column, switch (kind) {
                case UUID -> Types.OTHER;
                case DATE -> Types.DATE;
                case TIMESTAMP -> Types.TIMESTAMP;
                case INSTANT -> Types.TIMESTAMP_WITH_TIMEZONE;
                case INTEGER -> Types.INTEGER;
                case BOOLEAN -> Types.BOOLEAN;
                case TEXT -> Types.VARCHAR;
            });
            return;
        }
        try {
            bindValue(statement, column, kind, value);
        } catch (RuntimeException e) {
            throw new ProblemException(Problem.error("exchange.package.bad_value", column, value), e);
        }
    }

    private static void bindValue(SqlStatement<?> statement, String column, Kind kind, String value) {
        switch (kind) {
            case UUID -> statement.bind(column, UUID.fromString(value));
            case DATE -> statement.bind(column, LocalDate.parse(value));
            case TIMESTAMP -> statement.bind(column, LocalDateTime.parse(value));
            case INSTANT -> statement.bind(column, OffsetDateTime.ofInstant(Instant.parse(value), ZoneOffset.UTC));
            case INTEGER -> statement.bind(column, Integer.valueOf(value));
            case BOOLEAN -> statement.bind(column, Boolean.valueOf(value));
            case TEXT -> statement.bind(column, value);
        }
    }
}

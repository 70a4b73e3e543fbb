package org.cohortdesk.store;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Update;

/**
 * Plain create/read/update for one table whose columns are the components of a model record
 * (camelCase to snake_case). Updates are optimistic: they match the version the caller read and
 * raise it by one, so an edit made from stale data updates nothing. Queries beyond these live in
 * the SqlObject DAOs.
 */
public final class RecordTable<T extends Record> {
    private static final int BATCH = 1_000;

    private final String table;
    private final Class<T> type;
    private final List<Column> columns;
    private final String insertSql;
    private final String updateSql;

    /** A column, the record accessor that feeds it, and the type it is bound as (so a null reaches the database typed). */
    private record Column(String name, String param, Method accessor, Type type) {}

    public RecordTable(String table, Class<T> type) {
        this.table = table;
        this.type = type;
        this.columns = Arrays.stream(type.getRecordComponents()).map(RecordTable::column).toList();
        this.insertSql = "INSERT INTO " + table + " ("
                + columns.stream().map(Column::name).collect(Collectors.joining(", ")) + ") VALUES ("
                + columns.stream().map(c -> ":" + c.param()).collect(Collectors.joining(", ")) + ")";
        this.updateSql = "UPDATE " + table + " SET "
                + columns.stream()
                        .filter(c -> !List.of("id", "created_at", "version").contains(c.name()))
                        .map(c -> c.name() + " = :" + c.param())
                        .collect(Collectors.joining(", "))
                + ", version = version + 1 WHERE id = :id AND version = :version";
    }

    private static Column column(RecordComponent component) {
        String name = component.getName();
        Type type = component.getType().isEnum() ? String.class : component.getGenericType();
        return new Column(name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT), name, component.getAccessor(), type);
    }

    public String table() {
        return table;
    }

    public void insert(Handle handle, T row) {
        Update update = handle.createUpdate(insertSql);
        bind(row, update::bindByType);
        update.execute();
    }

    /** Inserts many rows with JDBC batches of a thousand. */
    public void insertAll(Handle handle, Iterable<? extends T> rows) {
        PreparedBatch batch = handle.prepareBatch(insertSql);
        int pending = 0;
        for (T row : rows) {
            bind(row, batch::bindByType);
            batch.add();
            if (++pending == BATCH) {
                batch.execute();
                batch = handle.prepareBatch(insertSql);
                pending = 0;
            }
        }
        if (pending > 0) {
            batch.execute();
        }
    }

    /**
     * Writes every column of {@code row} where the stored version still equals {@code row}'s.
     * Returns false when it did not (changed or deleted by someone else in the meantime).
     */
    public boolean update(Handle handle, T row) {
        Update update = handle.createUpdate(updateSql);
        bind(row, update::bindByType);
        return update.execute() == 1;
    }

    /**
     * Deletes the row if it still has this version (with a tombstone when packages carry the table,
     * see {@link Deletions}); false when it changed or was deleted in the meantime.
     */
    public boolean delete(Handle handle, UUID id, int version) {
        return Deletions.delete(handle, table, "id = :id AND version = :version", Map.of("id", id, "version", version)) == 1;
    }

    public Optional<T> find(Handle handle, UUID id) {
        return handle.createQuery("SELECT * FROM " + table + " WHERE id = :id").bind("id", id).mapTo(type).findOne();
    }

    public List<T> all(Handle handle, String orderBy) {
        return handle.createQuery("SELECT * FROM " + table + " ORDER BY " + orderBy).mapTo(type).list();
    }

    public int count(Handle handle) {
        return handle.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Integer.class).one();
    }

    private interface Binder {
        Object bind(String name, Object value, Type type);
    }

    private void bind(T row, Binder binder) {
        for (Column c : columns) {
            try {
                Object value = c.accessor().invoke(row);
                binder.bind(c.param(), value instanceof Enum<?> e ? e.name() : value, c.type());
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + type.getSimpleName() + "." + c.param(), e);
            }
        }
    }
}

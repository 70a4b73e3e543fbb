package org.cohortdesk.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * Every deletion of a row that exchange packages carry goes through here: the row is deleted and a
 * tombstone is written in the same transaction ({@code exchange_deletions}, V6), naming the table,
 * the row, the cohort it belonged to and when, so that the cohort's next package carries the
 * deletion. Rows the schema deletes with it ({@code ON DELETE CASCADE}) get their tombstones too.
 * Deletions of other tables are plain deletes. See docs/decisions/0019-exchange-deletions.md.
 */
public final class Deletions {
    private static final String SESSION_COHORT = "(SELECT s.cohort_id FROM sessions s WHERE s.id = t.session_id)";

    /** Per exchanged table: SQL over the row {@code t} giving the cohort it belongs to (null: no single cohort). */
    private static final Map<String, String> COHORT_OF = Map.ofEntries(
            Map.entry("cohorts", "t.id"),
            Map.entry("enrollments", "t.cohort_id"),
            Map.entry("sessions", "t.cohort_id"),
            Map.entry("study_visits", SESSION_COHORT),
            Map.entry("session_resources", SESSION_COHORT),
            Map.entry("attendance", "(SELECT e.cohort_id FROM enrollments e WHERE e.id = t.enrollment_id)"));

    /** Rows the schema deletes with a row of the table: the child table and its column naming the parent. */
    private static final Map<String, List<Map.Entry<String, String>>> CASCADES = Map.of(
            "sessions", List.of(Map.entry("session_resources", "session_id"), Map.entry("study_visits", "session_id")),
            "courses", List.of(Map.entry("course_modules", "course_id")));

    private Deletions() {}

    /** Deletes the row with this id; returns whether one was deleted. */
    public static boolean deleteRow(Handle h, String table, UUID id) {
        return delete(h, table, "id = :id", Map.of("id", id)) == 1;
    }

    /**
     * Deletes the rows of {@code table} matching {@code where} (SQL over the table's columns, named
     * parameters from {@code params}), with a tombstone for each when packages carry the table;
     * returns how many rows were deleted.
     */
    public static int delete(Handle h, String table, String where, Map<String, ?> params) {
        if (ExchangeRows.TABLES.contains(table)) {
            Instant now = Instant.now();
            for (Map.Entry<String, String> child : CASCADES.getOrDefault(table, List.of())) {
                record(h, child.getKey(), child.getValue() + " IN (SELECT id FROM " + table + " WHERE " + where + ")", params, now);
            }
            record(h, table, where, params, now);
        }
        var delete = h.createUpdate("DELETE FROM " + table + " WHERE " + where);
        params.forEach(delete::bind);
        return delete.execute();
    }

    private static void record(Handle h, String table, String where, Map<String, ?> params, Instant at) {
        String course = table.equals("course_modules") ? "t.course_id" : "CAST(NULL AS UUID)";
        var insert = h.createUpdate("INSERT INTO exchange_deletions (table_name, row_id, cohort_id, course_id, deleted_at)"
                + " SELECT :deleted_table, t.id, " + COHORT_OF.getOrDefault(table, "CAST(NULL AS UUID)") + ", " + course + ", :deleted_at"
                + " FROM " + table + " t WHERE " + where);
        params.forEach(insert::bind);
        insert.bind("deleted_table", table).bind("deleted_at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).execute();
    }

    /** A row deleted here, as a package carries it. */
    public record Tombstone(String table, UUID rowId, Instant deletedAt) {}

    /** The tombstones a package of this cohort (of this course) carries: its own rows and its course's modules. */
    public static List<Tombstone> ofCohort(Handle h, UUID cohortId, UUID courseId) {
        return h.createQuery("SELECT table_name, row_id, deleted_at FROM exchange_deletions WHERE cohort_id = :c"
                        + " OR (table_name = 'course_modules' AND course_id = :course) ORDER BY table_name, row_id")
                .bind("c", cohortId)
                .bind("course", courseId)
                .map((rs, ctx) -> new Tombstone(rs.getString(1), rs.getObject(2, UUID.class), rs.getObject(3, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** When this row was deleted here, if it was. */
    public static java.util.Optional<Instant> deletedAt(Handle h, String table, UUID rowId) {
        return h.createQuery("SELECT deleted_at FROM exchange_deletions WHERE table_name = :t AND row_id = :r")
                .bind("t", table).bind("r", rowId)
                .map((rs, ctx) -> rs.getObject(1, OffsetDateTime.class).toInstant())
                .findFirst();
    }

    /** Which of these rows of {@code table} were deleted here (read in chunks). */
    public static java.util.Set<UUID> deletedAmong(Handle h, String table, List<UUID> ids) {
        java.util.Set<UUID> found = new java.util.HashSet<>();
        for (int from = 0; from < ids.size(); from += 500) {
            h.createQuery("SELECT row_id FROM exchange_deletions WHERE table_name = :t AND row_id IN (<ids>)")
                    .bind("t", table)
                    .bindList("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
                    .mapTo(UUID.class)
                    .forEach(found::add);
        }
        return found;
    }

    /** Forgets the tombstone of a row that is back (a deletion here undone by taking the other institution's row). */
    public static void forget(Handle h, String table, UUID rowId) {
        h.createUpdate("DELETE FROM exchange_deletions WHERE table_name = :t AND row_id = :r").bind("t", table).bind("r", rowId).execute();
    }
}

package org.cohortdesk.service.exchange;

import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** A few words that tell a coordinator which row a conflict is about: a cohort's code, a person's name, a session's title and start. */
final class RowLabels {
    private static final Map<String, String> OWN = Map.of(
            "partners", "name", "agreements", "title", "courses", "code", "course_modules", "title_en", "cohorts", "code",
            "people", "name_latin", "resources", "name");

    private RowLabels() {}

    static String label(Handle h, String table, Map<String, String> row) {
        String own = OWN.get(table);
        if (own != null && row.get(own) != null) {
            return row.get(own);
        }
        return switch (table) {
            case "sessions" -> row.get("title") + " " + row.get("starts_at");
            case "enrollments" -> person(h, row.get("person_id"));
            case "attendance" -> person(h, one(h, "SELECT person_id FROM enrollments WHERE id = :id", row.get("enrollment_id")))
                    + ", " + one(h, "SELECT title FROM sessions WHERE id = :id", row.get("session_id"));
            case "study_visits", "session_resources" -> one(h, "SELECT title FROM sessions WHERE id = :id", row.get("session_id"));
            default -> row.get("id");
        };
    }

    private static String person(Handle h, String personId) {
        return one(h, "SELECT name_latin FROM people WHERE id = :id", personId);
    }

    private static String one(Handle h, String sql, String id) {
        if (id == null) {
            return "";
        }
        return h.createQuery(sql).bind("id", UUID.fromString(id)).mapTo(String.class).findFirst().orElse(id);
    }
}

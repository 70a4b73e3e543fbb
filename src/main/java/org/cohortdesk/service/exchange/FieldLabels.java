package org.cohortdesk.service.exchange;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.exchange.ExchangeService.Conflict;

/**
 * The message key of a field of an exchanged row, as the forms label it (the trainee form, the
 * session form, the cohort, course, partner and agreement forms), so that the conflicts resolver and
 * {@code package conflicts} name "Passport no." rather than {@code passport_no}. Columns no form
 * shows have their own {@code exchange.field.*} keys.
 */
public final class FieldLabels {
    private static final Map<String, String> KEYS = new HashMap<>();
    private static final Map<String, String> TABLES = Map.ofEntries(
            Map.entry("partners", "exchange.table.partners"), Map.entry("agreements", "exchange.table.agreements"),
            Map.entry("courses", "exchange.table.courses"), Map.entry("course_modules", "exchange.table.course_modules"),
            Map.entry("cohorts", "exchange.table.cohorts"), Map.entry("people", "exchange.table.people"),
            Map.entry("enrollments", "exchange.table.enrollments"), Map.entry("sessions", "exchange.table.sessions"),
            Map.entry("study_visits", "exchange.table.study_visits"), Map.entry("resources", "exchange.table.resources"),
            Map.entry("session_resources", "exchange.table.session_resources"), Map.entry("attendance", "exchange.table.attendance"));

    static {
        put("people", "name_local", "trainee.field.name_local", "name_latin", "trainee.field.name_latin", "sex", "trainee.field.sex",
                "birth_date", "trainee.field.birth_date", "nationality", "trainee.field.nationality", "job_title", "trainee.field.position",
                "agency", "trainee.field.agency", "province", "trainee.field.province", "passport_no", "trainee.field.passport_no",
                "passport_expiry", "trainee.field.passport_expiry", "phone", "trainee.field.phone", "email", "trainee.field.email",
                "dietary_notes", "trainee.field.dietary_notes", "health_notes", "trainee.field.health_notes",
                "emergency_contact", "trainee.field.emergency_contact", "notes", "trainee.field.person_notes", "partner_id", "cohort.field.partner");
        put("enrollments", "status", "trainee.field.status", "visa_no", "trainee.field.visa_no", "visa_expiry", "trainee.field.visa_expiry",
                "arrival_on", "trainee.field.arrival_on", "arrival_flight", "trainee.field.arrival_flight", "departure_on", "trainee.field.departure_on",
                "departure_flight", "trainee.field.departure_flight", "room", "trainee.field.room", "notes", "trainee.field.enrollment_notes",
                "cohort_id", "calendar.field.cohort", "person_id", "exchange.table.people", "withdrawn_on", "exchange.field.withdrawn_on",
                "withdrawal_reason", "exchange.field.withdrawal_reason");
        put("sessions", "cohort_id", "calendar.field.cohort", "kind", "calendar.field.kind", "title", "calendar.field.title",
                "starts_at", "calendar.field.start", "ends_at", "calendar.field.end", "location", "calendar.field.location", "notes", "calendar.field.notes",
                "module_id", "exchange.table.course_modules");
        put("study_visits", "host_organisation", "calendar.field.host", "transport", "calendar.field.transport", "headcount", "calendar.field.headcount",
                "session_id", "exchange.table.sessions");
        put("cohorts", "code", "cohort.field.code", "course_id", "cohort.field.course", "partner_id", "cohort.field.partner",
                "agreement_id", "cohort.field.agreement", "starts_on", "cohort.field.start", "ends_on", "cohort.field.end",
                "planned_size", "cohort.field.planned_size", "coordinator", "cohort.field.coordinator", "venue", "cohort.field.venue",
                "status", "trainee.field.status", "notes", "partner.field.notes", "funding", "exchange.field.funding");
        put("courses", "code", "course.field.code", "title_vi", "course.field.title_vi", "title_en", "course.field.title_en",
                "title_lo", "course.field.title_lo", "field", "course.field.field", "length_weeks", "course.field.length", "notes", "partner.field.notes",
                "completion_threshold", "exchange.field.completion_threshold");
        put("course_modules", "title_vi", "course.module.title_vi", "title_en", "course.module.title_en", "title_lo", "course.module.title_lo",
                "hours", "course.module.hours", "course_id", "cohort.field.course", "seq", "exchange.field.seq");
        put("partners", "name", "partner.field.name", "name_local", "partner.field.name_local", "short_name", "partner.field.short_name",
                "country", "partner.field.country", "kind", "partner.field.kind", "notes", "partner.field.notes");
        put("agreements", "kind", "agreement.field.kind", "title", "agreement.field.title", "starts_on", "agreement.field.start",
                "ends_on", "agreement.field.end", "planned_cohorts", "agreement.field.planned_cohorts",
                "planned_trainees", "agreement.field.planned_trainees", "notes", "agreement.field.notes", "parent_id", "agreement.field.parent",
                "partner_id", "cohort.field.partner");
        put("resources", "kind", "partner.field.kind", "name", "partner.field.name", "phone", "trainee.field.phone", "email", "trainee.field.email",
                "notes", "partner.field.notes", "capacity", "exchange.field.capacity", "languages", "exchange.field.languages",
                "active", "exchange.field.active");
        put("session_resources", "session_id", "exchange.table.sessions", "resource_id", "exchange.table.resources");
        put("attendance", "enrollment_id", "exchange.table.enrollments", "session_id", "exchange.table.sessions", "mark", "exchange.table.attendance",
                "note", "calendar.field.notes");
    }

    private FieldLabels() {}

    /** The labels of a table's columns: column, key, column, key, ... */
    private static void put(String table, String... columnsAndKeys) {
        for (int i = 0; i < columnsAndKeys.length; i += 2) {
            KEYS.put(table + "." + columnsAndKeys[i], columnsAndKeys[i + 1]);
        }
    }

    /** The message key labelling this column of this table, or null when there is none (the column's name is shown). */
    public static String key(String table, String column) {
        return KEYS.get(table + "." + column);
    }

    /** A field's label in the reader's language ("Passport no."), or the column's name with spaces when no form shows it. */
    public static String field(Localization tr, String table, String column) {
        String key = key(table, column);
        return key == null ? column.replace('_', ' ') : tr.tr(key);
    }

    /** What kind of row a table holds, in the reader's language ("Session"). */
    public static String table(Localization tr, String table) {
        String key = TABLES.get(table);
        return key == null ? table : tr.tr(key);
    }

    /** The other institution of a conflict as its packages name it (its id until it has a name). */
    public static String peer(Conflict c) {
        return c.peerName() == null ? c.peerId().toString() : c.peerName();
    }

    /** A moment as this computer's date and time. */
    public static String when(Instant at) {
        return Localization.DATE_TIME.format(LocalDateTime.ofInstant(at, ZoneId.systemDefault()));
    }

    /** "Deleted at Academy on 23/11/2026 10:00" or "Deleted here on …"; null when neither side deleted the row. */
    public static String deletion(Localization tr, Conflict c) {
        if (c.deletedThere() != null) {
            return tr.tr("exchange.deletions.there", peer(c), when(c.deletedThere()));
        }
        return c.deletedHere() == null ? null : tr.tr("exchange.deletions.here", when(c.deletedHere()));
    }
}

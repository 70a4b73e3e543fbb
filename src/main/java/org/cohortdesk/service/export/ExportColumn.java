package org.cohortdesk.service.export;

import java.util.function.BiFunction;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.Person;
import org.cohortdesk.service.spreadsheet.Table.CellKind;

/**
 * A column an export can have: its header's message key, its kind, and its value for one exported
 * line. Sex and status are written as words in the reader's language.
 */
enum ExportColumn {
    NO("roster.column.no", CellKind.NUMBER, (l, tr) -> l.no()),
    NAME_LOCAL("roster.column.name_local", CellKind.TEXT, (l, tr) -> l.person().nameLocal()),
    NAME_LATIN("roster.column.name_latin", CellKind.TEXT, (l, tr) -> l.person().nameLatin()),
    NAME_AS_IN_PASSPORT("trainee.field.name_latin", CellKind.TEXT, (l, tr) -> l.person().nameLatin()),
    SEX("roster.column.sex", CellKind.TEXT, (l, tr) -> l.person().sex() == null ? null : tr.tr(l.person().sex())),
    BIRTH_DATE("roster.column.birth_date", CellKind.DATE, (l, tr) -> l.person().birthDate()),
    NATIONALITY("trainee.field.nationality", CellKind.TEXT, (l, tr) -> l.person().nationality()),
    POSITION("roster.column.position", CellKind.TEXT, (l, tr) -> l.person().jobTitle()),
    AGENCY("roster.column.agency", CellKind.TEXT, (l, tr) -> l.person().agency()),
    PROVINCE("roster.column.province", CellKind.TEXT, (l, tr) -> l.person().province()),
    PASSPORT_NO("roster.column.passport", CellKind.TEXT, (l, tr) -> l.person().passportNo()),
    PASSPORT_EXPIRY("roster.column.passport_expiry", CellKind.DATE, (l, tr) -> l.person().passportExpiry()),
    PHONE("trainee.field.phone", CellKind.TEXT, (l, tr) -> l.person().phone()),
    DIETARY_NOTES("trainee.field.dietary_notes", CellKind.TEXT, (l, tr) -> l.person().dietaryNotes()),
    HEALTH_NOTES("trainee.field.health_notes", CellKind.TEXT, (l, tr) -> l.person().healthNotes()),
    VISA_NO("roster.column.visa", CellKind.TEXT, (l, tr) -> enrollment(l).visaNo()),
    VISA_EXPIRY("trainee.field.visa_expiry", CellKind.DATE, (l, tr) -> enrollment(l).visaExpiry()),
    ARRIVAL_ON("trainee.field.arrival_on", CellKind.DATE, (l, tr) -> enrollment(l).arrivalOn()),
    ARRIVAL_FLIGHT("trainee.field.arrival_flight", CellKind.TEXT, (l, tr) -> enrollment(l).arrivalFlight()),
    DEPARTURE_ON("trainee.field.departure_on", CellKind.DATE, (l, tr) -> enrollment(l).departureOn()),
    DEPARTURE_FLIGHT("trainee.field.departure_flight", CellKind.TEXT, (l, tr) -> enrollment(l).departureFlight()),
    ROOM("roster.column.room", CellKind.TEXT, (l, tr) -> enrollment(l).room()),
    STATUS("roster.column.status", CellKind.TEXT, (l, tr) -> tr.tr(enrollment(l).status())),
    NOTES("roster.column.notes", CellKind.TEXT, (l, tr) -> enrollment(l).notes()),
    COHORTS("people.column.cohorts", CellKind.TEXT, (l, tr) -> String.join(", ", l.cohorts()));

    private final String key;
    private final CellKind kind;
    private final BiFunction<ExportLine, Localization, Object> value;

    ExportColumn(String key, CellKind kind, BiFunction<ExportLine, Localization, Object> value) {
        this.key = key;
        this.kind = kind;
        this.value = value;
    }

    String key() {
        return key;
    }

    CellKind kind() {
        return kind;
    }

    Object valueOf(ExportLine line, Localization tr) {
        return value.apply(line, tr);
    }

    private static Enrollment enrollment(ExportLine line) {
        if (line.enrollment() == null) {
            throw new IllegalStateException(line.person().id() + " is exported without an enrollment");
        }
        return line.enrollment();
    }

    /** One exported line: a trainee of a roster (with the enrollment) or a person of everyone (with their cohorts). */
    record ExportLine(int no, Person person, Enrollment enrollment, java.util.List<String> cohorts) {}
}

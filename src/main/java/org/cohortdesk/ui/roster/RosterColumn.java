package org.cohortdesk.ui.roster;

import java.util.Optional;
import java.util.function.Function;
import org.cohortdesk.service.enrollment.TraineeField;

/**
 * The columns of the roster table, in their default order. {@link #id} names a column in the
 * remembered layout ({@code roster.columns} in the settings) and {@link #key} its title; {@link
 * #text} is the cell as text, as copied to a spreadsheet; {@link #field} what editing the cell changes.
 */
public enum RosterColumn {
    WARNING("warning", "roster.column.warning", RosterRow::warningText, null),
    NO("no", "roster.column.no", row -> Integer.toString(row.no()), null),
    NAME_LOCAL("nameLocal", "roster.column.name_local", RosterRow::nameLocal, TraineeField.NAME_LOCAL),
    NAME_LATIN("nameLatin", "roster.column.name_latin", RosterRow::nameLatin, TraineeField.NAME_LATIN),
    SEX("sex", "roster.column.sex", RosterRow::sex, TraineeField.SEX),
    BIRTH_DATE("birthDate", "roster.column.birth_date", RosterRow::birthDateText, TraineeField.BIRTH_DATE),
    POSITION("position", "roster.column.position", RosterRow::position, TraineeField.POSITION),
    AGENCY("agency", "roster.column.agency", RosterRow::agency, TraineeField.AGENCY),
    PROVINCE("province", "roster.column.province", RosterRow::province, TraineeField.PROVINCE),
    PASSPORT("passport", "roster.column.passport", RosterRow::passportNo, TraineeField.PASSPORT_NO),
    PASSPORT_EXPIRY("passportExpiry", "roster.column.passport_expiry", RosterRow::passportExpiryText, TraineeField.PASSPORT_EXPIRY),
    VISA("visa", "roster.column.visa", RosterRow::visa, null),
    ARRIVAL("arrival", "roster.column.arrival", RosterRow::arrival, null),
    DEPARTURE("departure", "roster.column.departure", RosterRow::departure, null),
    ROOM("room", "roster.column.room", RosterRow::room, TraineeField.ROOM),
    STATUS("status", "roster.column.status", RosterRow::status, TraineeField.STATUS),
    ATTENDANCE("attendance", "roster.column.attendance", RosterRow::attendance, null),
    NOTES("notes", "roster.column.notes", RosterRow::notes, null);

    private final String id;
    private final String key;
    private final Function<RosterRow, String> text;
    private final TraineeField field;

    RosterColumn(String id, String key, Function<RosterRow, String> text, TraineeField field) {
        this.id = id;
        this.key = key;
        this.text = text;
        this.field = field;
    }

    /** The trainee field a cell of this column edits, or empty for a column edited in the person form only. */
    public Optional<TraineeField> field() {
        return Optional.ofNullable(field);
    }

    public String id() {
        return id;
    }

    public String key() {
        return key;
    }

    public String text(RosterRow row) {
        String value = text.apply(row);
        return value == null ? "" : value;
    }

    public static Optional<RosterColumn> byId(String id) {
        for (RosterColumn c : values()) {
            if (c.id.equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}

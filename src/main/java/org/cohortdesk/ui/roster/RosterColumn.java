package org.cohortdesk.ui.roster;

import java.util.Optional;
import java.util.function.Function;

/**
 * The columns of the roster table, in their default order. {@link #id} names a column in the
 * remembered layout ({@code roster.columns} in the settings) and {@link #key} its title; {@link
 * #text} is the cell as text, as copied to a spreadsheet.
 */
public enum RosterColumn {
    WARNING("warning", "roster.column.warning", RosterRow::warningText),
    NO("no", "roster.column.no", row -> Integer.toString(row.no())),
    NAME_LOCAL("nameLocal", "roster.column.name_local", RosterRow::nameLocal),
    NAME_LATIN("nameLatin", "roster.column.name_latin", RosterRow::nameLatin),
    SEX("sex", "roster.column.sex", RosterRow::sex),
    BIRTH_DATE("birthDate", "roster.column.birth_date", RosterRow::birthDateText),
    POSITION("position", "roster.column.position", RosterRow::position),
    AGENCY("agency", "roster.column.agency", RosterRow::agency),
    PROVINCE("province", "roster.column.province", RosterRow::province),
    PASSPORT("passport", "roster.column.passport", RosterRow::passportNo),
    PASSPORT_EXPIRY("passportExpiry", "roster.column.passport_expiry", RosterRow::passportExpiryText),
    VISA("visa", "roster.column.visa", RosterRow::visa),
    ARRIVAL("arrival", "roster.column.arrival", RosterRow::arrival),
    DEPARTURE("departure", "roster.column.departure", RosterRow::departure),
    ROOM("room", "roster.column.room", RosterRow::room),
    STATUS("status", "roster.column.status", RosterRow::status),
    NOTES("notes", "roster.column.notes", RosterRow::notes);

    private final String id;
    private final String key;
    private final Function<RosterRow, String> text;

    RosterColumn(String id, String key, Function<RosterRow, String> text) {
        this.id = id;
        this.key = key;
        this.text = text;
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

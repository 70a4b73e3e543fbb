package org.cohortdesk.service.enrollment;

/**
 * The fields of a trainee that a coordinator edits, on the person ({@link #ofPerson}) or on the
 * enrollment. {@link #key} is the message key of the field's label; {@link #kind} says how its
 * text is read.
 */
public enum TraineeField {
    NAME_LOCAL(true, Kind.TEXT),
    NAME_LATIN(true, Kind.TEXT),
    SEX(true, Kind.SEX),
    BIRTH_DATE(true, Kind.DATE),
    NATIONALITY(true, Kind.TEXT),
    POSITION(true, Kind.TEXT),
    AGENCY(true, Kind.TEXT),
    PROVINCE(true, Kind.TEXT),
    PASSPORT_NO(true, Kind.TEXT),
    PASSPORT_EXPIRY(true, Kind.DATE),
    PHONE(true, Kind.TEXT),
    EMAIL(true, Kind.TEXT),
    DIETARY_NOTES(true, Kind.TEXT),
    HEALTH_NOTES(true, Kind.TEXT),
    EMERGENCY_CONTACT(true, Kind.TEXT),
    PERSON_NOTES(true, Kind.TEXT),
    STATUS(false, Kind.STATUS),
    VISA_NO(false, Kind.TEXT),
    VISA_EXPIRY(false, Kind.DATE),
    ARRIVAL_ON(false, Kind.DATE),
    ARRIVAL_FLIGHT(false, Kind.TEXT),
    DEPARTURE_ON(false, Kind.DATE),
    DEPARTURE_FLIGHT(false, Kind.TEXT),
    ROOM(false, Kind.TEXT),
    ENROLLMENT_NOTES(false, Kind.TEXT);

    /** How a field's text is read. */
    public enum Kind { TEXT, DATE, SEX, STATUS }

    private final boolean ofPerson;
    private final Kind kind;

    TraineeField(boolean ofPerson, Kind kind) {
        this.ofPerson = ofPerson;
        this.kind = kind;
    }

    /** True for a field of the person (kept across cohorts), false for one of this enrollment. */
    public boolean ofPerson() {
        return ofPerson;
    }

    public Kind kind() {
        return kind;
    }

    /** The message key of its label, e.g. {@code trainee.field.passport_no}. */
    public String key() {
        return "trainee.field." + name().toLowerCase(java.util.Locale.ROOT);
    }
}

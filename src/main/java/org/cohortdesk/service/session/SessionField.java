package org.cohortdesk.service.session;

/** The text fields of a session form, named in messages ({@code enum.SessionField.TITLE}) when one is refused. */
public enum SessionField {
    TITLE, LOCATION, NOTES, ROOM, LECTURER, INTERPRETER, HOST, TRANSPORT
}

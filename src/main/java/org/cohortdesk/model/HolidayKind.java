package org.cohortdesk.model;

/** A public holiday by law, or an extra day off the user added (a bridge day). */
public enum HolidayKind {
    PUBLIC, EXTRA
}

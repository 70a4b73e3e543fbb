package org.cohortdesk.model;

/** How serious a problem is: an ERROR stops the change, a WARNING is shown and allowed. */
public enum Severity {
    ERROR, WARNING
}

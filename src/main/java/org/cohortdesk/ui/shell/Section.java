package org.cohortdesk.ui.shell;

import javafx.scene.input.KeyCode;

/**
 * The pages of the window. The first seven are in the navigation, in this order, reached with
 * Ctrl+1 to Ctrl+7; {@link #WELCOME} is the first-run page, reached from the File menu.
 */
public enum Section {
    COHORTS("nav.cohorts", KeyCode.DIGIT1),
    CALENDAR("nav.calendar", KeyCode.DIGIT2),
    PEOPLE("nav.people", KeyCode.DIGIT3),
    PARTNERS("nav.partners", KeyCode.DIGIT4),
    COURSES("nav.courses", KeyCode.DIGIT5),
    REPORTS("nav.reports", KeyCode.DIGIT6),
    SETTINGS("nav.settings", KeyCode.DIGIT7),
    WELCOME("welcome.title", null);

    private final String labelKey;
    private final KeyCode key;

    Section(String labelKey, KeyCode key) {
        this.labelKey = labelKey;
        this.key = key;
    }

    /** The message key of its name in the navigation and the View menu. */
    public String labelKey() {
        return labelKey;
    }

    /** The digit of its shortcut (with Ctrl), or null. */
    public KeyCode key() {
        return key;
    }

    public boolean inNavigation() {
        return key != null;
    }
}

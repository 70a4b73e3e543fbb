package org.cohortdesk.ui.shell;

import javafx.scene.input.KeyCode;

/**
 * The pages of the window. The first seven are in the navigation, in this order, reached with
 * Ctrl+1 to Ctrl+7; {@link #WELCOME} is the first-run page, reached from the File menu.
 */
public enum Section {
    COHORTS("nav.cohorts", KeyCode.DIGIT1, null),
    CALENDAR("nav.calendar", KeyCode.DIGIT2, null),
    PEOPLE("nav.people", KeyCode.DIGIT3, null),
    PARTNERS("nav.partners", KeyCode.DIGIT4, null),
    COURSES("nav.courses", KeyCode.DIGIT5, null),
    REPORTS("nav.reports", KeyCode.DIGIT6, "coming.reports"),
    SETTINGS("nav.settings", KeyCode.DIGIT7, null),
    WELCOME("welcome.title", null, null);

    private final String labelKey;
    private final KeyCode key;
    private final String comingKey;

    Section(String labelKey, KeyCode key, String comingKey) {
        this.labelKey = labelKey;
        this.key = key;
        this.comingKey = comingKey;
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

    /** For a page later work fills: the message key saying what it will do; else null. */
    public String comingKey() {
        return comingKey;
    }
}

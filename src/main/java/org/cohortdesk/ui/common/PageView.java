package org.cohortdesk.ui.common;

import javafx.scene.Node;

/** A page of the window that knows where the keyboard should start when it is shown. */
public interface PageView {
    /** The node to focus when the page is shown, or null to leave focus alone. */
    Node initialFocus();
}

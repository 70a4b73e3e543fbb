package org.cohortdesk.ui.common;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The heading every page starts with: a title and, when given, one line under it. */
public final class Page {
    private Page() {}

    public static VBox header(String title, String subtitle) {
        VBox header = new VBox(2);
        Label heading = LaoText.label(title, Styles.PAGE_TITLE);
        header.getChildren().add(heading);
        if (subtitle != null && !subtitle.isBlank()) {
            header.getChildren().add(LaoText.paragraph(subtitle, Styles.PAGE_SUBTITLE));
        }
        return header;
    }
}

package org.cohortdesk.ui.common;

import java.util.Objects;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.cohortdesk.i18n.Language;

/**
 * The application stylesheet ({@code org/cohortdesk/ui/app.css}) and the style classes it knows.
 * Java code sets style classes from here, never inline styles.
 */
public final class Styles {
    /** Text in Lao script: the bundled Lao font, no wrapping. */
    public static final String LAO = "lao";
    /** Lao running text laid out piece by piece (see {@link LaoText#paragraph}). */
    public static final String LAO_PARAGRAPH = "lao-paragraph";
    /** A value the coordinator should look at: a cohort over its planned size. */
    public static final String WARNING = "warning";
    public static final String SHELL = "shell";
    public static final String NAV = "nav";
    public static final String NAV_BUTTON = "nav-button";
    public static final String CONTENT = "content";
    public static final String STATUS_BAR = "status-bar";
    public static final String STATUS_TEXT = "status-text";
    public static final String PAGE = "page";
    public static final String PAGE_TITLE = "page-title";
    public static final String PAGE_SUBTITLE = "page-subtitle";
    public static final String TOOLBAR = "page-toolbar";
    public static final String FILTER_FIELD = "filter-field";
    public static final String MUTED = "muted";
    public static final String CARD = "card";
    public static final String PRIMARY = "primary";
    public static final String ERROR_TEXT = "error-text";
    public static final String CENTERED = "centered";
    public static final String CODE = "code";
    public static final String LEAD = "lead";
    public static final String WELCOME_CARD = "welcome-card";
    public static final String READ_ONLY = "read-only";
    public static final String SECTION_TITLE = "section-title";
    public static final String DIALOG_TEXT = "dialog-text";
    /** The Reports page: the row of figures, one figure's card, its number, a chart's card. */
    public static final String REPORT_TILES = "report-tiles";
    public static final String REPORT_TILE = "report-tile";
    public static final String REPORT_FIGURE = "report-figure";
    public static final String REPORT_CHART = "report-chart";

    private static final String LANGUAGE_PREFIX = "lang-";

    private Styles() {}

    /** The stylesheet's URL, for {@code getStylesheets().add(...)}. */
    public static String stylesheet() {
        return Objects.requireNonNull(Styles.class.getResource("/org/cohortdesk/ui/app.css"), "app.css missing").toExternalForm();
    }

    /** The class on the root saying which language the window shows ({@code lang-lo} selects the Lao font). */
    public static String languageClass(Language language) {
        return LANGUAGE_PREFIX + language.tag();
    }

    /** Gives a root the application stylesheet and the language class, replacing an earlier language class. */
    public static void apply(Parent root, Language language) {
        if (!root.getStylesheets().contains(stylesheet())) {
            root.getStylesheets().add(stylesheet());
        }
        root.getStyleClass().removeIf(c -> c.startsWith(LANGUAGE_PREFIX));
        root.getStyleClass().add(languageClass(language));
    }

    public static void apply(Scene scene) {
        if (!scene.getStylesheets().contains(stylesheet())) {
            scene.getStylesheets().add(stylesheet());
        }
    }
}

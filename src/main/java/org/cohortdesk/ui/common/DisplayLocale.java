package org.cohortdesk.ui.common;

import java.util.Locale;
import org.cohortdesk.i18n.Language;

/**
 * Makes the window's language the JVM's default locale, which is all the libraries in the window
 * know of: JavaFX's date pickers and CalendarFX's weekday and month names, its hours ("14:00"
 * rather than "2:00 PM") and its own words ("Cả ngày", "ໝົດມື້"), which this project supplies in
 * {@code com/calendarfx/view/messages_vi.properties} and {@code messages_lo.properties}.
 *
 * <p>CalendarFX reads its words once, the first time a calendar is shown; {@link CalendarFxWords}
 * makes that one bundle follow the default locale, so they change with a language switch too.
 */
public final class DisplayLocale {
    private DisplayLocale() {
    }

    public static void use(Language language) {
        Locale.setDefault(language.locale());
    }
}

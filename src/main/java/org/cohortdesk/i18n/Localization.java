package org.cohortdesk.i18n;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.cohortdesk.model.Phrase;
import org.cohortdesk.model.Problem;

/**
 * All user-visible text: {@code tr("nav.cohorts")}, {@code tr("cohorts.count", 12)}. Messages are
 * {@link MessageFormat} patterns in {@code org/cohortdesk/i18n/messages*.properties} (UTF-8), so a
 * literal apostrophe is written twice. Dates are shown day first (dd/MM/yyyy), as coordinators
 * write them in Vietnam and Laos.
 */
public final class Localization {
    public static final String BUNDLE = "org.cohortdesk.i18n.messages";
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Language language;
    private final ResourceBundle bundle;

    public Localization(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Language language() {
        return language;
    }

    /** The message for {@code key} with its placeholders filled; the key itself in brackets when it is missing. */
    public String tr(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = show(args[i]);
        }
        return new MessageFormat(pattern, language.locale()).format(shown);
    }

    /** A problem in words. */
    public String tr(Problem problem) {
        List<Object> args = problem.args();
        return tr(problem.key(), args.toArray());
    }

    /** A phrase in this language: its message, or its text as typed. */
    public String tr(Phrase phrase) {
        return phrase.key() == null ? phrase.text() : tr(phrase.key(), phrase.args().toArray());
    }

    /** An enum constant's label, from the key {@code enum.<Type>.<NAME>}. */
    public String tr(Enum<?> value) {
        return tr("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private Object show(Object arg) {
        if (arg instanceof LocalDateTime t) {
            return DATE_TIME.format(t);
        }
        if (arg instanceof TemporalAccessor t && t instanceof LocalDate) {
            return DATE.format(t);
        }
        if (arg instanceof Phrase p) {
            return tr(p);
        }
        if (arg instanceof Enum<?> e) {
            String key = "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name();
            return has(key) ? tr(key) : e.name();
        }
        if (arg instanceof Number || arg == null) {
            return arg == null ? "" : arg;
        }
        return arg.toString();
    }
}

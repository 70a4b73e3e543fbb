package org.cohortdesk.i18n;

import java.util.Locale;
import java.util.Optional;

/** The languages of the user interface. */
public enum Language {
    VI("vi"), EN("en"), LO("lo");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** {@code vi}, {@code en} or {@code lo}, any case. */
    public static Optional<Language> fromTag(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        for (Language language : values()) {
            if (language.tag.equalsIgnoreCase(tag.strip())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The language of a locale when it is one of ours, else English. */
    public static Language forLocale(Locale locale) {
        return fromTag(locale.getLanguage()).orElse(EN);
    }
}

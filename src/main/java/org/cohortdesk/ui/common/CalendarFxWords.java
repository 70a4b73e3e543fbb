package org.cohortdesk.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.spi.ResourceBundleControlProvider;

/**
 * Keeps CalendarFX's own words ("All Day", "Today", the views' titles) in the window's language
 * after a language switch. CalendarFX reads its bundle once into a constant, in the language of the
 * moment; this provider (registered in {@code META-INF/services}, found by {@link ResourceBundle}
 * for libraries on the class path) hands it instead a bundle that looks each word up in the
 * current default locale, which {@link DisplayLocale} keeps equal to the window's language. The
 * words themselves are CalendarFX's English and this project's {@code messages_vi} and
 * {@code messages_lo}.
 */
public final class CalendarFxWords implements ResourceBundleControlProvider {
    static final String BUNDLE = "com.calendarfx.view.messages";
    private static final ResourceBundle.Control PLAIN = ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    /**
     * Per locale, the properties files from the most to the least specific, read once. Read here and
     * not through {@link ResourceBundle#getBundle}, whose cache would hand CalendarFX these plain
     * bundles, or hand the following bundle back to itself.
     */
    private static final Map<Locale, List<ResourceBundle>> FILES = new ConcurrentHashMap<>();

    @Override
    public ResourceBundle.Control getControl(String baseName) {
        return BUNDLE.equals(baseName) ? new Following() : null;
    }

    /** The words of CalendarFX in {@code locale}: this project's translation, else CalendarFX's English. */
    public static ResourceBundle in(Locale locale) {
        return new Words(() -> locale);
    }

    private static List<ResourceBundle> files(Locale locale) {
        return FILES.computeIfAbsent(locale, wanted -> PLAIN.getCandidateLocales(BUNDLE, wanted).stream().map(CalendarFxWords::file)
                .filter(Objects::nonNull).toList());
    }

    private static ResourceBundle file(Locale locale) {
        try {
            return PLAIN.newBundle(BUNDLE, locale, "java.properties", CalendarFxWords.class.getClassLoader(), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalAccessException | InstantiationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** CalendarFX's words in the locale of the moment. */
    private static final class Words extends ResourceBundle {
        private final Supplier<Locale> locale;

        Words(Supplier<Locale> locale) {
            this.locale = locale;
        }

        @Override
        protected Object handleGetObject(String key) {
            return files(locale.get()).stream().filter(file -> file.containsKey(key)).findFirst().map(file -> file.getObject(key))
                    .orElse(null);
        }

        @Override
        public Enumeration<String> getKeys() {
            Set<String> keys = new TreeSet<>();
            files(locale.get()).forEach(file -> keys.addAll(file.keySet()));
            return Collections.enumeration(keys);
        }
    }

    /** One bundle whatever the locale asked for: the locale that counts is the default one when a word is looked up. */
    private static final class Following extends ResourceBundle.Control {
        @Override
        public List<Locale> getCandidateLocales(String baseName, Locale locale) {
            return List.of(Locale.ROOT);
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }

        @Override
        public ResourceBundle newBundle(String baseName, Locale locale, String format, ClassLoader loader, boolean reload) {
            return new Words(Locale::getDefault);
        }
    }
}

package org.cohortdesk.ui.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.calendarfx.view.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.ui.common.CalendarFxWords;
import org.cohortdesk.ui.common.DisplayLocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * CalendarFX's words in Vietnamese and Lao, as this project supplies them: each key is one
 * CalendarFX still has (an upgrade that renames a key would silently show English), each is found
 * through the bundle CalendarFX itself asks for, with the same placeholders as the English, and the
 * date patterns format.
 */
class CalendarFxWordsTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"VI", "LO"})
    void everyWordIsCalendarFxsKeyInTheLanguageWithItsPlaceholders(Language language) throws IOException {
        Properties ours = read("/com/calendarfx/view/messages_" + language.tag() + ".properties");
        assertTrue(ours.size() >= 20, "the words the views show are there: " + ours.size());
        ResourceBundle english = CalendarFxWords.in(Locale.ROOT);
        ResourceBundle translated = CalendarFxWords.in(language.locale());
        for (String key : new TreeSet<>(ours.stringPropertyNames())) {
            assertTrue(english.containsKey(key), key + " is still one of CalendarFX's keys");
            String word = translated.getString(key);
            assertEquals(ours.getProperty(key), word, key + " comes from this project's bundle");
            assertEquals(placeholders(english.getString(key)), placeholders(word), key + " keeps its placeholders");
            if (key.endsWith("FORMAT") || key.endsWith("FORMATTER")) {
                String shown = DateTimeFormatter.ofPattern(word, language.locale()).format(LocalDate.of(2026, 11, 23));
                assertFalse(shown.isBlank(), key);
            } else if (!word.startsWith("{")) {
                assertNotEquals(english.getString(key), word, key + " is translated");
            }
        }
    }

    @Test
    void calendarFxsOwnBundleFollowsTheLanguageSwitchedTo() {
        Locale before = Locale.getDefault();
        try {
            for (Language language : List.of(Language.VI, Language.LO, Language.EN, Language.VI)) {
                DisplayLocale.use(language);
                assertEquals(CalendarFxWords.in(language.locale()).getString("DetailedDayViewSkin.ALL_DAY"), Messages.getString("DetailedDayViewSkin.ALL_DAY"), language.tag());
            }
            assertEquals("Cả ngày", Messages.getString("DetailedDayViewSkin.ALL_DAY"));
        } finally {
            Locale.setDefault(before);
        }
    }

    private static Properties read(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CalendarFxWordsTest.class.getResourceAsStream(resource)) {
            assertTrue(in != null, resource);
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}

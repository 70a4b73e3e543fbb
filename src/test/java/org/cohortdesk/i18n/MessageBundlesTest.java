package org.cohortdesk.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every message exists in Vietnamese, English and Lao, parses, and is used by the code. */
class MessageBundlesTest {
    private static final Path MAIN = Path.of("src/main");
    /** Keys built at run time from a prefix and a name: enum labels, constraint and check names, trainee fields. */
    private static final List<String> DYNAMIC_PREFIXES = List.of("enum.", "error.constraint.", "check.", "trainee.field.");

    static Properties bundle(Language language) throws IOException {
        String name = "/org/cohortdesk/i18n/messages" + (language == Language.EN ? "" : "_" + language.tag()) + ".properties";
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLanguageHasExactlyTheEnglishKeys(Language language) throws IOException {
        Set<String> english = new TreeSet<>(bundle(Language.EN).stringPropertyNames());
        Set<String> other = new TreeSet<>(bundle(language).stringPropertyNames());
        Set<String> missing = new TreeSet<>(english);
        missing.removeAll(other);
        Set<String> extra = new TreeSet<>(other);
        extra.removeAll(english);
        assertEquals(Set.of(), missing, language + " lacks keys");
        assertEquals(Set.of(), extra, language + " has keys English lacks");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyMessageIsAValidPatternWithItsApostrophesDoubled(Language language) throws IOException {
        Properties p = bundle(language);
        for (String key : p.stringPropertyNames()) {
            String value = p.getProperty(key);
            assertTrue(!value.isBlank(), key + " is empty in " + language);
            new MessageFormat(value);
            assertTrue(!value.replace("''", "").contains("'"), key + " has a single apostrophe in " + language + ": " + value);
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void placeholdersAgreeWithEnglish(Language language) throws IOException {
        Properties english = bundle(Language.EN);
        Properties other = bundle(language);
        for (String key : english.stringPropertyNames()) {
            assertEquals(placeholders(english.getProperty(key)), placeholders(other.getProperty(key, "")), key + " in " + language);
        }
    }

    @Test
    void everyNamedConstraintOfTheSchemaHasAMessage() throws IOException {
        Properties english = bundle(Language.EN);
        String schema;
        try (Stream<Path> scripts = Files.list(MAIN.resolve("resources/org/cohortdesk/db/migration"))) {
            schema = scripts.filter(f -> f.getFileName().toString().endsWith(".sql")).sorted().map(MessageBundlesTest::read)
                    .collect(Collectors.joining("\n"));
        }
        Matcher m = Pattern.compile("CONSTRAINT ((?:uq|fk|ck)_[a-z0-9_]+)").matcher(schema);
        int found = 0;
        while (m.find()) {
            found++;
            assertTrue(english.containsKey("error.constraint." + m.group(1)), "no message for constraint " + m.group(1));
        }
        assertTrue(found > 30, "constraints found: " + found);
    }

    @Test
    void everyKeyIsUsedByTheCode() throws IOException {
        String code;
        try (Stream<Path> files = Files.walk(MAIN.resolve("java"))) {
            code = files.filter(f -> f.toString().endsWith(".java")).map(MessageBundlesTest::read).collect(Collectors.joining("\n"));
        }
        Set<String> unused = new TreeSet<>();
        for (String key : bundle(Language.EN).stringPropertyNames()) {
            boolean dynamic = DYNAMIC_PREFIXES.stream().anyMatch(key::startsWith) || key.equals("app.name");
            if (!dynamic && !code.contains("\"" + key + "\"")) {
                unused.add(key);
            }
        }
        assertEquals(Set.of(), unused, "keys no code uses");
    }

    @Test
    void everyKeyTheServicesAndCommandsNameExists() throws IOException {
        Properties english = bundle(Language.EN);
        Set<String> missing = new TreeSet<>();
        int named = 0;
        Pattern literal = Pattern.compile("\"((?:error|rule|cli|check|demo)\\.[a-z0-9_]+(?:\\.[a-z0-9_]+)*)\"");
        try (Stream<Path> files = Files.walk(MAIN.resolve("java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(read(file));
                while (m.find()) {
                    named++;
                    if (!english.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertTrue(named > 30, "keys found in the code: " + named);
        assertEquals(Set.of(), missing, "keys named in code but missing from the bundles");
    }

    private static Set<String> placeholders(String pattern) {
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(pattern);
        Set<String> out = new TreeSet<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void localizationFormatsDatesDayFirstAndNamesEnums() {
        Localization tr = new Localization(Language.VI);
        assertEquals("Đang học", tr.tr(org.cohortdesk.model.CohortStatus.IN_PROGRESS));
        assertEquals("[no.such.key]", tr.tr("no.such.key"));
        assertTrue(tr.tr("rule.passport.expires_soon", java.time.LocalDate.of(2026, 10, 23), java.time.LocalDate.of(2026, 10, 24))
                .contains("23/10/2026"));
    }
}

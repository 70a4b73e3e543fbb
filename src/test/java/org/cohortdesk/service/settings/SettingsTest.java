package org.cohortdesk.service.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cohortdesk.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void keepsWhatWasSavedAcrossLoads() {
        Settings settings = Settings.load(dir.resolve("settings.properties"));
        assertEquals(Optional.empty(), settings.language());
        settings.setLanguage(Language.LO);
        settings.put("roster.columns", "nameLatin,-notes");
        settings.save();
        Settings again = Settings.load(dir.resolve("settings.properties"));
        assertEquals(Optional.of(Language.LO), again.language());
        assertEquals(Optional.of("nameLatin,-notes"), again.get("roster.columns"));
    }

    @Test
    void aDamagedFileMeansDefaultsAndIsKeptAsideBeforeTheFirstSave() throws Exception {
        Path file = dir.resolve("settings.properties");
        java.nio.file.Files.writeString(file, "language=\\u00zz\n");
        Settings settings = Settings.load(file);
        assertEquals(Optional.empty(), settings.language());
        settings.setLanguage(Language.VI);
        settings.save();
        assertEquals("language=\\u00zz\n", java.nio.file.Files.readString(dir.resolve("settings.properties.damaged")));
        assertEquals(Optional.of(Language.VI), Settings.load(file).language());
    }

    /** The window saves from worker threads, several at once when the user changes things quickly. */
    @Test
    void savesFromSeveralThreadsAtOnceWithoutFailingAndTheLastValueWins() throws Exception {
        Settings settings = Settings.load(dir.resolve("settings.properties"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> saves = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                settings.put("roster.columns", "layout-" + i);
                saves.add(pool.submit(settings::save));
            }
            for (Future<?> save : saves) {
                save.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(Optional.of("layout-199"), Settings.load(dir.resolve("settings.properties")).get("roster.columns"));
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} -> {1}")
    @org.junit.jupiter.params.provider.CsvSource({
            "'jdbc:h2:/tmp/x', settings.server.not_postgresql",
            "'jdbc:postgresql://', settings.server.not_postgresql",
            "'postgresql://office/cohortdesk', settings.server.not_postgresql",
            "'jdbc:postgresql://office/cohortdesk?user=coord&password=secret', settings.server.password_in_url",
            "'jdbc:postgresql://office/cohortdesk?PASSWORD=secret', settings.server.password_in_url"})
    void aServerAddressThatIsNotPostgresqlOrCarriesAPasswordIsRefusedAndChangesNothing(String url, String key) throws Exception {
        Path file = dir.resolve("settings.properties");
        Settings settings = Settings.load(file);
        settings.setServerUrl("jdbc:postgresql://office/cohortdesk?user=coord");
        settings.save();
        org.cohortdesk.model.ProblemException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.cohortdesk.model.ProblemException.class, () -> settings.setServerUrl(url));
        assertEquals(key, e.problem().key());
        settings.save();
        assertEquals(Optional.of("jdbc:postgresql://office/cohortdesk?user=coord"), Settings.load(file).serverUrl());
        org.junit.jupiter.api.Assertions.assertFalse(java.nio.file.Files.readString(file).contains("secret"));
    }

    @Test
    void aServerAddressIsKeptAndABlankOneClearsIt() {
        Path file = dir.resolve("settings.properties");
        Settings settings = Settings.load(file);
        settings.setServerUrl("  jdbc:postgresql://office:5432/cohortdesk?user=coord ");
        settings.save();
        assertEquals(Optional.of("jdbc:postgresql://office:5432/cohortdesk?user=coord"), Settings.load(file).serverUrl());
        settings.setServerUrl(" ");
        settings.save();
        assertEquals(Optional.empty(), Settings.load(file).serverUrl());
    }
}

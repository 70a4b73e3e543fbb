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
}

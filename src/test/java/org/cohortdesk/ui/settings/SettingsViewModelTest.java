package org.cohortdesk.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.settings.Settings;
import org.cohortdesk.ui.common.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {
    @TempDir
    Path dir;

    @Test
    void appliesTheChosenLanguageAtOnceAndSavesIt() throws Exception {
        Path file = dir.resolve("settings.properties");
        List<Language> applied = new ArrayList<>();
        SettingsViewModel model = new SettingsViewModel(Settings.load(file), new Localization(Language.VI), dir.toString(),
                dir.toString(), TaskRunner.sameThread(), e -> {
                    throw new AssertionError(e);
                }, applied::add);

        assertEquals(Language.VI, model.languageProperty().get());
        assertEquals(List.of("Tiếng Việt", "English", "ພາສາລາວ"), model.languages().stream().map(model::nameOf).toList());

        model.chooseLanguage(Language.VI);
        assertEquals(List.of(), applied, "the language shown already");
        assertTrue(Files.notExists(file));

        model.chooseLanguage(Language.LO);
        assertEquals(List.of(Language.LO), applied);
        assertEquals(Language.LO, Settings.load(file).language().orElseThrow());
    }
}

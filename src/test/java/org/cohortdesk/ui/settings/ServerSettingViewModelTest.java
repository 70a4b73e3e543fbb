package org.cohortdesk.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.settings.Settings;
import org.cohortdesk.ui.common.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerSettingViewModelTest {
    static final String OFFICE = "jdbc:postgresql://office-server/cohortdesk?user=cohortdesk";

    @TempDir
    Path dir;

    ServerSettingViewModel model(Path file, Language language) {
        return new SettingsViewModel(Settings.load(file), new Localization(language), dir.toString(), dir.toString(),
                TaskRunner.sameThread(), e -> {
                    throw new AssertionError(e);
                }, l -> { }).server();
    }

    @Test
    void savesTheAddressForTheNextStartAndClearsItWhenBlank() {
        Path file = dir.resolve("settings.properties");
        ServerSettingViewModel model = model(file, Language.EN);
        assertEquals("", model.urlProperty().get());

        model.urlProperty().set("  " + OFFICE + " ");
        model.save();
        assertEquals(Optional.of(OFFICE), Settings.load(file).serverUrl());
        assertEquals("Saved. The next start opens " + OFFICE + ".", model.messageProperty().get());
        assertEquals("", model.problemProperty().get());
        assertEquals(OFFICE, model(file, Language.EN).urlProperty().get(), "shown again on the next visit");

        model.urlProperty().set("");
        model.save();
        assertEquals(Optional.empty(), Settings.load(file).serverUrl());
        assertTrue(model.messageProperty().get().startsWith("Cleared."));
    }

    @Test
    void anAddressWithAPasswordIsRefusedInTheReadersLanguageAndNothingIsWritten() throws Exception {
        Path file = dir.resolve("settings.properties");
        ServerSettingViewModel first = model(file, Language.EN);
        first.urlProperty().set(OFFICE);
        first.save();
        String before = Files.readString(file);

        ServerSettingViewModel model = model(file, Language.LO);
        model.urlProperty().set(OFFICE + "&password=s3cret");
        model.save();

        assertTrue(model.problemProperty().get().startsWith("ທີ່ຢູ່ມີລະຫັດຜ່ານ"), model.problemProperty().get());
        assertEquals("", model.messageProperty().get());
        assertEquals(before, Files.readString(file));
        assertEquals(Optional.of(OFFICE), Settings.load(file).serverUrl());
    }
}

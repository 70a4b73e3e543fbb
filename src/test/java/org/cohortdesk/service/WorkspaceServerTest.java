package org.cohortdesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.service.settings.Settings;
import org.cohortdesk.store.DataFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A desktop whose setting names a server that cannot be reached is told how to go back to its data folder. */
class WorkspaceServerTest {
    @TempDir
    Path dir;

    @Test
    void anUnreachableServerOfTheSettingsSaysHowToGoBackToTheDataFolder() {
        DataFolder folder = new DataFolder(dir);
        Settings settings = Settings.load(folder.settingsFile());
        settings.setServerUrl("jdbc:postgresql://127.0.0.1:1/cohortdesk?user=coord&connectTimeout=2");
        settings.save();

        ProblemException e = assertThrows(ProblemException.class, () -> Workspace.open(folder, null, Clock.systemUTC()));

        assertEquals("error.db.server_of_settings", e.problem().key());
        String text = new Localization(Language.EN).tr(e.problem());
        assertTrue(text.startsWith("The database server jdbc:postgresql://127.0.0.1:1/cohortdesk"), text);
        assertTrue(text.contains("remove the line database.server.url from " + folder.settingsFile()), text);
    }

    @Test
    void theDbOptionIsUsedAsGivenWhateverTheSettingsSay() {
        DataFolder folder = new DataFolder(dir);
        Settings settings = Settings.load(folder.settingsFile());
        settings.setServerUrl("jdbc:postgresql://127.0.0.1:1/from-settings?connectTimeout=2");
        settings.save();

        ProblemException e = assertThrows(ProblemException.class,
                () -> Workspace.open(folder, "jdbc:postgresql://127.0.0.1:1/from-option?connectTimeout=2", Clock.systemUTC()));

        assertEquals("error.db.open_failed", e.problem().key());
        assertTrue(e.args().get(0).toString().contains("from-option"), e.args().toString());
    }
}

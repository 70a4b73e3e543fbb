package org.cohortdesk.ui.settings;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.settings.Settings;
import org.cohortdesk.ui.common.BackgroundTask;
import org.cohortdesk.ui.common.TaskRunner;

/**
 * The user's choices: the language of the window (applied at once, kept in the settings file) and
 * where the data lives (shown, not changed here: that is the {@code --data} option).
 */
public final class SettingsViewModel {
    private final Settings settings;
    private final Localization tr;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final Consumer<Language> applyLanguage;
    private final ReadOnlyObjectWrapper<Language> language = new ReadOnlyObjectWrapper<>(this, "language");
    private final String dataFolder;
    private final String database;
    private ServerSettingViewModel.Copier copier;

    /**
     * @param applyLanguage rebuilds the window in the chosen language (called on the FX thread)
     */
    public SettingsViewModel(Settings settings, Localization tr, String dataFolder, String database, TaskRunner tasks,
            Consumer<Throwable> onFailure, Consumer<Language> applyLanguage) {
        this.settings = settings;
        this.tr = tr;
        this.dataFolder = dataFolder;
        this.database = database;
        this.tasks = tasks;
        this.onFailure = onFailure;
        this.applyLanguage = applyLanguage;
        language.set(tr.language());
    }

    /** Every language, each named in itself (Tiếng Việt, English, ພາສາລາວ). */
    public List<Language> languages() {
        return List.of(Language.VI, Language.EN, Language.LO);
    }

    public String nameOf(Language choice) {
        return tr.tr(choice);
    }

    /** Switches the window to {@code choice} now and saves the choice in the background. */
    public void chooseLanguage(Language choice) {
        if (choice == null || choice == language.get()) {
            return;
        }
        language.set(choice);
        settings.setLanguage(choice);
        BackgroundTask.of(progress -> {
                    settings.save();
                    return choice;
                })
                .onFailure(onFailure)
                .runWith(tasks);
        applyLanguage.accept(choice);
    }

    public ReadOnlyObjectProperty<Language> languageProperty() {
        return language.getReadOnlyProperty();
    }

    public String dataFolder() {
        return dataFolder;
    }

    /** The database: the folder again for the embedded one, or the server's address. */
    public String database() {
        return database;
    }

    /** The card for a shared database server (the address for the next start). */
    public ServerSettingViewModel server() {
        return new ServerSettingViewModel(settings, tr, tasks, onFailure, copier);
    }

    /** Lets the server card copy the data folder's own database (the window works on it) onto a server. */
    public void offerCopyToServer(ServerSettingViewModel.Copier copier) {
        this.copier = copier;
    }

    public Localization localization() {
        return tr;
    }
}

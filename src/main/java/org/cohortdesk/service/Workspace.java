package org.cohortdesk.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.service.backup.BackupService;
import org.cohortdesk.service.settings.Settings;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.DatabaseCopy;
import org.cohortdesk.store.FilePassword;
import org.cohortdesk.store.LegacyH2;

/**
 * An open workspace: the data folder (always: settings and logs live there even when the database
 * is a server), the open database, the user's settings and the services over them.
 */
public final class Workspace implements AutoCloseable {
    private final DataFolder folder;
    private final Database database;
    private final Settings settings;
    private final Services services;
    private final BackupService backups;

    private Workspace(DataFolder folder, Database database, Settings settings, Services services, Clock clock) {
        this.folder = folder;
        this.database = database;
        this.settings = settings;
        this.services = services;
        this.backups = new BackupService(folder, database, clock);
    }

    /**
     * Opens the workspace the options point at: {@code dbUrl} when given (a server), else the server
     * of the settings ({@link Settings#serverUrl}), else the embedded database in the data folder.
     * Slow (migrations, file checks, the network): never on the FX thread.
     */
    public static Workspace open(DataFolder folder, String dbUrl, Clock clock) {
        return open(folder, dbUrl, clock, FilePassword.NONE);
    }

    /**
     * As {@link #open(DataFolder, String, Clock)}, with the password of an encrypted data folder
     * (see {@link #needsPassword}); a wrong one is refused and changes nothing.
     */
    public static Workspace open(DataFolder folder, String dbUrl, Clock clock, FilePassword password) {
        Settings settings = Settings.load(folder.settingsFile());
        Database database;
        if (dbUrl != null && !dbUrl.isBlank()) {
            database = Database.open(dbUrl);
        } else if (settings.serverUrl().isPresent()) {
            database = openServerOfSettings(settings.serverUrl().get(), folder);
        } else {
            database = openEmbedded(folder, password, clock);
        }
        return new Workspace(folder, database, settings, Services.over(database.jdbi(), clock), clock);
    }

    /** The data folder's own database, whatever server the settings name (to copy it onto one). */
    public static Workspace openFolder(DataFolder folder, Clock clock, FilePassword password) {
        Database database = openEmbedded(folder, password, clock);
        return new Workspace(folder, database, Settings.load(folder.settingsFile()), Services.over(database.jdbi(), clock), clock);
    }

    private static Database openEmbedded(DataFolder folder, FilePassword password, Clock clock) {
        return Database.open(folder, LegacyH2.besideApplication(), password, BackupService.beforeUpgrade(folder, clock));
    }

    /** The server the settings name; when it cannot be reached, the message also says how to go back to the data folder. */
    private static Database openServerOfSettings(String url, DataFolder folder) {
        try {
            return Database.open(url);
        } catch (ProblemException e) {
            if (!e.problem().key().equals("error.db.open_failed")) {
                throw e;
            }
            List<Object> args = new ArrayList<>(e.args());
            args.add(folder.settingsFile().toString());
            throw new ProblemException(Problem.error("error.db.server_of_settings", args.toArray()), e);
        }
    }

    /**
     * Copies this workspace's own database onto the empty database at {@code serverUrl} (see
     * {@link DatabaseCopy}): for an office moving to a shared server. Slow: never on the FX thread.
     */
    public List<DatabaseCopy.Copied> copyTo(String serverUrl, Consumer<DatabaseCopy.Copied> progress) {
        try (Database server = Database.open(serverUrl)) {
            return DatabaseCopy.copy(database, server, progress);
        }
    }

    /** True when the embedded database of the folder is encrypted: ask for its password before {@link #open}. A file read, no query. */
    public static boolean needsPassword(DataFolder folder, String dbUrl) {
        return (dbUrl == null || dbUrl.isBlank()) && Database.isEncrypted(folder);
    }

    /** The language to show: the command-line choice, else the saved setting, else the system's. */
    public static Language language(Optional<Language> override, Settings settings, Locale system) {
        return override.or(settings::language).orElseGet(() -> Language.forLocale(system));
    }

    public DataFolder folder() {
        return folder;
    }

    public Database database() {
        return database;
    }

    public Settings settings() {
        return settings;
    }

    public Services services() {
        return services;
    }

    /** Backups of this workspace's database (refused, with a clear message, for a server). */
    public BackupService backups() {
        return backups;
    }

    @Override
    public void close() {
        database.close();
    }
}

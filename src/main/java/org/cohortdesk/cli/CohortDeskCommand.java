package org.cohortdesk.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.service.exchange.PackageFile;
import org.cohortdesk.service.settings.Settings;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.store.FilePassword;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code cohortdesk}: with no command it opens the window; with a command it works headless.
 * Global options may stand before or after the command.
 */
@Command(
        name = "cohortdesk",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {"Cohort Desk: foreign trainee programs: cohorts, rosters, sessions, attendance, reports.",
            "With no command, opens the window. With a command, works without a display."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the input or the data was refused (each problem on its own line of stderr)", "2:usage error"},
        subcommands = {DemoCommand.class, InfoCommand.class, CheckCommand.class, CohortsCommand.class, RosterCommand.class, PeopleCommand.class,
            ImportCommand.class, ExportCommand.class, HolidaysCommand.class, ConflictsCommand.class, ReportCommand.class,
            PackageCommand.class, InstitutionCommand.class, BackupCommand.class, RestoreCommand.class, CopyToServerCommand.class, DeleteClearCopiesCommand.class,
            EncryptionCommand.Encrypt.class, EncryptionCommand.Decrypt.class, AuditCommand.class})
public final class CohortDeskCommand implements java.util.concurrent.Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "PACKAGE.cohortdesk",
            description = "An exchange package to import once the window has opened the data (what opening such a file from the desktop does).")
    Path packageFile;

    @Option(names = "--data", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Data folder (default: $COHORTDESK_DATA, else the system's place for application data).")
    String data;

    @Option(names = "--db", paramLabel = "JDBC_URL", scope = ScopeType.INHERIT,
            description = "A database server instead of the embedded database (wins over the setting), e.g. jdbc:postgresql://host/db?user=name.")
    String db;

    @Option(names = "--lang", paramLabel = "vi|en|lo", scope = ScopeType.INHERIT, converter = LanguageConverter.class,
            description = "Language of messages (default: the saved setting, else the system's).")
    Language lang;

    @Option(names = "--password-file", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Read the password of an encrypted data folder from the first line of this file"
                    + " (default: $COHORTDESK_PASSWORD, else asked on the console).")
    Path passwordFile;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Print stack traces and detailed logs.")
    boolean debug;

    @Option(names = "--measure-startup", description = "Open the window, print 'startup-ms: N' once the first view shows its data, and exit.")
    boolean measureStartup;

    private final ToIntFunction<CohortDeskCommand> window;

    /** {@code window} opens the application window for these options and returns the exit code when it closes. */
    public CohortDeskCommand(ToIntFunction<CohortDeskCommand> window) {
        this.window = window;
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // Only a package opens with the window: any other word is a mistyped command, not a file to import.
        if (packageFile != null && !packageFile.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + PackageFile.EXTENSION)) {
            throw new ParameterException(spec.commandLine(), "Unmatched argument: '" + packageFile + "' (not a command, nor a ."
                    + PackageFile.EXTENSION + " package)");
        }
        return window.applyAsInt(this);
    }

    public DataFolder dataFolder() {
        return DataFolder.resolveForThisMachine(data);
    }

    public String dbUrl() {
        return db;
    }

    public Optional<Language> language() {
        return Optional.ofNullable(lang);
    }

    public boolean debug() {
        return debug;
    }

    /** The exchange package the window is to import once open, if one was named (opened from the desktop). */
    public Optional<Path> packageFile() {
        return Optional.ofNullable(packageFile);
    }

    public boolean measureStartup() {
        return measureStartup;
    }

    /** Messages for the command line: --lang, else the saved setting, else the system's language. */
    public Localization localization() {
        DataFolder folder = dataFolder();
        return new Localization(Workspace.language(language(), Settings.load(folder.settingsFile()), Locale.getDefault()));
    }

    Workspace openWorkspace() {
        return Workspace.open(dataFolder(), db, Clock.systemDefaultZone(), password(db));
    }

    /** The data folder's own database, whatever server --db or the settings name (copy-to-server's source). */
    Workspace openFolderWorkspace() {
        return Workspace.openFolder(dataFolder(), Clock.systemDefaultZone(), password(null));
    }

    /** The password of the folder's database when it is encrypted and {@code dbUrl} does not point elsewhere. */
    private FilePassword password(String dbUrl) {
        DataFolder folder = dataFolder();
        return Workspace.needsPassword(folder, dbUrl) ? passwords().current(passwordFile, folder.path()) : FilePassword.NONE;
    }

    /** The password the window uses for an encrypted folder instead of asking: from {@code --password-file} or the environment. */
    public Optional<FilePassword> windowPassword() {
        return passwords().given(passwordFile);
    }

    Passwords passwords() {
        return new Passwords(System.getenv(), System.console(), localization());
    }
}

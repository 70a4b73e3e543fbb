package org.cohortdesk.ui;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.store.FilePassword;

/**
 * What the command line asks of the window: the data folder (always: settings and logs live there),
 * a database server URL or {@code null} for the embedded database, a language that overrides the
 * saved setting, whether to print {@code startup-ms: N} once the first view shows its data and
 * then exit, an exchange package to import once the data is open (a package file opened from
 * the desktop, which the installers associate with Cohort Desk), and the password of an encrypted
 * folder when it was given ({@code --password-file} or {@code COHORTDESK_PASSWORD}: the window then
 * does not ask for it).
 */
public record LaunchRequest(DataFolder folder, String dbUrl, Optional<Language> language, boolean measureStartup, Optional<Path> packageFile,
        Optional<FilePassword> password) {

    public LaunchRequest {
        Objects.requireNonNull(folder, "folder");
        language = language == null ? Optional.empty() : language;
        packageFile = packageFile == null ? Optional.empty() : packageFile;
        password = password == null ? Optional.empty() : password;
    }

    public LaunchRequest(DataFolder folder, String dbUrl, Optional<Language> language, boolean measureStartup) {
        this(folder, dbUrl, language, measureStartup, Optional.empty(), Optional.empty());
    }
}

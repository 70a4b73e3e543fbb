package org.cohortdesk.ui;

import java.util.Objects;
import java.util.Optional;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.store.DataFolder;

/**
 * What the command line asks of the window: the data folder (always: settings and logs live there),
 * a database server URL or {@code null} for the embedded database, a language that overrides the
 * saved setting, and whether to print {@code startup-ms: N} once the first view shows its data and
 * then exit.
 */
public record LaunchRequest(DataFolder folder, String dbUrl, Optional<Language> language, boolean measureStartup) {

    public LaunchRequest {
        Objects.requireNonNull(folder, "folder");
        language = language == null ? Optional.empty() : language;
    }
}

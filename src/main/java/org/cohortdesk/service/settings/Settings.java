package org.cohortdesk.service.settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.ProblemException;

/**
 * The user's preferences, kept in {@code settings.properties} of the data folder. Saved whole,
 * atomically; safe to read, change and save from any thread.
 */
public final class Settings {
    private static final Logger LOG = Logger.getLogger(Settings.class.getName());
    private static final String LANGUAGE = "language";
    private static final String SERVER_URL = "database.server.url";

    private final Path file;
    private final Properties values = new Properties();
    private boolean damaged;

    private Settings(Path file) {
        this.file = file;
    }

    /**
     * Reads the file if it exists; a missing file means defaults. A damaged file (not a properties
     * file) also means defaults: it is logged, and kept as {@code settings.properties.damaged} by
     * the first {@link #save}, so nothing the user had is lost. A file that cannot be read at all is
     * refused with {@code error.settings.unreadable}.
     */
    public static Settings load(Path file) {
        Settings settings = new Settings(file);
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                settings.values.load(in);
            } catch (IllegalArgumentException malformed) {
                LOG.log(Level.WARNING, "settings file " + file + " is damaged; using the defaults", malformed);
                settings.values.clear();
                settings.damaged = true;
            } catch (IOException e) {
                throw new ProblemException(Problem.error("error.settings.unreadable", file, e.getMessage()), e);
            }
        }
        return settings;
    }

    /** The chosen UI language, if the user chose one. */
    public Optional<Language> language() {
        return Language.fromTag(values.getProperty(LANGUAGE));
    }

    public void setLanguage(Language language) {
        values.setProperty(LANGUAGE, language.tag());
    }

    /**
     * The PostgreSQL server every start opens instead of the data folder's database, if one is set
     * ({@code --db} overrides it). It never holds a password: see {@link #setServerUrl}.
     */
    public Optional<String> serverUrl() {
        return get(SERVER_URL).filter(url -> !url.isBlank());
    }

    /**
     * Sets (or, blank, clears) the server URL for the next start. Refused with a problem when it is
     * not a {@code jdbc:postgresql://} URL or carries a password: this file is plain text, so the
     * password belongs in the driver's password file or {@code PGPASSWORD} (docs/shared-server.md).
     */
    public void setServerUrl(String url) {
        String u = url == null ? "" : url.strip();
        if (u.isEmpty()) {
            values.remove(SERVER_URL);
            return;
        }
        if (!u.startsWith("jdbc:postgresql://") || u.length() == "jdbc:postgresql://".length()) {
            throw ProblemException.of("settings.server.not_postgresql", u);
        }
        if (u.toLowerCase(java.util.Locale.ROOT).matches(".*[?&;]password=.*")) {
            throw ProblemException.of("settings.server.password_in_url");
        }
        values.setProperty(SERVER_URL, u);
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    public void put(String key, String value) {
        values.setProperty(key, value);
    }

    /**
     * Writes the file through a temporary one, so a crash never leaves half a file. Saves from
     * several threads at once take turns (they share the temporary file), and each writes every
     * current value, so the last one leaves the latest.
     */
    public synchronized void save() {
        try {
            Files.createDirectories(file.getParent());
            if (damaged) {
                Files.copy(file, file.resolveSibling(file.getFileName() + ".damaged"), StandardCopyOption.REPLACE_EXISTING);
                damaged = false;
            }
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                values.store(out, "Cohort Desk settings");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.cohortdesk.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.ProblemException;

/**
 * Where the user's data lives: {@code --data DIR}, else {@code COHORTDESK_DATA}, else the
 * operating system's place for local application data (Windows {@code %LOCALAPPDATA%\CohortDesk},
 * macOS {@code ~/Library/Application Support/CohortDesk}, Linux {@code $XDG_DATA_HOME/cohortdesk}
 * or {@code ~/.local/share/cohortdesk}).
 */
public record DataFolder(Path path) {
    public static final String ENV_VARIABLE = "COHORTDESK_DATA";
    static final String DATABASE_NAME = "cohortdesk";

    /** Resolves the folder from the option, the environment and the OS, in that order. */
    public static DataFolder resolve(String option, Map<String, String> env, String osName, String userHome) {
        if (option != null && !option.isBlank()) {
            return new DataFolder(Path.of(option).toAbsolutePath().normalize());
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new DataFolder(Path.of(fromEnv).toAbsolutePath().normalize());
        }
        return new DataFolder(osDefault(env, osName, userHome));
    }

    public static DataFolder resolveForThisMachine(String option) {
        return resolve(option, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static Path osDefault(Map<String, String> env, String osName, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : Path.of(userHome, "AppData", "Local");
            return base.resolve("CohortDesk");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "CohortDesk");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("cohortdesk");
    }

    /**
     * Why the folder cannot be used, in words: a file in its place, or the system's reason
     * (permission denied, read-only, ...).
     */
    ProblemException unusable(IOException e) {
        if (Files.exists(path) && !Files.isDirectory(path)) {
            return new ProblemException(Problem.error("error.folder.not_a_folder", path), e);
        }
        String reason = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof NoSuchFileException ? "it cannot be created there"
                : e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : e.getClass().getSimpleName();
        return new ProblemException(Problem.error("error.folder.unusable", path, reason), e);
    }

    /** The H2 database file (as H2 names it, with {@code .mv.db}). */
    public Path databaseFile() {
        return path.resolve(DATABASE_NAME + ".mv.db");
    }

    /** The database path as H2's URL wants it: without the {@code .mv.db} suffix. */
    Path databaseBase() {
        return path.resolve(DATABASE_NAME);
    }

    public Path backups() {
        return path.resolve("backups");
    }

    public Path logs() {
        return path.resolve("logs");
    }

    public Path settingsFile() {
        return path.resolve("settings.properties");
    }

    Path lockFile() {
        return path.resolve(".lock");
    }

    Path stampFile() {
        return path.resolve("datafolder.properties");
    }
}

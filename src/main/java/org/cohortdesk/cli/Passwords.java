package org.cohortdesk.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.store.FilePassword;

/**
 * Where the command line gets a database password: a file ({@code --password-file}), else an
 * environment variable, else a prompt on the console (nothing echoed). Never an option's value:
 * that would show in the process list and the shell's history.
 */
final class Passwords {
    static final String ENV_PASSWORD = "COHORTDESK_PASSWORD";
    static final String ENV_NEW_PASSWORD = "COHORTDESK_NEW_PASSWORD";

    private final Map<String, String> env;
    private final Console console;
    private final Localization tr;

    Passwords(Map<String, String> env, Console console, Localization tr) {
        this.env = env;
        this.console = console;
        this.tr = tr;
    }

    /** The password of an encrypted data folder; refused ({@code error.db.password_needed}) when there is nowhere to get it from. */
    FilePassword current(Path file, Path folder) {
        return read(file, ENV_PASSWORD, "cli.password.prompt", false, () -> ProblemException.of("error.db.password_needed", folder));
    }

    /** The password of an encrypted data folder when given in a file or {@code COHORTDESK_PASSWORD}; never asked (the window asks itself). */
    Optional<FilePassword> given(Path file) {
        if (file != null) {
            return Optional.of(fromFile(file));
        }
        String fromEnv = env.get(ENV_PASSWORD);
        return fromEnv == null || fromEnv.isEmpty() ? Optional.empty() : Optional.of(FilePassword.of(fromEnv));
    }

    /** A new password: from the file or {@code COHORTDESK_NEW_PASSWORD}, else typed twice on the console. */
    FilePassword next(Path file) {
        return read(file, ENV_NEW_PASSWORD, "cli.password.prompt_new", true, () -> ProblemException.of("cli.password.new_needed", ENV_NEW_PASSWORD));
    }

    private FilePassword read(Path file, String variable, String promptKey, boolean twice, java.util.function.Supplier<ProblemException> nowhere) {
        if (file != null) {
            return fromFile(file);
        }
        String fromEnv = env.get(variable);
        if (fromEnv != null && !fromEnv.isEmpty()) {
            return FilePassword.of(fromEnv);
        }
        if (console == null) {
            throw nowhere.get();
        }
        char[] typed = console.readPassword("%s ", tr.tr(promptKey));
        if (typed == null || typed.length == 0) {
            throw nowhere.get();
        }
        if (twice) {
            char[] again = console.readPassword("%s ", tr.tr("cli.password.prompt_again"));
            if (!Arrays.equals(typed, again)) {
                throw ProblemException.of("settings.encryption.mismatch");
            }
        }
        return FilePassword.of(typed);
    }

    /** The first line of the file, without its line break. */
    static FilePassword fromFile(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            String line = end < 0 ? text : text.substring(0, end);
            FilePassword password = FilePassword.of(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
            if (password.isNone()) {
                throw ProblemException.of("cli.password.file_empty", file);
            }
            return password;
        } catch (IOException e) {
            throw new ProblemException(Problem.error("cli.password.file_unreadable", file, e.getClass().getSimpleName()), e);
        }
    }
}

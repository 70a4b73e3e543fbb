package org.cohortdesk.service.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.service.about.About;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.FilePassword;
import org.cohortdesk.store.H2Login;
import org.cohortdesk.store.Migrations;
import org.cohortdesk.store.PendingRestore;
import org.jdbi.v3.core.Jdbi;

/**
 * Backups of the embedded database (see docs/decisions/0014-backups-while-open.md): by hand to any
 * file, automatically into the data folder's {@code backups/} (at close, at most one a day; before
 * every import; before a schema upgrade), rotated by {@link Rotation}; and restores, checked before
 * anything is replaced. A server database ({@code --db}) is backed up by the server's own tools:
 * every method that would write one says so ({@code error.backup.server}).
 */
public final class BackupService {
    private static final Logger LOG = Logger.getLogger(BackupService.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern AUTOMATIC = Pattern.compile("auto-(\\d{8}-\\d{6})(?:-\\d+)?-(daily|import)\\.zip");
    static final String DAILY = "daily";
    static final String IMPORT = "import";

    private final DataFolder folder;
    private final Database database;
    private final Clock clock;

    public BackupService(DataFolder folder, Database database, Clock clock) {
        this.folder = folder;
        this.database = database;
        this.clock = clock;
    }

    /** A file in the backups folder, newest first in {@link #list()}. */
    public record Listed(Path file, Instant modified, long bytes) {}

    /** The folder automatic backups go to. */
    public Path folder() {
        return folder.backups();
    }

    /** Writes a backup of the whole database to {@code out} (replacing it) and returns its manifest. */
    public synchronized BackupFile.Manifest backupTo(Path out, String reason) {
        if (!database.embedded()) {
            throw ProblemException.of("error.backup.server");
        }
        Path target = out.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            Path script = Files.createTempFile(target.getParent(), ".backup-", ".sql");
            try {
                Database.script(database.jdbi(), database.login(), script);
                return BackupFile.write(script, target, About.version(), database.schemaVersion(), clock.instant(), reason,
                        database.encrypted());
            } finally {
                Files.deleteIfExists(script);
            }
        } catch (IOException e) {
            throw new ProblemException(Problem.error("error.backup.write_failed", target, e.getMessage()), e);
        }
    }

    /** "Back up now": a backup in the backups folder that rotation never deletes. */
    public Path now() {
        Path out = unique("manual-" + stamp(), "");
        backupTo(out, "manual");
        return out;
    }

    /** At close: a backup when none was made today, then rotation. Nothing for a server database. */
    public Optional<Path> atClose() {
        if (!database.embedded()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        if (automatic().stream().anyMatch(e -> !e.beforeImport() && e.takenAt().toLocalDate().equals(today))) {
            return Optional.empty();
        }
        Path out = unique("auto-" + stamp(), "-" + DAILY);
        backupTo(out, "close");
        rotate();
        return Optional.of(out);
    }

    /**
     * Before an import changes anything: a backup, then rotation. Every import calls this (nominees,
     * attendance, later ones). Nothing for a server database (the server's backups cover it).
     */
    public Optional<Path> beforeImport() {
        if (!database.embedded()) {
            LOG.info("no backup before the import: the database is a server; back it up with the server's tools");
            return Optional.empty();
        }
        Path out = unique("auto-" + stamp(), "-" + IMPORT);
        backupTo(out, "import");
        rotate();
        return Optional.of(out);
    }

    /**
     * Deletes the automatic backups {@link Rotation} does not keep, and the temporary files of a
     * backup that was cut short (the process killed while writing): no backup of this service is
     * under way while this runs, and no other process writes in the folder while this one has it.
     */
    public synchronized void rotate() {
        try (Stream<Path> files = Files.list(folder.backups())) {
            for (Path stale : files.filter(p -> p.getFileName().toString().startsWith(".backup-")).toList()) {
                Files.deleteIfExists(stale);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Rotation.Entry e : Rotation.toDelete(automatic(), LocalDate.now(clock))) {
            try {
                Files.deleteIfExists(folder.backups().resolve(e.name()));
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        }
    }

    /**
     * The files in the backups folder that hold the data without a password: the database file as
     * it was before encrypting, and backups made before. Empty while the database itself has none.
     */
    public List<Path> withoutPassword() {
        if (!database.encrypted()) {
            return List.of();
        }
        return list().stream().map(Listed::file).filter(BackupService::inClear).toList();
    }

    /**
     * Once the password is known to open the data: makes a backup now (encrypted with the password),
     * then deletes {@link #withoutPassword}. Returns the files deleted.
     */
    public synchronized List<Path> deleteWithoutPassword() {
        if (!database.encrypted()) {
            throw ProblemException.of("error.backup.not_encrypted");
        }
        now();
        List<Path> clear = withoutPassword();
        for (Path file : clear) {
            try {
                Files.delete(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return clear;
    }

    private static boolean inClear(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".mv.db")) {
            return !Database.isEncryptedFile(file);
        }
        return name.endsWith(".zip") && BackupFile.encrypted(file).map(encrypted -> !encrypted).orElse(false);
    }

    /** Every file in the backups folder, newest first. */
    public List<Listed> list() {
        if (!Files.isDirectory(folder.backups())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder.backups())) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .map(BackupService::listed)
                    .sorted(Comparator.comparing(Listed::modified).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks a backup for restoring into this build (see {@link BackupFile#check}). */
    public static BackupFile.Manifest check(Path backup) {
        return BackupFile.check(backup, Migrations.bundled().latestVersion());
    }

    /**
     * For the window, whose database is open: checks the backup and builds its database beside the
     * live one; it replaces the live one when Cohort Desk next opens the folder (the live file is
     * then kept in the backups folder).
     */
    public BackupFile.Manifest restoreAtNextStart(Path backup) {
        if (!database.embedded()) {
            throw ProblemException.of("error.backup.server");
        }
        BackupFile.Manifest manifest = check(backup);
        // An encrypted backup is read with the password the database has now (the one it was made with, unless changed since).
        H2Login login = manifest.encrypted() && database.encrypted() ? database.login() : H2Login.of(folder, FilePassword.NONE);
        withScript(backup, script -> PendingRestore.stage(folder, script, login));
        return manifest;
    }

    /** A restore staged for the next start, if any: when it was staged. */
    public Optional<Instant> pendingRestore() {
        return PendingRestore.pending(folder);
    }

    public void cancelPendingRestore() {
        PendingRestore.cancel(folder);
    }

    /**
     * For the command line, with the folder closed: checks the backup, then replaces the folder's
     * database with it at once, keeping the replaced file in the backups folder. Refused while the
     * folder is open elsewhere.
     */
    public static BackupFile.Manifest restoreNow(DataFolder folder, Path backup, FilePassword password) {
        BackupFile.Manifest manifest = check(backup);
        H2Login login = H2Login.of(folder, manifest.encrypted() ? password : FilePassword.NONE);
        withScript(folder, backup, script -> Database.restore(folder, script, login));
        return manifest;
    }

    /** The copy saved before a schema upgrade, in the backup format. */
    public static Database.UpgradeCopy beforeUpgrade(DataFolder folder, Clock clock) {
        return (Jdbi jdbi, H2Login login, int from) -> {
            Files.createDirectories(folder.backups());
            Path out = folder.backups().resolve("before-schema-upgrade-v" + from + "-" + LocalDateTime.now(clock).format(STAMP) + ".zip");
            Path script = Files.createTempFile(folder.backups(), ".backup-", ".sql");
            try {
                Database.script(jdbi, login, script);
                BackupFile.write(script, out, About.version(), from, clock.instant(), "upgrade", login.encrypted());
            } finally {
                Files.deleteIfExists(script);
            }
            LOG.info("saved a copy before upgrading schema v" + from + ": " + out);
        };
    }

    private void withScript(Path backup, java.util.function.Consumer<Path> use) {
        withScript(folder, backup, use);
    }

    private static void withScript(DataFolder folder, Path backup, java.util.function.Consumer<Path> use) {
        try {
            Files.createDirectories(folder.path());
            Path script = Files.createTempFile(folder.path(), ".restore-", ".sql");
            try {
                BackupFile.extract(backup, script);
                use.accept(script);
            } finally {
                Files.deleteIfExists(script);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Rotation.Entry> automatic() {
        return list().stream().map(l -> l.file().getFileName().toString()).map(AUTOMATIC::matcher).filter(Matcher::matches)
                .map(m -> new Rotation.Entry(m.group(0), LocalDateTime.parse(m.group(1), STAMP), m.group(2).equals(IMPORT)))
                .toList();
    }

    private String stamp() {
        return LocalDateTime.now(clock).format(STAMP);
    }

    private Path unique(String base, String suffix) {
        Path out = folder.backups().resolve(base + suffix + ".zip");
        for (int n = 2; Files.exists(out); n++) {
            out = folder.backups().resolve(base + "-" + n + suffix + ".zip");
        }
        return out;
    }

    private static Listed listed(Path p) {
        try {
            return new Listed(p, Files.getLastModifiedTime(p).toInstant(), Files.size(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

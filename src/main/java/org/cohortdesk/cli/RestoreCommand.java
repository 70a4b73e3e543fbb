package org.cohortdesk.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Problem;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.service.backup.BackupFile;
import org.cohortdesk.service.backup.BackupService;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.store.FilePassword;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Replace the data folder's database with a backup written by Cohort Desk.",
            "The file is checked first (a Cohort Desk backup, not from a newer version, not damaged); the database it replaces",
            "is kept in the backups folder. Close the window first. Asks for confirmation unless --yes is given."})
final class RestoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup file (.zip).")
    Path file;

    @Option(names = "--yes", description = "Do not ask for confirmation (for scripts).")
    boolean yes;

    @Override
    public Integer call() {
        CohortDeskCommand root = (CohortDeskCommand) spec.root().userObject();
        Localization tr = root.localization();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (BackupCommand.onServer(root, tr, err)) {
            return 1;
        }
        DataFolder folder = root.dataFolder();
        BackupFile.Manifest manifest = BackupService.check(file);
        out.println(tr.tr("cli.restore.about", file, manifest.createdAt(), manifest.appVersion(), manifest.schemaVersion()));
        if (!yes && !confirmed(tr, err)) {
            return 2;
        }
        boolean replacing = java.nio.file.Files.exists(folder.databaseFile());
        // A backup of an encrypted database is encrypted too: its password is asked like the folder's.
        FilePassword password = manifest.encrypted() ? root.passwords().current(root.passwordFile, folder.path()) : FilePassword.NONE;
        BackupService.restoreNow(folder, file, password);
        try (Workspace workspace = root.openWorkspace()) {
            List<Problem> problems = workspace.services().integrity().check();
            problems.forEach(p -> err.println(tr.tr(p)));
            out.println(replacing ? tr.tr("cli.restore.done", folder.path(), folder.backups()) : tr.tr("cli.restore.done_new", folder.path()));
            return problems.isEmpty() ? 0 : 1;
        }
    }

    private boolean confirmed(Localization tr, PrintWriter err) {
        Console console = System.console();
        if (console == null) {
            err.println(tr.tr("cli.restore.confirm_needed"));
            return false;
        }
        String answer = console.readLine("%s ", tr.tr("cli.restore.confirm"));
        if (answer != null && List.of("y", "yes", "c", "co", "có", "ແມ່ນ", "ok").contains(answer.strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        err.println(tr.tr("cli.restore.cancelled"));
        return false;
    }
}

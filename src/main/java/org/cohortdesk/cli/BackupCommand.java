package org.cohortdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.service.backup.BackupFile;
import org.cohortdesk.service.backup.BackupRequests;
import org.cohortdesk.service.backup.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Write a backup of the whole database to a file (a ZIP: a manifest and an SQL script).",
            "Works while the window is open: the window writes the backup when asked.",
            "A database server (--db) is backed up with the server's own tools."})
final class BackupCommand implements Callable<Integer> {
    static final Duration CLAIM = Duration.ofSeconds(5);
    static final Duration FINISH = Duration.ofMinutes(30);

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The backup file to write (replaced if it exists).")
    Path out;

    @Override
    public Integer call() {
        CohortDeskCommand root = (CohortDeskCommand) spec.root().userObject();
        Localization tr = root.localization();
        PrintWriter stdout = spec.commandLine().getOut();
        if (onServer(root, tr, spec.commandLine().getErr())) {
            return 1;
        }
        try (Workspace workspace = root.openWorkspace()) {
            workspace.backups().backupTo(out, "manual");
        } catch (ProblemException e) {
            if (!e.problem().key().equals("error.folder.in_use")) {
                throw e;
            }
            stdout.println(tr.tr("cli.backup.asking"));
            BackupRequests.ask(root.dataFolder(), out, CLAIM, FINISH);
        }
        BackupFile.Manifest written = BackupService.check(out);
        stdout.println(tr.tr("cli.backup.written", out.toAbsolutePath(), written.schemaVersion(), written.dataBytes()));
        return 0;
    }

    /** True, after saying so, when the database is a server: its backups are the server's job. */
    static boolean onServer(CohortDeskCommand root, Localization tr, PrintWriter err) {
        if (root.dbUrl() == null || root.dbUrl().isBlank()) {
            return false;
        }
        err.println(tr.tr("error.backup.server"));
        return true;
    }
}

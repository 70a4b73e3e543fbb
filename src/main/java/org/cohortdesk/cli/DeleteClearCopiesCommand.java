package org.cohortdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.Workspace;
import picocli.CommandLine.Command;

@Command(name = "delete-clear-copies", mixinStandardHelpOptions = true,
        description = {"For an encrypted database, once you have checked that the password opens the data: make a backup now",
            "(encrypted with the password), then delete the files in backups/ that still hold the data without a password",
            "(the database file as it was before encrypting, and backups made before)."})
final class DeleteClearCopiesCommand extends WorkspaceCommand {
    @Override
    int run(Workspace workspace, Localization tr, PrintWriter out, PrintWriter err) {
        List<Path> deleted = workspace.backups().deleteWithoutPassword();
        deleted.forEach(file -> out.println(tr.tr("cli.clear_copies.deleted", file)));
        out.println(tr.tr("settings.encryption.clear_deleted", deleted.size()));
        return 0;
    }
}

package org.cohortdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.store.FilePassword;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code encrypt} and {@code decrypt}: turn the password encryption of the data folder's database on or off. */
final class EncryptionCommand {
    private EncryptionCommand() {}

    @Command(name = "encrypt", mixinStandardHelpOptions = true,
            description = {"Encrypt the data folder's database with a password (or give it a new one).",
                "The new password comes from --new-password-file, else $COHORTDESK_NEW_PASSWORD, else it is asked twice on the console.",
                "The file as it was is kept in backups/."})
    static final class Encrypt extends WorkspaceCommand {
        @Option(names = "--new-password-file", paramLabel = "FILE", description = "Read the new password from the first line of this file.")
        Path newPasswordFile;

        @Override
        int run(Workspace workspace, Localization tr, PrintWriter out, PrintWriter err) {
            CohortDeskCommand root = (CohortDeskCommand) spec.root().userObject();
            FilePassword next = root.passwords().next(newPasswordFile);
            Path kept = workspace.database().changeEncryption(next);
            out.println(tr.tr("settings.encryption.done_on", kept));
            return 0;
        }
    }

    @Command(name = "decrypt", mixinStandardHelpOptions = true,
            description = {"Remove the password encryption of the data folder's database. The encrypted file is kept in backups/."})
    static final class Decrypt extends WorkspaceCommand {
        @Override
        int run(Workspace workspace, Localization tr, PrintWriter out, PrintWriter err) {
            if (!workspace.database().encrypted()) {
                out.println(tr.tr("settings.encryption.already_off"));
                return 0;
            }
            Path kept = workspace.database().changeEncryption(FilePassword.NONE);
            out.println(tr.tr("settings.encryption.done_off", kept));
            return 0;
        }
    }
}

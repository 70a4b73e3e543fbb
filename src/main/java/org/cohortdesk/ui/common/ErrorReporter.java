package org.cohortdesk.ui.common;

import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.ProblemException;

/**
 * Tells the user that something failed. A {@link ProblemException} (a refusal the user can act on)
 * shows its message in the user's language. Anything else is logged in full and shown in plain
 * words with the log file's place, one dialog at a time: a burst of failures never stacks dialogs.
 * Call on the FX thread.
 */
public final class ErrorReporter {
    private static final Logger LOG = Logger.getLogger(ErrorReporter.class.getName());

    private final Localization l10n;
    private final Path logFile;
    private final Supplier<Window> owner;
    private boolean unexpectedShowing;

    public ErrorReporter(Localization l10n, Path logFile, Supplier<Window> owner) {
        this.l10n = l10n;
        this.logFile = logFile;
        this.owner = owner;
    }

    public ErrorReporter withLocalization(Localization other) {
        return new ErrorReporter(other, logFile, owner);
    }

    /** Logs the failure and shows it; returns the dialog, or null when one is already open. */
    public Alert show(Throwable failure) {
        Throwable error = TaskRunner.unwrap(failure);
        ProblemException problem = problemIn(error);
        if (problem != null) {
            LOG.log(Level.INFO, "refused: " + problem.getMessage(), error);
            return dialog(Alert.AlertType.WARNING, l10n.tr("dialog.problem.title"), l10n.tr(problem.problem()));
        }
        LOG.log(Level.SEVERE, "unexpected failure", error);
        if (unexpectedShowing) {
            return null;
        }
        unexpectedShowing = true;
        Alert alert = dialog(Alert.AlertType.ERROR, l10n.tr("dialog.unexpected.title"), describe(error));
        alert.setOnHidden(e -> unexpectedShowing = false);
        return alert;
    }

    /** The failure in the user's words: a problem's message, or the plain "something went wrong". */
    public String describe(Throwable failure) {
        Throwable error = TaskRunner.unwrap(failure);
        ProblemException problem = problemIn(error);
        if (problem != null) {
            return l10n.tr(problem.problem());
        }
        return l10n.tr("error.unexpected", plainWords(error), logFile);
    }

    /** The problem this failure carries, looking through its causes. */
    public static ProblemException problemIn(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ProblemException p) {
                return p;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static String plainWords(Throwable error) {
        String message = error.getMessage();
        if (message == null || message.isBlank()) {
            return error.getClass().getSimpleName();
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }

    private Alert dialog(Alert.AlertType type, String header, String text) {
        Alert alert = new Alert(type, "", new ButtonType(l10n.tr("dialog.ok"), ButtonData.OK_DONE));
        alert.setTitle(l10n.tr("app.name"));
        alert.setHeaderText(header);
        alert.getDialogPane().setContent(LaoText.paragraph(text, Styles.DIALOG_TEXT));
        alert.getDialogPane().setMinWidth(480);
        Styles.apply(alert.getDialogPane(), l10n.language());
        Window parent = owner.get();
        if (parent != null && parent.isShowing()) {
            alert.initOwner(parent);
        }
        alert.show();
        return alert;
    }
}

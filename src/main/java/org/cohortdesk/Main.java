package org.cohortdesk;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.cohortdesk.cli.CohortDeskCommand;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.ui.LaunchRequest;
import org.cohortdesk.ui.Launcher;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The entry point of the one jar: no command opens the window, a command runs headless. Not a
 * JavaFX Application, so that the command line never loads JavaFX.
 */
public final class Main {
    private static final Logger LOG = Logger.getLogger(Main.class.getName());

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8), new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the command line and returns the exit code (0 ok, 1 refused, 2 usage). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CohortDeskCommand root = new CohortDeskCommand(Main::openWindow);
        CommandLine cli = new CommandLine(root)
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionStrategy(parsed -> {
                    Integer helped = CommandLine.executeHelpRequest(parsed);
                    if (helped != null) {
                        return helped;
                    }
                    Logging.configure(root.dataFolder(), root.debug());
                    return new CommandLine.RunLast().execute(parsed);
                })
                .setParameterExceptionHandler((e, a) -> {
                    e.getCommandLine().getErr().println(e.getMessage());
                    e.getCommandLine().getErr().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
                    return CommandLine.ExitCode.USAGE;
                })
                .setExecutionExceptionHandler((e, cmd, parsed) -> failed(e, root, parsed, cmd.getErr()));
        return cli.execute(args);
    }

    private static int openWindow(CohortDeskCommand options) {
        return Launcher.launch(new LaunchRequest(options.dataFolder(), options.dbUrl(), options.language(), options.measureStartup(),
                options.packageFile(), options.windowPassword()));
    }

    /** The language the command's output speaks (--lang, else the saved setting, else the system's); English if the settings cannot be read. */
    private static Localization messagesFor(CohortDeskCommand root) {
        try {
            return root.localization();
        } catch (RuntimeException unreadable) {
            LOG.log(Level.WARNING, "settings not readable; messages in English", unreadable);
            return new Localization(root.language().orElse(Language.EN));
        }
    }

    private static int failed(Exception e, CohortDeskCommand root, ParseResult parsed, PrintWriter err) {
        Localization tr = messagesFor(root);
        if (e instanceof ProblemException problem) {
            LOG.log(Level.INFO, "refused: " + problem.getMessage(), e);
            err.println(tr.tr(problem.problem()));
        } else {
            LOG.log(Level.SEVERE, "unexpected failure", e);
            err.println(tr.tr("error.unexpected.cli", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        if (root.debug()) {
            e.printStackTrace(err);
        }
        return 1;
    }
}

package org.cohortdesk;

import java.io.IOException;
import java.nio.file.Files;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.cohortdesk.store.DataFolder;

/**
 * Logs go to {@code logs/cohortdesk.N.log} in the data folder (five files of 2 MB), never to the
 * console unless {@code --debug}: the command line's output belongs to the user.
 */
final class Logging {
    private Logging() {}

    static void configure(DataFolder folder, boolean debug) {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        root.setLevel(debug ? Level.FINE : Level.INFO);
        if (debug) {
            ConsoleHandler console = new ConsoleHandler();
            console.setLevel(Level.FINE);
            root.addHandler(console);
        }
        try {
            Files.createDirectories(folder.logs());
            FileHandler file = new FileHandler(folder.logs().resolve("cohortdesk.%g.log").toString(), 2_000_000, 5, true);
            file.setFormatter(new SimpleFormatter());
            file.setEncoding("UTF-8");
            root.addHandler(file);
        } catch (IOException | SecurityException e) {
            // No log file. When the data folder itself is unusable, the command refuses it in a
            // moment with a clear message; otherwise keep going and say so once on stderr.
            if (Files.isDirectory(folder.path())) {
                System.err.println("Cohort Desk: cannot write logs in " + folder.logs() + ": " + e.getMessage());
            }
        }
    }
}

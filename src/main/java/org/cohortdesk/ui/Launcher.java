package org.cohortdesk.ui;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Problem;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.service.about.About;
import org.cohortdesk.service.backup.BackupRequests;
import org.cohortdesk.service.settings.Settings;
import org.cohortdesk.store.FilePassword;
import org.cohortdesk.ui.common.DisplayLocale;
import org.cohortdesk.ui.common.Fonts;
import org.cohortdesk.ui.common.FxThread;
import org.cohortdesk.ui.common.TaskRunner;
import org.cohortdesk.ui.shell.MainWindow;
import org.cohortdesk.ui.shell.OpenedWorkspace;
import org.cohortdesk.ui.welcome.PasswordPrompt;

/**
 * Opens the application window and returns when it is closed. Not a JavaFX {@code Application}:
 * the toolkit is started with {@link Platform#startup}, so the command line never loads JavaFX.
 *
 * <p>For a fast start the workspace begins opening on a worker thread before the toolkit is up;
 * the window shows as soon as the toolkit runs and fills when the data is there. The FX thread
 * never touches a file or the database.
 */
public final class Launcher {
    private static final Logger LOG = Logger.getLogger(Launcher.class.getName());
    private static final Duration WORK_AT_EXIT = Duration.ofSeconds(10);

    private Launcher() {}

    /**
     * Shows the window for {@code request} and blocks until it closes. Returns the exit code: 0,
     * or 1 when the data could not be opened. Throws a {@link ProblemException}
     * ({@code error.window.no_display}) when there is no display to show a window on.
     */
    public static int launch(LaunchRequest request) {
        FxThread fx = new FxThread();
        TaskRunner tasks = TaskRunner.background(fx);
        // An encrypted folder waits for its password (a look at the file's first bytes, no query),
        // unless it was given: a wrong one is then said in the window like any data that cannot be opened.
        boolean locked = Workspace.needsPassword(request.folder(), request.dbUrl()) && request.password().isEmpty();
        CompletableFuture<OpenedWorkspace> opening = locked ? new CompletableFuture<>()
                : tasks.start(() -> open(request, request.password().orElse(FilePassword.NONE)));
        CompletableFuture<Optional<BackupRequests>> serving = opening.thenApply(o -> o.workspace().database().embedded()
                ? Optional.of(BackupRequests.serve(o.workspace().folder(), o.workspace().backups()))
                : Optional.empty());

        boolean ownToolkit;
        try {
            ownToolkit = startToolkit();
        } catch (UnsupportedOperationException noDisplay) {
            tasks.close(WORK_AT_EXIT);
            closeWorkspace(opening, serving, false);
            throw new ProblemException(Problem.error("error.window.no_display", noDisplay.getMessage()), noDisplay);
        }
        fx.toolkitStarted();
        Language language = language(request);
        DisplayLocale.use(language);
        Fonts.loadBundled();
        String version = About.version();

        CountDownLatch closed = new CountDownLatch(1);
        AtomicInteger exitCode = new AtomicInteger(MainWindow.EXIT_OK);
        Runnable showWindow = () -> {
            try {
                MainWindow window = new MainWindow(new Stage(), language, request.folder(), tasks, opening, version);
                if (ownToolkit) {
                    Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> window.errors().show(error));
                }
                window.setOnClosed(code -> {
                    exitCode.set(code);
                    closed.countDown();
                });
                request.packageFile().ifPresent(window::importOnOpen);
                if (request.measureStartup()) {
                    StartupMeasure.install(window, System.out, System.err);
                }
                window.show();
            } catch (RuntimeException | Error e) {
                LOG.log(Level.SEVERE, "the window could not be shown", e);
                exitCode.set(MainWindow.EXIT_NOT_OPENED);
                closed.countDown();
            }
        };
        Platform.runLater(locked ? () -> askPassword(request, language, tasks, opening, showWindow, closed::countDown) : showWindow);

        awaitUninterruptibly(closed);
        tasks.close(WORK_AT_EXIT);
        closeWorkspace(opening, serving, !request.measureStartup());
        if (ownToolkit) {
            Platform.exit();
        }
        return exitCode.get();
    }

    private static OpenedWorkspace open(LaunchRequest request, FilePassword password) {
        return OpenedWorkspace.of(Workspace.open(request.folder(), request.dbUrl(), Clock.systemDefaultZone(), password));
    }

    /**
     * The password prompt of an encrypted folder, before the main window: the window shows once the
     * workspace opened (or with the reason it did not); leaving the prompt ends the session.
     */
    private static void askPassword(LaunchRequest request, Language language, TaskRunner tasks, CompletableFuture<OpenedWorkspace> opening,
            Runnable showWindow, Runnable quit) {
        PasswordPrompt.ask(new Stage(), new Localization(language), request.folder().path().toString(), tasks,
                password -> open(request, password),
                opened -> {
                    if (opening.complete(opened)) {
                        showWindow.run();
                    } else {
                        opened.workspace().close();
                    }
                },
                failure -> {
                    opening.completeExceptionally(failure);
                    showWindow.run();
                },
                () -> {
                    opening.completeExceptionally(new CancellationException("no password given"));
                    quit.run();
                });
    }

    /** Starts the JavaFX toolkit; false when it was already running (tests), so it is not ours to stop. */
    private static boolean startToolkit() {
        try {
            Platform.startup(() -> {});
            Platform.setImplicitExit(false);
            return true;
        } catch (IllegalStateException alreadyRunning) {
            return false;
        }
    }

    /** The command line's choice, else the saved setting, else the system's language. */
    private static Language language(LaunchRequest request) {
        if (request.language().isPresent()) {
            return request.language().get();
        }
        try {
            return Workspace.language(request.language(), Settings.load(request.folder().settingsFile()), Locale.getDefault());
        } catch (RuntimeException unreadable) {
            LOG.log(Level.WARNING, "settings not readable; using the system language", unreadable);
            return Language.forLocale(Locale.getDefault());
        }
    }

    /**
     * Stops answering backup requests, makes the day's backup when {@code backUp} (the first close of
     * a day; not after a start-up measurement), and closes the workspace.
     */
    private static void closeWorkspace(CompletableFuture<OpenedWorkspace> opening, CompletableFuture<Optional<BackupRequests>> serving,
            boolean backUp) {
        Workspace workspace;
        try {
            workspace = opening.join().workspace();
        } catch (RuntimeException notOpened) {
            return; // nothing to close; the window has already said why the data did not open
        }
        serving.join().ifPresent(BackupRequests::close);
        if (backUp) {
            try {
                workspace.backups().atClose().ifPresent(file -> LOG.info("backup at close: " + file));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the backup at close failed", e);
            }
        }
        try {
            workspace.close();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "closing the workspace failed", e);
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

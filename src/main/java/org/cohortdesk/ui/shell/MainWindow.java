package org.cohortdesk.ui.shell;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.ui.AppContext;
import org.cohortdesk.ui.common.DisplayLocale;
import org.cohortdesk.ui.common.ErrorReporter;
import org.cohortdesk.ui.common.Styles;
import org.cohortdesk.ui.common.TaskRunner;

/**
 * The application window. The frame (menus, navigation, an empty cohort list) shows at once, while
 * the workspace opens on another thread; then the data fills it. When the data cannot be opened the
 * window says why and offers to close. A language switch rebuilds the window's content in place.
 */
public final class MainWindow implements ShellView.Host {
    /** Exit code after a normal session. */
    public static final int EXIT_OK = 0;
    /** Exit code when the data could not be opened. */
    public static final int EXIT_NOT_OPENED = 1;

    private static final Logger LOG = Logger.getLogger(MainWindow.class.getName());
    private static final double WIDTH = 1180;
    private static final double HEIGHT = 740;

    private final Stage stage;
    private final DataFolder folder;
    private final TaskRunner tasks;
    private final CompletionStage<OpenedWorkspace> opening;
    private Optional<Path> packageToImport = Optional.empty();
    private final String version;
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private Localization localization;
    private ErrorReporter errors;
    private AppContext context;
    private ShellView shell;
    private int exitCode = EXIT_OK;
    private String failureMessage;
    private IntConsumer onClosed = code -> {};

    /**
     * @param opening the workspace being opened (and its first page read) on another thread, already under way
     */
    public MainWindow(Stage stage, Language language, DataFolder folder, TaskRunner tasks, CompletionStage<OpenedWorkspace> opening,
            String version) {
        this.stage = stage;
        this.folder = folder;
        this.tasks = tasks;
        this.opening = opening;
        this.version = version;
        this.localization = new Localization(language);
        this.errors = new ErrorReporter(localization, AppContext.logFile(folder), () -> stage);
    }

    /** Shows the window now and fills it when the workspace is open. On the FX thread. */
    public void show() {
        stage.setTitle(localization.tr("app.name"));
        stage.setMinWidth(760);
        stage.setMinHeight(480);
        shell = newShell(localization);
        Scene scene = new Scene(shell, WIDTH, HEIGHT);
        Styles.apply(scene);
        stage.setScene(scene);
        stage.setOnHidden(e -> onClosed.accept(exitCode));
        stage.show();
        tasks.whenDone(opening, this::opened, this::failed);
    }

    /** Called with the exit code once the window is closed. */
    public void setOnClosed(IntConsumer action) {
        this.onClosed = action;
    }

    private ShellView newShell(Localization tr) {
        ShellView frame = new ShellView(new ShellViewModel(tr, tasks, version, folder.path().toString()), errors, this);
        frame.readyProperty().addListener((o, old, now) -> ready.set(ready.get() || now));
        return frame;
    }

    private void opened(OpenedWorkspace opened) {
        if (!stage.isShowing()) {
            return;
        }
        context = AppContext.create(opened.workspace(), localization.language(), tasks, version, () -> stage);
        errors = context.errors();
        // A package opened from the desktop goes into the cohort list, even on a first start.
        shell.attach(context, packageToImport.isPresent() ? Section.COHORTS : opened.firstSection(), opened.cohorts());
        packageToImport.ifPresent(shell.cohortsPage()::importPackage);
    }

    /** An exchange package to import as soon as the data is open (a package file opened from the desktop). */
    public void importOnOpen(Path file) {
        packageToImport = Optional.of(file);
    }

    private void failed(Throwable failure) {
        exitCode = EXIT_NOT_OPENED;
        if (ErrorReporter.problemIn(failure) == null) {
            LOG.log(Level.SEVERE, "the workspace did not open", failure);
        } else {
            LOG.log(Level.INFO, "the workspace did not open: " + failure.getMessage());
        }
        failureMessage = errors.describe(failure);
        if (stage.isShowing()) {
            stage.getScene().setRoot(withStyle(new OpenFailedView(localization, failureMessage, this::quit)));
            ready.set(true);
        }
    }

    @Override
    public void switchLanguage(Language language) {
        Section current = shell.model().section();
        Optional<String> openCohort = shell.cohortsPage().openCode();
        context = context.withLanguage(language);
        DisplayLocale.use(language);
        localization = context.localization();
        errors = context.errors();
        shell = newShell(localization);
        shell.attach(context, current, null);
        openCohort.ifPresent(shell.cohortsPage()::reopen);
        stage.getScene().setRoot(shell);
        stage.setTitle(localization.tr("app.name"));
    }

    @Override
    public void quit() {
        stage.close();
    }

    private Parent withStyle(Parent root) {
        Styles.apply(root, localization.language());
        return root;
    }

    /** True once the first page shows its data, or the window says why the data did not open. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    /** Reports failures in the window's current language; for the FX thread's uncaught exceptions. */
    public ErrorReporter errors() {
        return errors;
    }

    public Optional<AppContext> context() {
        return Optional.ofNullable(context);
    }

    public Optional<ShellView> shell() {
        return Optional.ofNullable(shell);
    }

    /** Why the data did not open, in the user's language; empty while it did or still may. */
    public Optional<String> failureMessage() {
        return Optional.ofNullable(failureMessage);
    }

    public int exitCode() {
        return exitCode;
    }

    public Stage stage() {
        return stage;
    }
}

package org.cohortdesk.ui.exchange;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.exchange.ExchangeService;
import org.cohortdesk.service.exchange.PackageFile;
import org.cohortdesk.ui.AppContext;
import org.cohortdesk.ui.common.BackgroundTask;
import org.cohortdesk.ui.common.LaoText;
import org.cohortdesk.ui.common.Styles;
import org.cohortdesk.ui.common.TaskRunner;
import org.cohortdesk.ui.common.Toolbars;
import org.cohortdesk.ui.export.SaveFile;

/**
 * Export package… (a cohort's page), Import package… and Package conflicts… (the Cohorts page):
 * the file dialogs on the FX thread, the reading and writing in the background, the summary in the
 * page's message line, and the conflicts resolver when an import leaves conflicts.
 */
public final class ExchangeActions {
    public static final String EXPORT_ID = "exchangeExport";
    public static final String IMPORT_ID = "exchangeImport";
    public static final String CONFLICTS_ID = "exchangeConflicts";
    public static final String MENU_ID = "exchangeMenu";

    /** Which package to open: the system's open dialog, or in tests a fixed answer. */
    @FunctionalInterface
    public interface OpenFile {
        Optional<Path> choose(Window owner, String title, String filterName, String extension);

        static OpenFile systemDialog() {
            return (owner, title, filterName, extension) -> {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(filterName, "*." + extension));
                return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
            };
        }
    }

    private final ExchangeService exchange;
    private final Localization tr;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final Supplier<Window> owner;
    private final Runnable beforeImport;
    private final SaveFile save;
    private final OpenFile open;

    /** {@code beforeImport} runs once a package has passed its checks, before it changes anything (a backup). */
    public ExchangeActions(ExchangeService exchange, Runnable beforeImport, Localization tr, TaskRunner tasks, Consumer<Throwable> onFailure,
            Supplier<Window> owner, SaveFile save, OpenFile open) {
        this.exchange = exchange;
        this.beforeImport = beforeImport;
        this.tr = tr;
        this.tasks = tasks;
        this.onFailure = onFailure;
        this.owner = owner;
        this.save = save;
        this.open = open;
    }

    public static ExchangeActions of(AppContext context, Supplier<Window> owner) {
        return new ExchangeActions(context.services().exchange(), () -> context.workspace().backups().beforeImport(),
                context.localization(), context.tasks(), context.errors()::show, owner,
                SaveFile.systemDialog(), OpenFile.systemDialog());
    }

    /** The "Export package…" item of the cohort page's Export menu; {@code report} gets the line saying where the package went. */
    public static MenuItem exportItem(AppContext context, String code, Supplier<Window> owner, Consumer<String> report) {
        ExchangeActions actions = of(context, owner);
        return Toolbars.item(context.localization().tr("exchange.action.export"), EXPORT_ID, () -> actions.export(code, report));
    }

    /** The Cohorts page's controls of packages, and how to import a given package file through them (a file opened from the desktop). */
    public record CohortsControls(List<Node> nodes, Consumer<Path> importFile) {}

    /**
     * The Cohorts page's message line and its "Packages" menu: Import package…, Package conflicts…;
     * {@code afterChange} reads the list again. Nothing happens while the workspace is not open.
     */
    public static CohortsControls cohortsControls(Localization tr, Supplier<AppContext> context, Supplier<Window> owner, Runnable afterChange) {
        Label message = new Label();
        message.getStyleClass().add(Styles.MUTED);
        // The line takes only the room the toolbar's filter and buttons leave; the whole of it is in its tooltip.
        message.setMinWidth(0);
        message.setPrefWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        Consumer<String> report = text -> {
            LaoText.show(message, text);
            message.setTooltip(LaoText.tooltip(text));
        };
        MenuItem importItem = Toolbars.item(tr.tr("exchange.action.import"), IMPORT_ID,
                () -> Optional.ofNullable(context.get()).ifPresent(c -> of(c, owner).importPackage(report, afterChange)));
        MenuItem conflicts = Toolbars.item(tr.tr("exchange.action.conflicts"), CONFLICTS_ID,
                () -> Optional.ofNullable(context.get()).ifPresent(c -> of(c, owner).showConflicts(afterChange)));
        return new CohortsControls(List.of(message, Toolbars.menu(tr.tr("exchange.menu"), MENU_ID, tr.tr("exchange.menu.tip"),
                List.of(importItem, conflicts))),
                file -> Optional.ofNullable(context.get()).ifPresent(c -> of(c, owner).importPackage(file, report, afterChange)));
    }

    /** Asks where to save, then writes the package in the background. */
    public void export(String code, Consumer<String> report) {
        Optional<Path> file = save.choose(owner.get(), tr.tr("exchange.action.export"), tr.tr("exchange.file.description"), PackageFile.EXTENSION, code);
        file.ifPresent(f -> BackgroundTask.of(progress -> exchange.export(code, f))
                .titled(tr.tr("exchange.task.export"))
                .onSuccess(done -> report.accept(tr.tr("exchange.exported", done.cohortCode(), done.file(), done.rows())))
                .onFailure(onFailure)
                .runWith(tasks));
    }

    /** Asks for a package, imports it in the background, reports what it did, and opens the resolver when it left conflicts. */
    public void importPackage(Consumer<String> report, Runnable afterChange) {
        Optional<Path> file = open.choose(owner.get(), tr.tr("exchange.action.import"), tr.tr("exchange.file.description"), PackageFile.EXTENSION);
        file.ifPresent(f -> importPackage(f, report, afterChange));
    }

    void importPackage(Path file, Consumer<String> report, Runnable afterChange) {
        BackgroundTask.of(progress -> exchange.importPackage(file, false, beforeImport))
                .titled(tr.tr("exchange.task.import"))
                .onSuccess(done -> {
                    String peer = done.peerName() == null ? done.peerId().toString() : done.peerName();
                    String imported = tr.tr("exchange.imported", done.cohortCode(), peer, done.added(), done.updated(), done.unchanged(),
                            done.keptMine(), done.conflicts().size());
                    report.accept(done.deleted() == 0 ? imported : imported + " " + tr.tr("exchange.deletions.imported", done.deleted()));
                    afterChange.run();
                    if (!done.conflicts().isEmpty() && askToResolve()) {
                        showConflicts(afterChange);
                    }
                })
                .onFailure(onFailure)
                .runWith(tasks);
    }

    private boolean askToResolve() {
        ButtonType yes = new ButtonType(tr.tr("exchange.imported.resolve_now"), ButtonData.YES);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", yes, new ButtonType(tr.tr("exchange.imported.later"), ButtonData.NO));
        ask.setTitle(tr.tr("exchange.imported.title"));
        ask.setHeaderText(tr.tr("exchange.imported.title"));
        ask.getDialogPane().setContent(LaoText.paragraph(tr.tr("exchange.imported.conflicts"), Styles.DIALOG_TEXT));
        Styles.apply(ask.getDialogPane(), tr.language());
        Window parent = owner.get();
        if (parent != null && parent.isShowing()) {
            ask.initOwner(parent);
        }
        return ask.showAndWait().filter(yes::equals).isPresent();
    }

    /** Opens the conflicts resolver. */
    public void showConflicts(Runnable afterChange) {
        ConflictsViewModel model = new ConflictsViewModel(exchange::conflicts, exchange::resolve, tr, tasks, onFailure);
        model.setAfterResolve(afterChange);
        ConflictsDialog.show(model, owner.get());
    }
}

package org.cohortdesk.ui.certificate;

import java.awt.Desktop;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableObjectValue;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.certificate.CertificateService;
import org.cohortdesk.service.roster.CohortHeader;
import org.cohortdesk.ui.AppContext;
import org.cohortdesk.ui.common.BackgroundTask;
import org.cohortdesk.ui.common.LaoText;
import org.cohortdesk.ui.common.Styles;
import org.cohortdesk.ui.common.TaskRunner;
import org.cohortdesk.ui.common.Toolbars;

/**
 * Certificates… on a cohort's page: a dialog says what happens and offers to print again the
 * certificates already issued, the folder is chosen, the certificates are issued and written in the
 * background, and a message says how many went where, who got none and why, with a button that
 * opens the folder.
 */
public final class CertificatesAction {
    public static final String BUTTON_ID = "rosterCertificates";
    public static final String REISSUE_ID = "certificateReissue";
    public static final String CONFIRM_ID = "certificateConfirm";
    public static final String RESULT_ID = "certificateResult";

    /** Where to write: the system's folder dialog, or in tests a fixed answer; empty when cancelled. */
    @FunctionalInterface
    public interface ChooseFolder {
        Optional<Path> choose(Window owner, String title);

        static ChooseFolder systemDialog() {
            return (owner, title) -> {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle(title);
                return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
            };
        }
    }

    private final CertificateService certificates;
    private final Localization tr;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final Supplier<Window> owner;
    private final ChooseFolder folder;
    private final Consumer<Path> openFolder;

    public CertificatesAction(CertificateService certificates, Localization tr, TaskRunner tasks, Consumer<Throwable> onFailure,
            Supplier<Window> owner, ChooseFolder folder, Consumer<Path> openFolder) {
        this.certificates = certificates;
        this.tr = tr;
        this.tasks = tasks;
        this.onFailure = onFailure;
        this.owner = owner;
        this.folder = folder;
        this.openFolder = openFolder;
    }

    /**
     * The Certificates… button of a cohort's page, wired to the open workspace and the system's
     * folder dialog; disabled until the page has read its cohort. {@code report} gets the result line.
     */
    public static Button button(AppContext context, Supplier<Window> owner, ObservableObjectValue<CohortHeader> header, Consumer<String> report) {
        Localization tr = context.localization();
        CertificatesAction action = new CertificatesAction(context.services().certificates(), tr, context.tasks(), context.errors()::show,
                owner, ChooseFolder.systemDialog(), dir -> open(context.tasks(), context.errors()::show, dir));
        Button button = Toolbars.button(tr.tr("certificate.action"), BUTTON_ID, () -> action.start(header.getValue().cohort().code(), report));
        button.setTooltip(LaoText.tooltip(tr.tr("certificate.action.tip")));
        button.setFocusTraversable(false);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.disableProperty().bind(Bindings.isNull(header));
        return button;
    }

    /** Asks, then writes the certificates of the cohort {@code code} in the background. */
    public Dialog<ButtonType> start(String code, Consumer<String> report) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(tr.tr("certificate.dialog.title"));
        dialog.setHeaderText(tr.tr("certificate.dialog.header", code));
        ButtonType go = new ButtonType(tr.tr("export.dialog.confirm"), ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(go, new ButtonType(tr.tr("form.cancel"), ButtonData.CANCEL_CLOSE));
        // Lao wraps only between words (LaoText), never inside a syllable.
        Node text = LaoText.paragraph(tr.tr("certificate.dialog.text"));
        CheckBox reissue = new CheckBox(tr.tr("certificate.dialog.reissue"));
        reissue.setId(REISSUE_ID);
        dialog.getDialogPane().setContent(new VBox(12, text, reissue));
        dialog.getDialogPane().lookupButton(go).setId(CONFIRM_ID);
        styledAndOwned(dialog);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == go) {
                folder.choose(owner.get(), tr.tr("certificate.dialog.folder")).ifPresent(dir -> write(code, reissue.isSelected(), dir, report));
            }
        });
        dialog.show();
        return dialog;
    }

    private void write(String code, boolean reissue, Path dir, Consumer<String> report) {
        BackgroundTask.of(progress -> certificates.export(code, reissue, dir))
                .titled(tr.tr("certificate.busy"))
                .onSuccess(written -> {
                    String done = written.printed() == 0 ? tr.tr("certificate.none", code)
                            : tr.tr("certificate.done", written.printed(), written.issued(), written.reissued(), dir, written.combined());
                    report.accept(done);
                    showResult(written, done, dir);
                })
                .onFailure(onFailure)
                .runWith(tasks);
    }

    private void showResult(CertificateService.Written written, String done, Path dir) {
        Alert alert = new Alert(written.printed() == 0 ? Alert.AlertType.WARNING : Alert.AlertType.INFORMATION);
        alert.setTitle(tr.tr("certificate.result.title"));
        alert.setHeaderText(done);
        StringBuilder details = new StringBuilder(tr.tr(written.hoursFrom() == CertificateService.HoursFrom.MODULES
                ? "certificate.hours.modules" : "certificate.hours.sessions", written.hours()));
        if (!written.refused().isEmpty()) {
            details.append("\n\n").append(tr.tr("certificate.result.refused")).append('\n')
                    .append(written.refused().stream().map(tr::tr).collect(Collectors.joining("\n")));
        }
        TextArea area = new TextArea(details.toString());
        area.setId(RESULT_ID);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(Math.min(12, 3 + written.refused().size()));
        alert.getDialogPane().setContent(area);
        ButtonType open = new ButtonType(tr.tr("certificate.result.open"), ButtonData.LEFT);
        if (written.printed() > 0) {
            alert.getButtonTypes().add(0, open);
        }
        styledAndOwned(alert);
        alert.setOnHidden(e -> {
            if (alert.getResult() == open) {
                openFolder.accept(dir);
            }
        });
        alert.show();
    }

    /** In the language's style, and above the page's window when it shows. */
    private void styledAndOwned(Dialog<?> dialog) {
        Styles.apply(dialog.getDialogPane(), tr.language());
        Window window = owner.get();
        if (window != null && window.isShowing()) {
            dialog.initOwner(window);
        }
    }

    /** Opens {@code dir} in the system's file manager, off the FX thread (the desktop call can be slow). */
    private static void open(TaskRunner tasks, Consumer<Throwable> onFailure, Path dir) {
        BackgroundTask.of(progress -> {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                try {
                    Desktop.getDesktop().open(dir.toFile());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return dir;
        }).onFailure(onFailure).runWith(tasks);
    }
}

package org.cohortdesk.ui.settings;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.ui.common.Alerts;
import org.cohortdesk.ui.common.LaoText;
import org.cohortdesk.ui.common.Styles;
import org.cohortdesk.ui.common.Toolbars;

/** The Settings card of backups: the folder (open it), the latest backups, Back up now, Restore… */
public final class BackupsView extends VBox {
    public static final String FOLDER_ID = "backupFolder";
    public static final String LIST_ID = "backupList";
    public static final String NOW_ID = "backupNow";
    public static final String RESTORE_ID = "backupRestore";
    public static final String OPEN_ID = "backupOpenFolder";
    public static final String MESSAGE_ID = "backupMessage";
    public static final String PENDING_ID = "backupPending";
    public static final String CANCEL_ID = "backupCancelRestore";

    /** Which backup file to restore: the system's open dialog, or in tests a fixed answer. */
    @FunctionalInterface
    public interface Chooser {
        Optional<Path> choose(Window owner, String title, Path folder);

        static Chooser systemDialog() {
            return (owner, title, folder) -> {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("Cohort Desk backup (*.zip)", "*.zip"));
                File dir = folder.toFile();
                if (dir.isDirectory()) {
                    chooser.setInitialDirectory(dir);
                }
                return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
            };
        }
    }

    private final BackupsViewModel model;

    /** @param quit closes the window (so the restore is finished at the next start) */
    public BackupsView(BackupsViewModel model, Chooser chooser, Runnable quit) {
        super(8);
        this.model = model;
        Localization tr = model.localization();
        getStyleClass().add(Styles.CARD);
        getChildren().add(LaoText.label(tr.tr("settings.backups"), Styles.SECTION_TITLE));
        if (!model.embedded()) {
            getChildren().add(LaoText.paragraph(tr.tr("error.backup.server"), Styles.MUTED));
            return;
        }
        getChildren().add(LaoText.paragraph(tr.tr("settings.backups.hint"), Styles.MUTED));

        TextField folder = new TextField(model.folder());
        folder.setId(FOLDER_ID);
        folder.setEditable(false);
        folder.getStyleClass().add(Styles.READ_ONLY);
        HBox.setHgrow(folder, Priority.ALWAYS);
        HBox where = new HBox(12, folder, Toolbars.button(tr.tr("settings.backups.open"), OPEN_ID, model::openFolder));
        where.setAlignment(Pos.CENTER_LEFT);

        ListView<String> latest = new ListView<>(model.latest());
        latest.setId(LIST_ID);
        latest.setPrefHeight(200);
        latest.setPlaceholder(LaoText.label(tr.tr("settings.backups.none"), Styles.MUTED));

        Button now = Toolbars.button(tr.tr("settings.backups.now"), NOW_ID, model::backUpNow);
        Button restore = Toolbars.button(tr.tr("settings.backups.restore"), RESTORE_ID,
                () -> chooser.choose(getScene().getWindow(), tr.tr("settings.backups.restore"), model.folderPath())
                        .ifPresent(file -> model.inspect(file, manifest -> confirm(model, file, manifest, quit))));
        now.disableProperty().bind(model.busyProperty());
        restore.disableProperty().bind(model.busyProperty());
        HBox actions = new HBox(12, now, restore);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId(MESSAGE_ID);
        message.getStyleClass().add(Styles.MUTED);
        LaoText.follow(message, model.messageProperty());
        Label pending = new Label();
        pending.setId(PENDING_ID);
        pending.getStyleClass().add(Styles.WARNING);
        LaoText.follow(pending, model.pendingProperty());
        Button cancel = Toolbars.button(tr.tr("settings.backups.cancel_restore"), CANCEL_ID, model::cancelRestore);
        HBox waiting = new HBox(12, pending, cancel);
        waiting.setAlignment(Pos.CENTER_LEFT);
        waiting.visibleProperty().bind(model.pendingProperty().isNotEmpty());
        waiting.managedProperty().bind(waiting.visibleProperty());

        getChildren().addAll(where, latest, actions, message, waiting);
    }

    /** Reads the backups folder again (another card added or deleted files in it). */
    public void reload() {
        model.load();
    }

    private void confirm(BackupsViewModel model, Path file, org.cohortdesk.service.backup.BackupFile.Manifest manifest, Runnable quit) {
        Localization tr = model.localization();
        ButtonType restore = new ButtonType(tr.tr("settings.backups.restore_button"), ButtonData.OK_DONE);
        Alert ask = Alerts.of(this, tr, Alert.AlertType.CONFIRMATION, tr.tr("settings.backups.restore"), model.describe(manifest), restore,
                new ButtonType(tr.tr("form.cancel"), ButtonData.CANCEL_CLOSE));
        ask.showAndWait().filter(restore::equals).ifPresent(chosen -> model.restore(file, () -> {
            ButtonType close = new ButtonType(tr.tr("settings.backups.close_now"), ButtonData.OK_DONE);
            Alert restart = Alerts.of(this, tr, Alert.AlertType.INFORMATION, tr.tr("settings.backups.restore"), tr.tr("settings.backups.restart"), close,
                    new ButtonType(tr.tr("settings.backups.later"), ButtonData.CANCEL_CLOSE));
            restart.showAndWait().filter(close::equals).ifPresent(c -> quit.run());
        }));
    }
}

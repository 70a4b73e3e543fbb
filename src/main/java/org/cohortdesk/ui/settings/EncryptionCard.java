package org.cohortdesk.ui.settings;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Problem;
import org.cohortdesk.service.backup.BackupService;
import org.cohortdesk.store.Database;
import org.cohortdesk.store.FilePassword;
import org.cohortdesk.ui.common.BackgroundTask;
import org.cohortdesk.ui.common.LaoText;
import org.cohortdesk.ui.common.Styles;
import org.cohortdesk.ui.common.TaskRunner;

/**
 * The Settings card of the database's password: whether it is encrypted; Encrypt with a password…
 * (or Change the password…) asks the new one twice; Remove encryption… asks the current one. The
 * file is rewritten on a worker thread (see {@link Database#changeEncryption}); the card then says
 * where the old file was kept. While files in the backups folder still hold the data without a
 * password (the file before encrypting, older backups), it says so and offers to delete them, after
 * a backup made with the password. Not shown for a database server.
 */
public final class EncryptionCard extends VBox {
    public static final String STATE_ID = "encryptionState";
    public static final String ENCRYPT_ID = "encryptionOn";
    public static final String REMOVE_ID = "encryptionOff";
    public static final String NEW_ID = "encryptionNew";
    public static final String AGAIN_ID = "encryptionAgain";
    public static final String CURRENT_ID = "encryptionCurrent";
    public static final String DIALOG_ERROR_ID = "encryptionDialogError";
    public static final String CONFIRM_ID = "encryptionConfirm";
    public static final String DONE_ID = "encryptionDone";
    public static final String CLEAR_ID = "encryptionClearCopies";
    public static final String DELETE_CLEAR_ID = "encryptionDeleteClear";

    private final Localization tr;
    private final Database database;
    private final BackupService backups;
    private final Runnable backupsChanged;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final Label state = new Label();
    private final VBox done = new VBox();
    private final Button encrypt = new Button();
    private final Button remove = new Button();
    private final VBox clear = new VBox(8);
    private final Button deleteClear = new Button();
    private int clearCopies;

    /** @param backupsChanged called when the card has added or deleted files in the backups folder (the backups card lists them) */
    public EncryptionCard(Localization tr, Database database, BackupService backups, Runnable backupsChanged, TaskRunner tasks,
            Consumer<Throwable> onFailure) {
        super(8);
        this.tr = tr;
        this.database = database;
        this.backups = backups;
        this.backupsChanged = backupsChanged;
        this.tasks = tasks;
        this.onFailure = onFailure;
        getStyleClass().add(Styles.CARD);
        state.setId(STATE_ID);
        done.setId(DONE_ID);
        encrypt.setId(ENCRYPT_ID);
        encrypt.setOnAction(e -> askNew());
        remove.setId(REMOVE_ID);
        LaoText.show(remove, tr.tr("settings.encryption.remove"));
        remove.setOnAction(e -> askCurrent());
        clear.setId(CLEAR_ID);
        deleteClear.setId(DELETE_CLEAR_ID);
        LaoText.show(deleteClear, tr.tr("settings.encryption.clear_delete"));
        deleteClear.setOnAction(e -> ask(tr.tr("settings.encryption.clear_delete"), tr.tr("settings.encryption.clear_confirm", clearCopies),
                new VBox(), () -> null, this::deleteClearCopies));
        getChildren().addAll(LaoText.label(tr.tr("settings.encryption"), Styles.SECTION_TITLE),
                LaoText.paragraph(tr.tr("settings.encryption.hint"), Styles.MUTED), state, new HBox(8, encrypt, remove), done, clear);
        refresh();
        findClearCopies();
    }

    /** Looks in the backups folder, in the background, for files that hold the data without a password. */
    private void findClearCopies() {
        BackgroundTask.of(progress -> backups.withoutPassword().size())
                .onSuccess(this::showClearCopies)
                .onFailure(onFailure)
                .runWith(tasks);
    }

    private void showClearCopies(int count) {
        clearCopies = count;
        if (count == 0) {
            clear.getChildren().clear();
        } else {
            clear.getChildren().setAll(LaoText.paragraph(tr.tr("settings.encryption.clear_found", count), Styles.MUTED), deleteClear);
        }
    }

    private void deleteClearCopies() {
        busy(true);
        BackgroundTask.of(progress -> backups.deleteWithoutPassword())
                .titled(tr.tr("settings.encryption.clear_delete"))
                .onSuccess(deleted -> {
                    busy(false);
                    showClearCopies(0);
                    LaoText.showParagraph(done, tr.tr("settings.encryption.clear_deleted", deleted.size()), Styles.MUTED);
                    backupsChanged.run();
                })
                .onFailure(error -> {
                    busy(false);
                    onFailure.accept(error);
                    findClearCopies();
                })
                .runWith(tasks);
    }

    private void refresh() {
        boolean on = database.encrypted();
        LaoText.show(state, tr.tr(on ? "settings.encryption.state_on" : "settings.encryption.state_off"));
        LaoText.show(encrypt, tr.tr(on ? "settings.encryption.change" : "settings.encryption.encrypt"));
        remove.setVisible(on);
        remove.setManaged(on);
    }

    private void busy(boolean busy) {
        encrypt.setDisable(busy);
        remove.setDisable(busy);
        deleteClear.setDisable(busy);
    }

    private void askNew() {
        PasswordField first = field(NEW_ID, "settings.encryption.new");
        PasswordField again = field(AGAIN_ID, "settings.encryption.again");
        ask(tr.tr(database.encrypted() ? "settings.encryption.change" : "settings.encryption.encrypt"),
                tr.tr("settings.encryption.new_hint"), new VBox(8, first, again), () -> {
                    if (first.getText().isEmpty()) {
                        return Problem.error("settings.encryption.empty");
                    }
                    return first.getText().equals(again.getText()) ? null : Problem.error("settings.encryption.mismatch");
                }, () -> change(FilePassword.of(first.getText().toCharArray()), "settings.encryption.done_on"));
    }

    private void askCurrent() {
        PasswordField current = field(CURRENT_ID, "password.field");
        ask(tr.tr("settings.encryption.remove"), tr.tr("settings.encryption.remove_hint"), new VBox(8, current),
                () -> database.isPassword(FilePassword.of(current.getText().toCharArray())) ? null
                        : Problem.error("error.db.password_wrong", database.description()),
                () -> change(FilePassword.NONE, "settings.encryption.done_off"));
    }

    private PasswordField field(String id, String promptKey) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setPromptText(tr.tr(promptKey));
        return field;
    }

    /** A dialog with the password fields; OK is refused (the reason said in the dialog) while {@code check} gives a problem. */
    private void ask(String title, String hint, VBox fields, java.util.function.Supplier<Problem> check, Runnable confirmed) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        ButtonType ok = new ButtonType(title.replace("…", ""), ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, new ButtonType(tr.tr("form.cancel"), ButtonData.CANCEL_CLOSE));
        VBox error = new VBox();
        error.setId(DIALOG_ERROR_ID);
        VBox content = new VBox(8, LaoText.paragraph(hint, Styles.DIALOG_TEXT), fields, error);
        content.setPrefWidth(480);
        dialog.getDialogPane().setContent(content);
        Button confirm = (Button) dialog.getDialogPane().lookupButton(ok);
        confirm.setId(CONFIRM_ID);
        confirm.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            Problem problem = check.get();
            if (problem != null) {
                LaoText.showParagraph(error, tr.tr(problem), Styles.ERROR_TEXT);
                dialog.getDialogPane().getScene().getWindow().sizeToScene(); // room for the message, the buttons still in view
                e.consume();
            }
        });
        Styles.apply(dialog.getDialogPane(), tr.language());
        Window owner = getScene() == null ? null : getScene().getWindow();
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == ok) {
                confirmed.run();
            }
        });
        dialog.show();
    }

    private void change(FilePassword password, String doneKey) {
        busy(true);
        LaoText.showParagraph(done, tr.tr("settings.encryption.running"), Styles.MUTED);
        BackgroundTask.of(progress -> database.changeEncryption(password))
                .titled(tr.tr("settings.encryption.running"))
                .onSuccess((Path kept) -> {
                    busy(false);
                    refresh();
                    LaoText.showParagraph(done, tr.tr(doneKey, kept), Styles.MUTED);
                    findClearCopies();
                    backupsChanged.run();
                })
                .onFailure(error -> {
                    busy(false);
                    done.getChildren().clear();
                    onFailure.accept(error);
                })
                .runWith(tasks);
    }
}

package org.cohortdesk.ui.welcome;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.store.FilePassword;
import org.cohortdesk.ui.common.ErrorReporter;
import org.cohortdesk.ui.common.LaoText;
import org.cohortdesk.ui.common.Styles;
import org.cohortdesk.ui.common.TaskRunner;

/**
 * Before the main window, for an encrypted data folder: asks the password, tries it on a worker
 * thread, and says so when it is wrong (the file is left as it was) so that it can be typed again.
 * Esc, Quit or closing the window opens nothing.
 */
public final class PasswordPrompt<T> {
    public static final String FIELD_ID = "passwordField";
    public static final String OPEN_ID = "passwordOpen";
    public static final String QUIT_ID = "passwordQuit";
    public static final String MESSAGE_ID = "passwordMessage";

    private final Stage stage;
    private final Localization tr;
    private final TaskRunner tasks;
    private final Function<FilePassword, T> open;
    private final PasswordField field = new PasswordField();
    private final VBox message = new VBox();
    private final Button openButton = new Button();
    private boolean settled;

    private PasswordPrompt(Stage stage, Localization tr, TaskRunner tasks, Function<FilePassword, T> open) {
        this.stage = stage;
        this.tr = tr;
        this.tasks = tasks;
        this.open = open;
    }

    /**
     * Shows the prompt in {@code stage}. {@code open} runs on a worker with the password typed; its
     * result goes to {@code opened}. A wrong password is said in the prompt; any other failure goes
     * to {@code failed}; leaving without a password calls {@code quit}. Exactly one of the three is
     * called. On the FX thread.
     */
    public static <T> void ask(Stage stage, Localization tr, String folder, TaskRunner tasks, Function<FilePassword, T> open,
            Consumer<T> opened, Consumer<Throwable> failed, Runnable quit) {
        new PasswordPrompt<>(stage, tr, tasks, open).show(folder, opened, failed, quit);
    }

    private void show(String folder, Consumer<T> opened, Consumer<Throwable> failed, Runnable quit) {
        field.setId(FIELD_ID);
        field.setPromptText(tr.tr("password.field"));
        message.setId(MESSAGE_ID);
        openButton.setId(OPEN_ID);
        LaoText.show(openButton, tr.tr("password.open"));
        openButton.getStyleClass().add(Styles.PRIMARY);
        openButton.setDefaultButton(true);
        openButton.setOnAction(e -> tryPassword(opened, failed));
        Button quitButton = new Button();
        quitButton.setId(QUIT_ID);
        LaoText.show(quitButton, tr.tr("password.quit"));
        quitButton.setCancelButton(true);
        quitButton.setOnAction(e -> leave(quit));

        HBox buttons = new HBox(8, quitButton, openButton);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox card = new VBox(12, LaoText.label(tr.tr("password.title"), Styles.PAGE_TITLE), LaoText.label(tr.tr("password.lead"), Styles.LEAD),
                LaoText.label(folder, Styles.MUTED), field, message, buttons);
        card.getStyleClass().addAll(Styles.CARD);
        card.setPrefWidth(520);
        VBox root = new VBox(card);
        root.getStyleClass().addAll(Styles.PAGE, Styles.CENTERED);
        Styles.apply(root, tr.language());
        Scene scene = new Scene(root);
        Styles.apply(scene);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                leave(quit);
            }
        });
        stage.setTitle(tr.tr("app.name"));
        stage.setScene(scene);
        stage.setOnHidden(e -> {
            if (!settled) {
                settled = true;
                quit.run();
            }
        });
        stage.show();
        field.requestFocus();
    }

    private void tryPassword(Consumer<T> opened, Consumer<Throwable> failed) {
        if (settled || field.getText().isEmpty()) {
            return;
        }
        FilePassword password = FilePassword.of(field.getText().toCharArray());
        busy(true);
        LaoText.showParagraph(message, tr.tr("password.trying"), Styles.MUTED);
        stage.sizeToScene();
        Callable<T> work = () -> open.apply(password);
        tasks.whenDone(tasks.start(work), value -> {
            // also when the window was closed meanwhile: the receiver then closes what was opened
            settled = true;
            stage.hide();
            opened.accept(value);
        }, error -> {
            ProblemException problem = ErrorReporter.problemIn(error);
            if (problem != null && "error.db.password_wrong".equals(problem.problem().key())) {
                busy(false);
                LaoText.showParagraph(message, tr.tr(problem.problem()), Styles.ERROR_TEXT);
                stage.sizeToScene();
                field.clear();
                field.requestFocus();
                return;
            }
            settled = true;
            stage.hide();
            failed.accept(error);
        });
    }

    private void busy(boolean busy) {
        field.setDisable(busy);
        openButton.setDisable(busy);
    }

    private void leave(Runnable quit) {
        if (settled || openButton.isDisabled()) {
            return;
        }
        settled = true;
        stage.hide();
        quit.run();
    }
}

package org.cohortdesk.ui.shell;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.about.Licences;
import org.cohortdesk.service.about.Licences.Component;
import org.cohortdesk.ui.common.BackgroundTask;
import org.cohortdesk.ui.common.LaoText;
import org.cohortdesk.ui.common.Styles;

/**
 * Help > About: name, version, what it is for, where the data is, and every bundled library, the
 * runtime and the fonts with their licences (a list; the chosen entry's licence text beside it).
 * The texts are read on a worker thread.
 */
final class AboutDialog {
    private static final Logger LOG = Logger.getLogger(AboutDialog.class.getName());

    private AboutDialog() {}

    static Alert show(ShellViewModel model, Window owner) {
        Localization tr = model.localization();
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", new ButtonType(tr.tr("dialog.ok"), ButtonData.OK_DONE));
        alert.setTitle(tr.tr("menu.help.about"));
        alert.setHeaderText(tr.tr("about.header", model.version()));

        ListView<Component> components = new ListView<>();
        components.setId("about-licences");
        components.setPrefSize(320, 280);
        components.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Component item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name() + "\n" + item.licence());
            }
        });
        TextArea text = new TextArea(tr.tr("about.licences.hint"));
        text.setId("about-licence-text");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(460, 280);
        SplitPane licences = new SplitPane(components, text);
        licences.setDividerPositions(0.42);
        VBox.setVgrow(licences, Priority.ALWAYS);

        VBox body = new VBox(8,
                LaoText.paragraph(tr.tr("about.purpose"), Styles.DIALOG_TEXT),
                LaoText.paragraph(tr.tr("about.data", model.place()), Styles.DIALOG_TEXT),
                LaoText.paragraph(tr.tr("about.fonts"), Styles.DIALOG_TEXT, Styles.MUTED),
                LaoText.label(tr.tr("about.licences"), Styles.SECTION_TITLE),
                licences);
        alert.getDialogPane().setContent(body);
        alert.getDialogPane().setMinWidth(820);
        alert.setResizable(true);
        Styles.apply(alert.getDialogPane(), tr.language());

        BackgroundTask.of(progress -> Licences.bundledWithTexts())
                .onSuccess(texts -> fill(tr, components, text, texts))
                .onFailure(e -> {
                    LOG.log(Level.WARNING, "reading the bundled licences", e);
                    text.setText(tr.tr("about.licences.unreadable", String.valueOf(e.getMessage())));
                })
                .runWith(model.tasks());

        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.show();
        return alert;
    }

    private static void fill(Localization tr, ListView<Component> components, TextArea text, Map<Component, String> texts) {
        components.getItems().setAll(texts.keySet());
        components.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (chosen == null) {
                return;
            }
            StringBuilder shown = new StringBuilder(chosen.name()).append('\n').append(chosen.licence()).append('\n');
            chosen.noteKey().ifPresent(key -> shown.append('\n').append(tr.tr(key)).append('\n'));
            shown.append('\n').append(texts.get(chosen));
            text.setText(shown.toString());
            text.positionCaret(0);
        });
    }
}

package org.cohortdesk.ui.settings;

import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.store.Database;
import org.cohortdesk.ui.common.Alerts;
import org.cohortdesk.ui.common.LaoText;
import org.cohortdesk.ui.common.Styles;

/** The Settings page's card for a shared PostgreSQL server: the address, Save, and what happened. */
final class ServerSettingView extends VBox {
    static final String URL_ID = "serverUrl";
    static final String SAVE_ID = "serverSave";
    static final String MESSAGE_ID = "serverMessage";
    static final String PROBLEM_ID = "serverProblem";
    static final String COPY_ID = "serverCopy";

    ServerSettingView(ServerSettingViewModel model, Localization tr) {
        super(8);
        getStyleClass().add(Styles.CARD);
        TextField url = new TextField();
        url.setId(URL_ID);
        url.setPromptText("jdbc:postgresql://server/cohortdesk?user=name");
        url.setPrefColumnCount(48);
        url.textProperty().bindBidirectional(model.urlProperty());
        url.setOnAction(e -> model.save());
        Button save = new Button(tr.tr("settings.server.save"));
        save.setId(SAVE_ID);
        save.setOnAction(e -> model.save());
        HBox row = new HBox(8, LaoText.label(tr.tr("settings.server.url"), Styles.MUTED), url, save);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(url, Priority.ALWAYS);
        getChildren().addAll(LaoText.label(tr.tr("settings.server"), Styles.SECTION_TITLE),
                LaoText.paragraph(tr.tr("settings.server.hint"), Styles.MUTED), row);
        if (model.canCopy()) {
            Button copy = new Button();
            copy.setId(COPY_ID);
            LaoText.show(copy, tr.tr("settings.server.copy"));
            copy.disableProperty().bind(model.urlProperty().isEmpty().or(model.copyingProperty()));
            copy.setOnAction(e -> confirmCopy(model, tr));
            getChildren().addAll(LaoText.paragraph(tr.tr("settings.server.copy_hint"), Styles.MUTED), copy);
        }
        getChildren().addAll(running(PROBLEM_ID, model.problemProperty(), Styles.ERROR_TEXT), running(MESSAGE_ID, model.messageProperty(), Styles.MUTED));
    }

    private void confirmCopy(ServerSettingViewModel model, Localization tr) {
        ButtonType copy = new ButtonType(tr.tr("settings.server.copy_button"), ButtonData.OK_DONE);
        Alerts.of(this, tr, Alert.AlertType.CONFIRMATION, tr.tr("settings.server.copy"),
                        tr.tr("settings.server.copy_confirm", Database.redact(model.urlProperty().get().strip())), copy,
                        new ButtonType(tr.tr("form.cancel"), ButtonData.CANCEL_CLOSE))
                .showAndWait().filter(copy::equals).ifPresent(chosen -> model.copyToServer());
    }

    /** Text that changes and may take several lines (Lao wrapped whole words only); takes no room while empty (the Institution card too). */
    static VBox running(String id, ObservableValue<String> text, String style) {
        VBox holder = new VBox();
        holder.setId(id);
        ChangeListener<String> show = (o, old, now) -> {
            holder.getChildren().setAll(now == null || now.isEmpty() ? List.of() : List.of(LaoText.paragraph(now, style)));
            holder.setManaged(!holder.getChildren().isEmpty());
        };
        text.addListener(show);
        show.changed(text, null, text.getValue());
        return holder;
    }
}

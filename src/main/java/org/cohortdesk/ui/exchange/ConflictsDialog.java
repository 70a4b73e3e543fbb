package org.cohortdesk.ui.exchange;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.exchange.ExchangeService.Conflict;
import org.cohortdesk.ui.common.LaoText;
import org.cohortdesk.ui.common.Styles;
import org.cohortdesk.ui.common.TextCell;
import org.cohortdesk.ui.common.Toolbars;
import org.cohortdesk.ui.exchange.ConflictsViewModel.Choice;

/**
 * The conflicts resolver: on the left the rows changed here and at the other institution, on the
 * right the chosen row's differing fields (here, theirs, "take theirs"), and "Resolve this row".
 */
public final class ConflictsDialog {
    public static final String LIST_ID = "exchangeConflictList";
    public static final String FIELDS_ID = "exchangeConflictFields";
    public static final String RESOLVE_ID = "exchangeResolve";
    public static final String TAKE_ALL_ID = "exchangeTakeAll";
    public static final String KEEP_ALL_ID = "exchangeKeepAll";
    public static final String MESSAGE_ID = "exchangeConflictsMessage";
    public static final String DELETION_ID = "exchangeConflictDeletion";

    private ConflictsDialog() {}

    /** Shows the dialog (not modal) and reads the conflicts. */
    public static Dialog<ButtonType> show(ConflictsViewModel model, Window owner) {
        Localization tr = model.localization();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(tr.tr("exchange.conflicts.title"));
        dialog.initModality(Modality.NONE);
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(tr.tr("exchange.conflicts.close"), ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setContent(content(model, tr));
        dialog.getDialogPane().setPrefSize(1000, 560);
        Styles.apply(dialog.getDialogPane(), tr.language());
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        dialog.show();
        model.load();
        return dialog;
    }

    static BorderPane content(ConflictsViewModel model, Localization tr) {
        ListView<Conflict> list = new ListView<>(model.conflicts());
        list.setId(LIST_ID);
        list.setPrefWidth(320);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Conflict item, boolean empty) {
                super.updateItem(item, empty);
                LaoText.show(this, empty || item == null ? null : model.describe(item));
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> {
            if (list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });

        TableView<Choice> fields = new TableView<>(model.choices());
        fields.setId(FIELDS_ID);
        fields.setEditable(true);
        fields.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        fields.getColumns().add(text(tr.tr("exchange.conflicts.column.field"), Choice::label));
        fields.getColumns().add(text(tr.tr("exchange.conflicts.column.mine"), Choice::mine));
        fields.getColumns().add(text(tr.tr("exchange.conflicts.column.theirs"), Choice::theirs));
        TableColumn<Choice, Boolean> take = new TableColumn<>(tr.tr("exchange.conflicts.column.take"));
        take.setCellValueFactory(d -> d.getValue().takeTheirsProperty());
        take.setCellFactory(CheckBoxTableCell.forTableColumn(take));
        take.setEditable(true);
        fields.getColumns().add(take);

        list.setPlaceholder(LaoText.label(tr.tr("exchange.conflicts.none"), Styles.MUTED));
        fields.setPlaceholder(LaoText.label(tr.tr("exchange.conflicts.no_fields"), Styles.MUTED));

        Button takeAll = Toolbars.button(tr.tr("exchange.conflicts.take_all"), TAKE_ALL_ID, () -> model.takeAll(true));
        Button keepAll = Toolbars.button(tr.tr("exchange.conflicts.keep_all"), KEEP_ALL_ID, () -> model.takeAll(false));
        Button resolve = Toolbars.button(tr.tr("exchange.conflicts.resolve"), RESOLVE_ID, model::resolveSelected);
        resolve.getStyleClass().add(Styles.PRIMARY);
        resolve.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty()));
        takeAll.disableProperty().bind(model.selectedProperty().isNull());
        keepAll.disableProperty().bind(model.selectedProperty().isNull());
        Label message = new Label();
        message.setId(MESSAGE_ID);
        message.getStyleClass().add(Styles.MUTED);
        LaoText.follow(message, model.messageProperty());
        HBox buttons = new HBox(8, takeAll, keepAll, resolve);
        Label deletion = new Label();
        deletion.setId(DELETION_ID);
        deletion.getStyleClass().add(Styles.DIALOG_TEXT);
        LaoText.follow(deletion, model.deletionProperty());
        javafx.scene.Node deletionHelp = LaoText.paragraph(tr.tr("exchange.deletions.help"), Styles.MUTED);
        deletion.managedProperty().bind(model.deletionProperty().isNotEmpty());
        deletion.visibleProperty().bind(deletion.managedProperty());
        deletionHelp.managedProperty().bind(deletion.managedProperty());
        deletionHelp.visibleProperty().bind(deletion.managedProperty());

        VBox right = new VBox(8, deletion, deletionHelp, fields, buttons);
        VBox.setVgrow(fields, Priority.ALWAYS);
        BorderPane pane = new BorderPane();
        pane.setTop(LaoText.paragraph(tr.tr("exchange.conflicts.help"), Styles.DIALOG_TEXT));
        pane.setLeft(list);
        pane.setCenter(right);
        pane.setBottom(message);
        BorderPane.setMargin(list, new Insets(8, 8, 0, 0));
        BorderPane.setMargin(right, new Insets(8, 0, 0, 0));
        BorderPane.setMargin(message, new Insets(8, 0, 0, 0));
        return pane;
    }

    private static TableColumn<Choice, String> text(String title, java.util.function.Function<Choice, String> value) {
        TableColumn<Choice, String> column = new TableColumn<>(title);
        column.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        column.setCellFactory(c -> TextCell.plain());
        column.setEditable(false);
        return column;
    }
}

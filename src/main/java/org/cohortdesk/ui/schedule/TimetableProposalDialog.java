package org.cohortdesk.ui.schedule;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Resource;
import org.cohortdesk.ui.AppContext;
import org.cohortdesk.ui.common.FormSubmit;
import org.cohortdesk.ui.common.LaoText;
import org.cohortdesk.ui.common.Styles;

/**
 * Propose timetable…: the resources to book and the day's slots above, the proposal in a table
 * (dates and times editable, rows removable), what did not fit, and Save, which writes every row
 * in one transaction or nothing (the refusal in words under the table).
 */
public final class TimetableProposalDialog {
    public static final String TABLE_ID = "timetableTable";
    public static final String PROPOSE_ID = "timetablePropose";
    public static final String REMOVE_ID = "timetableRemove";
    public static final String SAVE_ID = "timetableSave";
    public static final String ERROR_ID = "timetableError";
    public static final String SUMMARY_ID = "timetableSummary";
    public static final String ROOM_ID = "timetableRoom";

    private TimetableProposalDialog() {}

    /** Opens the dialog for the cohort with this code; {@code saved} gets how many sessions were saved. */
    public static Dialog<ButtonType> show(AppContext context, String code, Window owner, Consumer<Integer> saved) {
        Localization tr = context.localization();
        FormSubmit submit = new FormSubmit(tr, context.tasks(), context.errors()::show);
        TimetableProposalViewModel model = new TimetableProposalViewModel(code, context.services().timetables(), submit);
        Dialog<ButtonType> dialog = build(tr, code, model, saved);
        Styles.apply(dialog.getDialogPane(), tr.language());
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        dialog.show();
        model.loadResources();
        return dialog;
    }

    static Dialog<ButtonType> build(Localization tr, String code, TimetableProposalViewModel model, Consumer<Integer> saved) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(tr.tr("app.name"));
        dialog.setHeaderText(tr.tr("timetable.dialog.title", code));
        dialog.setResizable(true);
        ButtonType save = new ButtonType(tr.tr("timetable.dialog.accept"), ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, new ButtonType(tr.tr("form.cancel"), ButtonData.CANCEL_CLOSE));
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId(SAVE_ID);
        saveButton.disableProperty().bind(model.submit().busyProperty().or(javafx.beans.binding.Bindings.isEmpty(model.rows())));
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.save(count -> {
                dialog.close();
                saved.accept(count);
            });
        });

        TableView<ProposalRow> table = table(tr, model);
        Button propose = new Button(tr.tr("timetable.dialog.propose"));
        propose.setId(PROPOSE_ID);
        propose.getStyleClass().add(Styles.PRIMARY);
        propose.disableProperty().bind(model.submit().busyProperty());
        propose.setOnAction(e -> model.propose());
        Button remove = new Button(tr.tr("timetable.dialog.remove"));
        remove.setId(REMOVE_ID);
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.rows().removeAll(List.copyOf(table.getSelectionModel().getSelectedItems())));

        Label summary = new Label();
        summary.setId(SUMMARY_ID);
        LaoText.follow(summary, model.summaryProperty());
        Label unplaced = new Label();
        unplaced.getStyleClass().add(Styles.MUTED);
        LaoText.follow(unplaced, model.unplacedProperty());
        Label error = new Label();
        error.setId(ERROR_ID);
        error.getStyleClass().add(Styles.ERROR_TEXT);
        error.setWrapText(true);
        LaoText.follow(error, model.submit().errorProperty());
        Node hint = LaoText.paragraph(tr.tr("timetable.dialog.hint"), Styles.MUTED);

        VBox content = new VBox(10, choices(tr, model, propose), hint, table, new HBox(12, remove, summary), unplaced, error);
        VBox.setVgrow(table, Priority.ALWAYS);
        content.setPrefSize(760, 600);
        dialog.getDialogPane().setContent(content);
        return dialog;
    }

    private static GridPane choices(Localization tr, TimetableProposalViewModel model, Button propose) {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        ComboBox<Resource> room = resources(tr, model.rooms, model.room);
        room.setId(ROOM_ID);
        grid.addRow(0, new Label(tr.tr("timetable.dialog.room")), room);
        grid.addRow(1, new Label(tr.tr("timetable.dialog.lecturer")), resources(tr, model.lecturers, model.lecturer));
        grid.addRow(2, new Label(tr.tr("timetable.dialog.interpreter")), resources(tr, model.interpreters, model.interpreter));
        grid.add(slot(tr.tr("timetable.dialog.morning"), model.morning, model.morningFrom, model.morningTo), 2, 0);
        grid.add(slot(tr.tr("timetable.dialog.afternoon"), model.afternoon, model.afternoonFrom, model.afternoonTo), 2, 1);
        grid.add(propose, 2, 2);
        return grid;
    }

    private static ComboBox<Resource> resources(Localization tr, ObservableList<Resource> choices, ObjectProperty<Resource> chosen) {
        ComboBox<Resource> box = new ComboBox<>(choices);
        box.setPrefWidth(260);
        box.setPromptText(tr.tr("timetable.dialog.none"));
        box.setCellFactory(v -> new ResourceCell(tr));
        box.setButtonCell(new ResourceCell(tr));
        box.valueProperty().bindBidirectional(chosen);
        return box;
    }

    private static HBox slot(String name, BooleanProperty on, StringProperty from, StringProperty to) {
        CheckBox use = new CheckBox(name);
        use.selectedProperty().bindBidirectional(on);
        use.setMinWidth(110);
        TextField start = new TextField();
        start.textProperty().bindBidirectional(from);
        TextField end = new TextField();
        end.textProperty().bindBidirectional(to);
        start.setPrefColumnCount(4);
        end.setPrefColumnCount(4);
        start.disableProperty().bind(on.not());
        end.disableProperty().bind(on.not());
        HBox box = new HBox(6, use, start, new Label("–"), end);
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return box;
    }

    private static TableView<ProposalRow> table(Localization tr, TimetableProposalViewModel model) {
        TableView<ProposalRow> table = new TableView<>(model.rows());
        table.setId(TABLE_ID);
        table.setEditable(true);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getColumns().add(editable(tr.tr("timetable.column.date"), 110, ProposalRow::dateProperty, model));
        table.getColumns().add(editable(tr.tr("timetable.column.start"), 70, ProposalRow::startProperty, model));
        table.getColumns().add(editable(tr.tr("timetable.column.end"), 70, ProposalRow::endProperty, model));
        TableColumn<ProposalRow, String> module = new TableColumn<>(tr.tr("timetable.column.module"));
        module.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(c.getValue().module()));
        module.setPrefWidth(440);
        table.getColumns().add(module);
        table.setPlaceholder(LaoText.label(tr.tr("timetable.dialog.empty"), Styles.MUTED));
        return table;
    }

    private static TableColumn<ProposalRow, String> editable(String title, double width,
            java.util.function.Function<ProposalRow, StringProperty> property, TimetableProposalViewModel model) {
        TableColumn<ProposalRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> property.apply(c.getValue()));
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        column.setOnEditCommit(e -> {
            property.apply(e.getRowValue()).set(e.getNewValue());
            model.summarise();
        });
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    private static final class ResourceCell extends ListCell<Resource> {
        private final Localization tr;

        ResourceCell(Localization tr) {
            this.tr = tr;
        }

        @Override
        protected void updateItem(Resource r, boolean empty) {
            super.updateItem(r, empty);
            setText(empty || r == null ? tr.tr("timetable.dialog.none") : r.name());
        }
    }
}

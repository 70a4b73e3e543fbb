package org.cohortdesk.ui.roster;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.enrollment.TraineeDraft;
import org.cohortdesk.service.enrollment.TraineeField;
import org.cohortdesk.ui.common.LaoText;
import org.cohortdesk.ui.common.TextCell;

/**
 * A roster cell that edits one {@link TraineeField} of its row: a text field for text and dates, a
 * choice for sex and status. Enter (or leaving the cell) saves through the {@link RosterEditor};
 * text it cannot read stays open for correcting, with the reason on the page. Esc cancels.
 */
final class RosterEditCell<T> extends TextCell<RosterRow, T> {
    /** The key under the table's properties of the text typed over a cell, while its editing starts. */
    private static final String TYPED_OVER = "roster.typedOver";

    private final TraineeField field;
    private final RosterEditor editor;
    private final Localization tr;

    RosterEditCell(Function<? super T, String> text, TraineeField field, RosterEditor editor, Localization tr) {
        super(text);
        this.field = field;
        this.editor = editor;
        this.tr = tr;
    }

    private RosterRow row() {
        return getTableRow() == null ? null : getTableRow().getItem();
    }

    @Override
    public void startEdit() {
        RosterRow row = row();
        if (row == null || !isEditable() || !getTableView().isEditable() || editor.busyProperty().get()) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        Control control = FieldChoices.chosen(field) ? choiceBox(row) : textField(row);
        control.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                cancelEdit();
            }
        });
        setText(null);
        setGraphic(control);
        control.requestFocus();
    }

    /**
     * Starts editing the focused cell of {@code table} with {@code typed} as its text, as a
     * spreadsheet does when one types over a cell. Cells edited by choosing just open.
     */
    static void typeOver(TableView<RosterRow> table, TablePosition<RosterRow, ?> cell, String typed) {
        table.getProperties().put(TYPED_OVER, typed);
        table.edit(cell.getRow(), cell.getTableColumn());
        table.getProperties().remove(TYPED_OVER);
    }

    private TextField textField(RosterRow row) {
        Object typed = getTableView().getProperties().get(TYPED_OVER);
        TextField field = new TextField(typed instanceof String s ? s : TraineeDraft.textOf(row.trainee(), this.field));
        LaoText.mark(field.getStyleClass(), field.getText());
        if (this.field.kind() == TraineeField.Kind.DATE) {
            field.setPromptText("dd/mm/yyyy");
        }
        field.setOnAction(e -> save(row, field.getText()));
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now && isEditing()) {
                save(row, field.getText());
            }
        });
        if (typed instanceof String) {
            field.end();
        } else {
            field.selectAll();
        }
        return field;
    }

    private ComboBox<String> choiceBox(RosterRow row) {
        ComboBox<String> box = FieldChoices.box(field, row.trainee(), tr);
        box.getSelectionModel().select(TraineeDraft.textOf(row.trainee(), field));
        box.setOnAction(e -> {
            if (isEditing()) {
                save(row, box.getValue() == null ? "" : box.getValue());
            }
        });
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private void save(RosterRow row, String text) {
        if (editor.edit(row.trainee(), field, text)) {
            cancelEdit();
            getTableView().requestFocus();
        }
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        setGraphic(null);
        updateItem(getItem(), isEmpty());
    }
}

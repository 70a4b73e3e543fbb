package org.cohortdesk.ui.roster;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableColumn;
import org.cohortdesk.ui.common.TextCell;

/**
 * The preview's "Person on file" cell: who on file the row is linked to and why. A row linked by the
 * same birth date and a similar name (not by its passport) has a check box: untick it and the row is
 * added as a new person; tick it again and it is linked again.
 */
final class LinkCell extends TextCell<PastePreviewRow, PastePreviewRow> {
    /** The check box's style class; its id is {@code pasteLink-<row>}. */
    static final String LINK_ID_PREFIX = "pasteLink-";

    private final PastePreviewViewModel model;
    private final CheckBox box = new CheckBox();

    private LinkCell(PastePreviewViewModel model) {
        super(PastePreviewRow::link);
        this.model = model;
        box.disableProperty().bind(model.busyProperty());
    }

    static TableColumn<PastePreviewRow, PastePreviewRow> column(String title, PastePreviewViewModel model) {
        TableColumn<PastePreviewRow, PastePreviewRow> column = new TableColumn<>(title);
        column.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(v.getValue()));
        column.setCellFactory(v -> new LinkCell(model));
        column.setPrefWidth(260);
        return column;
    }

    @Override
    protected void updateItem(PastePreviewRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null || row.linkChoice() == PastePreviewRow.LinkChoice.NONE) {
            setGraphic(null);
            return;
        }
        box.setId(LINK_ID_PREFIX + row.row());
        box.setSelected(row.linkChoice() == PastePreviewRow.LinkChoice.LINKED);
        box.setOnAction(e -> model.keepNew(row.row(), !box.isSelected()));
        setGraphic(box);
        setContentDisplay(ContentDisplay.LEFT);
    }
}

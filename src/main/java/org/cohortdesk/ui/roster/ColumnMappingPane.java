package org.cohortdesk.ui.roster;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.geometry.VPos;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.roster.ColumnMapping;
import org.cohortdesk.service.roster.PasteColumn;
import org.cohortdesk.ui.common.LaoText;
import org.cohortdesk.ui.common.Styles;

/**
 * The preview's column mapping: each column of the sheet (wrapping onto more lines as needed), its
 * letter and header title above a choice of the field it goes to ("Not imported" first). A choice goes to the view model, which
 * checks the rows again; the pane is rebuilt from the mapping the model then holds, so a field
 * taken from another column shows there at once. The matching itself is the service's
 * ({@link ColumnMapping}); this pane only shows it.
 */
final class ColumnMappingPane {
    static final String MAPPING_ID = "pasteMapping";
    /** A column's choice box is {@code pasteField-<letter>}. */
    static final String FIELD_ID_PREFIX = "pasteField-";
    static final String COLUMN = "paste-mapping-column";

    private ColumnMappingPane() {}

    static VBox build(PastePreviewViewModel model) {
        Localization tr = model.localization();
        FlowPane columns = new FlowPane(10, 6);
        columns.setRowValignment(VPos.BOTTOM);
        Label title = new Label(tr.tr("paste.mapping.title"));
        title.getStyleClass().add(Styles.SECTION_TITLE);
        VBox box = new VBox(4, title, columns);
        box.setId(MAPPING_ID);
        box.setMinHeight(Region.USE_PREF_SIZE);
        box.setVisible(false);
        box.managedProperty().bind(box.visibleProperty());
        model.columnsProperty().addListener((o, old, now) -> {
            box.setVisible(now != null);
            columns.getChildren().setAll(now == null ? List.of() : cells(model, now));
        });
        model.busyProperty().addListener((o, was, busy) -> columns.setDisable(busy));
        return box;
    }

    private static List<VBox> cells(PastePreviewViewModel model, ColumnMapping mapping) {
        Localization tr = model.localization();
        List<PasteColumn> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(ColumnMapping.fields());
        StringConverter<PasteColumn> names = new StringConverter<>() {
            @Override
            public String toString(PasteColumn field) {
                return field == null ? tr.tr("paste.mapping.not_imported") : tr.tr(field);
            }

            @Override
            public PasteColumn fromString(String text) {
                throw new UnsupportedOperationException();
            }
        };
        List<VBox> out = new ArrayList<>();
        for (ColumnMapping.Column column : mapping.columns()) {
            String heading = column.title().isEmpty() ? column.letter() : column.letter() + " · " + column.title();
            Label header = LaoText.label(heading);
            header.setMaxWidth(180);
            ChoiceBox<PasteColumn> field = new ChoiceBox<>(FXCollections.observableList(choices));
            field.setId(FIELD_ID_PREFIX + column.letter());
            field.setConverter(names);
            field.setPrefWidth(150);
            field.setValue(column.imported() ? column.field() : null);
            field.valueProperty().addListener((o, old, now) -> model.choose(column.index(), now));
            VBox cell = new VBox(2, header, field);
            cell.getStyleClass().add(COLUMN);
            out.add(cell);
        }
        return out;
    }
}

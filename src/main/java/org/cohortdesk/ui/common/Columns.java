package org.cohortdesk.ui.common;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import org.cohortdesk.i18n.Localization;

/** Read-only table columns as the pages build them: text and dates (day first), Lao in the Lao font. */
public final class Columns {
    private Columns() {}

    public static <S> TableColumn<S, String> text(String title, Function<S, String> value, double width) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> TextCell.plain());
        column.setPrefWidth(width);
        return column;
    }

    public static <S> TableColumn<S, LocalDate> date(Localization tr, String title, Function<S, LocalDate> value) {
        TableColumn<S, LocalDate> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TextCell<>(tr::date));
        column.setPrefWidth(104);
        column.setMinWidth(100);
        return column;
    }

    /** Replaces each column's title by a label, so that a Lao title gets the Lao font. */
    public static void laoHeaders(TableView<?> table) {
        table.getColumns().forEach(c -> {
            Label header = LaoText.label(c.getText());
            c.setText(null);
            c.setGraphic(header);
        });
    }

    /** Runs {@code action} when a row is double-clicked (not a header, not the empty space under the rows). */
    public static void onDoubleClick(TableView<?> table, Runnable action) {
        table.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && e.getTarget() instanceof Node n && inRow(n)
                    && table.getSelectionModel().getSelectedItem() != null) {
                action.run();
            }
        });
    }

    /** True when {@code node} is in a table row that shows an item. */
    public static boolean inRow(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof TableRow<?> row) {
                return !row.isEmpty();
            }
        }
        return false;
    }

    /** The table's placeholder follows {@code text} (reading, nothing stored, nothing matches). */
    public static void placeholder(TableView<?> table, ObservableValue<String> text) {
        Label placeholder = new Label();
        placeholder.getStyleClass().add(Styles.MUTED);
        LaoText.follow(placeholder, text);
        table.setPlaceholder(placeholder);
    }
}

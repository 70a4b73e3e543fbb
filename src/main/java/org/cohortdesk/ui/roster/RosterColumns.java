package org.cohortdesk.ui.roster;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.ui.common.LaoText;
import org.cohortdesk.ui.common.Styles;
import org.cohortdesk.ui.common.TextCell;

/**
 * The columns of the roster table: each {@link RosterColumn} as a table column with its title,
 * width, sort order and cells, which edit through the {@link RosterEditor} where the column edits a
 * trainee field.
 */
final class RosterColumns {
    private final Localization tr;
    private final RosterEditor editor;

    RosterColumns(Localization tr, RosterEditor editor) {
        this.tr = tr;
        this.editor = editor;
    }

    TableColumn<RosterRow, ?> column(RosterColumn c) {
        String title = tr.tr(c.key());
        return switch (c) {
            case WARNING -> {
                TableColumn<RosterRow, RosterRow> column = new TableColumn<>(RosterStyles.MARK);
                column.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(v.getValue()));
                column.setCellFactory(v -> new WarningCell());
                column.setComparator(Comparator.comparingInt(r -> r.warnings().size()));
                column.setPrefWidth(36);
                column.setMinWidth(30);
                yield column;
            }
            case NO -> {
                TableColumn<RosterRow, Integer> column = new TableColumn<>(title);
                column.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(v.getValue().no()));
                column.setCellFactory(v -> new TextCell<>(String::valueOf));
                column.setPrefWidth(48);
                yield column;
            }
            case BIRTH_DATE -> dateColumn(c, title, RosterRow::birthDate);
            case PASSPORT_EXPIRY -> dateColumn(c, title, RosterRow::passportExpiry);
            default -> {
                TableColumn<RosterRow, String> column = new TableColumn<>(title);
                column.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(c.text(v.getValue())));
                column.setCellFactory(v -> cell(c, s -> s));
                column.setPrefWidth(width(c));
                if (c == RosterColumn.NAME_LOCAL) {
                    column.getStyleClass().add(Styles.LAO);
                }
                yield column;
            }
        };
    }

    private static double width(RosterColumn c) {
        return switch (c) {
            case NAME_LOCAL, NAME_LATIN, POSITION, AGENCY -> 180;
            case SEX -> 72;
            case NOTES -> 220;
            case ROOM, STATUS -> 90;
            default -> 120;
        };
    }

    private TableColumn<RosterRow, LocalDate> dateColumn(RosterColumn c, String title, Function<RosterRow, LocalDate> value) {
        TableColumn<RosterRow, LocalDate> column = new TableColumn<>(title);
        column.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(value.apply(v.getValue())));
        column.setCellFactory(v -> cell(c, tr::date));
        column.setPrefWidth(104);
        return column;
    }

    /** A cell showing {@code text} of its value; editable when the column edits a trainee field. */
    private <T> TableCell<RosterRow, T> cell(RosterColumn c, Function<? super T, String> text) {
        if (c.field().isEmpty()) {
            return new TextCell<>(text);
        }
        return new RosterEditCell<>(text, c.field().get(), editor, tr);
    }

    /** A warning mark whose tooltip lists the reasons. */
    private static final class WarningCell extends TableCell<RosterRow, RosterRow> {
        @Override
        protected void updateItem(RosterRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove(RosterStyles.WARNING_MARK);
            if (empty || row == null || !row.hasWarnings()) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(RosterStyles.MARK);
            getStyleClass().add(RosterStyles.WARNING_MARK);
            Tooltip tip = LaoText.tooltip(String.join("\n", row.warnings()));
            tip.setShowDelay(Duration.millis(200));
            setTooltip(tip);
        }
    }
}

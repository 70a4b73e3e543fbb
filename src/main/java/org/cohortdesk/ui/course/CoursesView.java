package org.cohortdesk.ui.course;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.ToIntFunction;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.ui.common.Columns;
import org.cohortdesk.ui.common.Filterable;
import org.cohortdesk.ui.common.Page;
import org.cohortdesk.ui.common.PageView;
import org.cohortdesk.ui.common.Refreshable;
import org.cohortdesk.ui.common.Styles;
import org.cohortdesk.ui.common.TextCell;
import org.cohortdesk.ui.common.Toolbars;
import org.cohortdesk.ui.export.SpreadsheetExport;

/** The Courses page: the course designs in a table with a filter; New and Edit (or a double-click) open the course form. */
public final class CoursesView extends BorderPane implements Filterable, PageView, Refreshable {
    public static final String TABLE_ID = "courseTable";
    public static final String FILTER_ID = "courseFilter";
    public static final String COUNT_ID = "courseCount";
    public static final String NEW_ID = "courseNew";
    public static final String EXPORT_ID = "courseExport";
    public static final String EDIT_ID = "courseEdit";

    private final CoursesViewModel model;
    private final TextField filter = new TextField();
    private final TableView<CourseRow> table = new TableView<>();

    public CoursesView(CoursesViewModel model) {
        this(model, null);
    }

    /** {@code export} null: no Export… button. */
    public CoursesView(CoursesViewModel model, SpreadsheetExport export) {
        this.model = model;
        Localization tr = model.localization();
        getStyleClass().add(Styles.PAGE);
        Button edit = Toolbars.button(tr.tr("courses.edit"), EDIT_ID, this::editSelected);
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        HBox toolbar = Toolbars.filterBar(filter, FILTER_ID, tr.tr("courses.filter.prompt"), model.list().filterProperty(), COUNT_ID,
                model.list().countTextProperty(), Toolbars.button(tr.tr("courses.new"), NEW_ID, this::newCourse), edit);
        if (export != null) {
            toolbar.getChildren().addAll(SpreadsheetExport.controls(tr.tr("courses.export"), EXPORT_ID,
                    report -> export.shown(table, tr.tr("nav.courses"), report)));
        }
        setTop(new VBox(12, Page.header(tr.tr("nav.courses"), tr.tr("courses.subtitle")), toolbar));

        table.setId(TABLE_ID);
        SortedList<CourseRow> sorted = new SortedList<>(model.list().shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<CourseRow, String> code = Columns.text(tr.tr("courses.column.code"), CourseRow::code, 110);
        code.getStyleClass().add(Styles.CODE);
        table.getColumns().setAll(List.of(code,
                Columns.text(tr.tr("courses.column.title"), CourseRow::title, 340),
                Columns.text(tr.tr("courses.column.field"), CourseRow::field, 200),
                Columns.text(tr.tr("courses.column.length"), CourseRow::length, 100),
                number(tr.tr("courses.column.modules"), CourseRow::modules),
                number(tr.tr("courses.column.hours"), CourseRow::hours)));
        Columns.laoHeaders(table);
        Columns.placeholder(table, model.list().placeholderProperty());
        Columns.onDoubleClick(table, this::editSelected);
        setCenter(table);
        BorderPane.setMargin(table, new Insets(12, 0, 0, 0));
    }

    private static TableColumn<CourseRow, Integer> number(String title, ToIntFunction<CourseRow> value) {
        TableColumn<CourseRow, Integer> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.applyAsInt(c.getValue())));
        column.setCellFactory(c -> new TextCell<>(String::valueOf));
        column.setComparator(Comparator.naturalOrder());
        column.setPrefWidth(80);
        return column;
    }

    /** Opens the form for a new course; once saved the list is read again and the course selected. */
    public void newCourse() {
        CourseDialog.show(model.newCourse(), getScene() == null ? null : getScene().getWindow(), saved -> reloadSelecting(saved.course().id()));
    }

    private void editSelected() {
        CourseRow row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            CourseDialog.show(model.editCourse(row), getScene() == null ? null : getScene().getWindow(),
                    saved -> reloadSelecting(saved.course().id()));
        }
    }

    /** Keeps the course selected. */
    @Override
    public void refresh() {
        CourseRow selected = table.getSelectionModel().getSelectedItem();
        reloadSelecting(selected == null ? null : selected.course().id());
    }

    private void reloadSelecting(UUID id) {
        model.load(() -> table.getItems().stream().filter(r -> r.course().id().equals(id)).findFirst().ifPresent(r -> {
            table.getSelectionModel().select(r);
            table.scrollTo(r);
        }));
    }

    @Override
    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    @Override
    public Node initialFocus() {
        return filter;
    }

    public TableView<CourseRow> table() {
        return table;
    }
}

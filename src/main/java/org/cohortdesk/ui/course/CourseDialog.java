package org.cohortdesk.ui.course;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.course.CourseService;
import org.cohortdesk.ui.common.Columns;
import org.cohortdesk.ui.common.FormDialog;
import org.cohortdesk.ui.common.LaoText;
import org.cohortdesk.ui.common.Styles;
import org.cohortdesk.ui.common.Toolbars;

/**
 * The course form in a dialog: code, titles in three languages, field, length, and the modules
 * table (titles and hours edited in place with a double-click), a row of fields to add a module,
 * buttons to remove one or move it up or down, and the total of hours.
 */
public final class CourseDialog {
    public static final String CODE_ID = "courseCode";
    public static final String TITLE_VI_ID = "courseTitleVi";
    public static final String TITLE_EN_ID = "courseTitleEn";
    public static final String TITLE_LO_ID = "courseTitleLo";
    public static final String FIELD_ID = "courseField";
    public static final String LENGTH_ID = "courseLength";
    public static final String CERTIFICATE_LANGUAGE_ID = "courseCertificateLanguage";
    public static final String MODULES_ID = "moduleTable";
    public static final String MODULE_VI_ID = "moduleTitleVi";
    public static final String MODULE_EN_ID = "moduleTitleEn";
    public static final String MODULE_LO_ID = "moduleTitleLo";
    public static final String MODULE_HOURS_ID = "moduleHours";
    public static final String MODULE_ADD_ID = "moduleAdd";
    public static final String MODULE_REMOVE_ID = "moduleRemove";
    public static final String MODULE_UP_ID = "moduleUp";
    public static final String MODULE_DOWN_ID = "moduleDown";
    public static final String TOTAL_ID = "courseTotalHours";

    private CourseDialog() {}

    public static Dialog<ButtonType> show(CourseForm form, Window owner, Consumer<CourseService.Detail> saved) {
        Localization tr = form.submit().localization();
        FormDialog dialog = new FormDialog(tr, form.heading(), owner);
        dialog.field("course.field.code", dialog.text(CODE_ID, form.codeProperty())).setPrefColumnCount(10);
        dialog.field("course.field.title_vi", dialog.text(TITLE_VI_ID, form.titleViProperty()));
        dialog.field("course.field.title_en", dialog.text(TITLE_EN_ID, form.titleEnProperty()));
        dialog.field("course.field.title_lo", dialog.text(TITLE_LO_ID, form.titleLoProperty()));
        dialog.field("course.field.field", FormDialog.choice(FIELD_ID, form.fields(), form.fieldProperty(), tr::tr));
        dialog.field("course.field.length", dialog.text(LENGTH_ID, form.lengthWeeksProperty())).setPrefColumnCount(4);
        dialog.field("course.form.certificate_language",
                FormDialog.choice(CERTIFICATE_LANGUAGE_ID, form.certificateLanguages(), form.certificateLanguageProperty(), tr::tr));
        dialog.wide(modules(form, tr, dialog));
        return dialog.show(form.submit(), form::save, saved);
    }

    private static VBox modules(CourseForm form, Localization tr, FormDialog dialog) {
        TableView<ModuleDraft> table = new TableView<>(form.modules());
        table.setId(MODULES_ID);
        table.setEditable(true);
        table.setPrefHeight(200);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ModuleDraft, Integer> hours = new TableColumn<>(tr.tr("course.module.hours"));
        hours.setCellValueFactory(c -> c.getValue().hoursProperty());
        hours.setCellFactory(TextFieldTableCell.forTableColumn(new Hours()));
        hours.setPrefWidth(70);
        TableColumn<ModuleDraft, String> lo = editable(tr.tr("course.module.title_lo"), ModuleDraft::titleLoProperty);
        lo.getStyleClass().add(Styles.LAO);
        table.getColumns().setAll(List.of(editable(tr.tr("course.module.title_vi"), ModuleDraft::titleViProperty),
                editable(tr.tr("course.module.title_en"), ModuleDraft::titleEnProperty), lo, hours));
        Columns.laoHeaders(table);
        Label empty = LaoText.label(tr.tr("course.modules.empty"), Styles.MUTED);
        table.setPlaceholder(empty);

        TextField vi = dialog.text(MODULE_VI_ID, form.newViProperty());
        vi.setPromptText(tr.tr("course.module.title_vi"));
        TextField en = dialog.text(MODULE_EN_ID, form.newEnProperty());
        en.setPromptText(tr.tr("course.module.title_en"));
        TextField loField = dialog.text(MODULE_LO_ID, form.newLoProperty());
        loField.setPromptText(tr.tr("course.module.title_lo"));
        TextField hoursField = dialog.text(MODULE_HOURS_ID, form.newHoursProperty());
        hoursField.setPromptText(tr.tr("course.module.hours"));
        hoursField.setPrefColumnCount(4);
        Button add = Toolbars.button(tr.tr("course.module.add"), MODULE_ADD_ID, form::addModule);
        for (TextField f : List.of(vi, en, loField, hoursField)) {
            HBox.setHgrow(f, Priority.ALWAYS);
            f.setOnAction(e -> form.addModule());
        }
        HBox adding = new HBox(6, vi, en, loField, hoursField, add);

        Button remove = Toolbars.button(tr.tr("course.module.remove"), MODULE_REMOVE_ID, () -> form.remove(table.getSelectionModel().getSelectedItem()));
        Button up = Toolbars.button(tr.tr("course.module.up"), MODULE_UP_ID, () -> move(form, table, -1));
        Button down = Toolbars.button(tr.tr("course.module.down"), MODULE_DOWN_ID, () -> move(form, table, 1));
        for (Button b : List.of(remove, up, down)) {
            b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        }
        Label total = new Label();
        total.setId(TOTAL_ID);
        total.getStyleClass().add(Styles.SECTION_TITLE);
        LaoText.follow(total, form.totalTextProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox actions = new HBox(6, remove, up, down, grow, total);
        Label heading = LaoText.label(tr.tr("course.modules"), Styles.SECTION_TITLE);
        return new VBox(6, heading, table, actions, adding);
    }

    private static void move(CourseForm form, TableView<ModuleDraft> table, int by) {
        ModuleDraft selected = table.getSelectionModel().getSelectedItem();
        if (selected != null) {
            form.move(selected, by);
            table.getSelectionModel().select(selected);
        }
    }

    private static TableColumn<ModuleDraft, String> editable(String title, Function<ModuleDraft, Property<String>> value) {
        TableColumn<ModuleDraft, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> value.apply(c.getValue()));
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        column.setPrefWidth(200);
        return column;
    }

    /** Hours typed in a cell: what is not a whole number is no hours (the save then says the module lacks them). */
    private static final class Hours extends StringConverter<Integer> {
        @Override
        public String toString(Integer value) {
            return value == null ? "" : value.toString();
        }

        @Override
        public Integer fromString(String text) {
            try {
                return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}

package org.cohortdesk.ui.export;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.export.ExportTemplate;
import org.cohortdesk.service.export.Passports;
import org.cohortdesk.service.spreadsheet.SpreadsheetFormat;
import org.cohortdesk.ui.common.Styles;

/** Asks what to export (a roster's template, when there is a choice) and in which format; the file is asked next. */
final class ExportDialog {
    static final String TEMPLATE_ID = "exportTemplate";
    static final String FORMAT_ID = "exportFormat";
    static final String CONFIRM_ID = "exportConfirm";
    static final String ONLY_SHOWN_ID = "exportOnlyShown";
    static final String NO_PASSPORTS_ID = "exportNoPassports";
    static final String FORM = "export-form";

    /**
     * What the user chose: the template (null when exporting everyone), the format, whether only
     * the rows the table shows go out, and whether passport numbers stay in.
     */
    record Choice(ExportTemplate template, SpreadsheetFormat format, boolean onlyShown, Passports passports) {}

    private ExportDialog() {}

    /**
     * Shows the dialog; {@code chosen} is called once it closes with the export button. {@code
     * template} is the one chosen at first; null: everyone, no template to choose. When the table
     * shows {@code shown} of its {@code all} rows (a filter is typed), a box, ticked, offers to
     * export only those, in the order shown. {@code passportChoice}: the export may carry passport
     * numbers, so a box offers to leave them out (disabled for a template without them).
     */
    static Dialog<ButtonType> show(Localization tr, String title, ExportTemplate template, int shown, int all, Window owner,
            Consumer<Choice> chosen) {
        return show(tr, title, template, shown, all, false, owner, chosen);
    }

    static Dialog<ButtonType> show(Localization tr, String title, ExportTemplate template, int shown, int all, boolean passportChoice,
            Window owner, Consumer<Choice> chosen) {
        boolean withTemplates = template != null;
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        ButtonType export = new ButtonType(tr.tr("export.dialog.confirm"), ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(export, new ButtonType(tr.tr("form.cancel"), ButtonData.CANCEL_CLOSE));

        ComboBox<ExportTemplate> templates = combo(TEMPLATE_ID, List.of(ExportTemplate.values()), t -> tr.tr(t.titleKey()));
        if (withTemplates) {
            templates.getSelectionModel().select(template);
        }
        ComboBox<SpreadsheetFormat> format = combo(FORMAT_ID, List.of(SpreadsheetFormat.values()), f -> formatName(tr, f));
        GridPane grid = new GridPane();
        grid.getStyleClass().add(FORM);
        int row = 0;
        if (withTemplates) {
            grid.addRow(row++, new Label(tr.tr("export.dialog.template")), templates);
        }
        grid.addRow(row++, new Label(tr.tr("export.dialog.format")), format);
        CheckBox onlyShown = new CheckBox(tr.tr("export.dialog.only_shown", shown, all));
        onlyShown.setId(ONLY_SHOWN_ID);
        onlyShown.setSelected(shown >= 0 && shown < all);
        if (shown >= 0 && shown < all) {
            grid.add(onlyShown, 1, row);
        }
        CheckBox noPassports = new CheckBox(tr.tr("export.dialog.no_passports"));
        noPassports.setId(NO_PASSPORTS_ID);
        if (passportChoice) {
            grid.add(noPassports, 1, ++row);
            if (withTemplates) {
                noPassports.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> templates.getValue() == null || !Passports.carriedBy(templates.getValue()), templates.valueProperty()));
            }
        }
        dialog.getDialogPane().setContent(grid);
        Node confirm = dialog.getDialogPane().lookupButton(export);
        confirm.setId(CONFIRM_ID);

        Styles.apply(dialog.getDialogPane(), tr.language());
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == export) {
                Passports passports = passportChoice && noPassports.isSelected() && !noPassports.isDisabled() ? Passports.LEFT_OUT : Passports.INCLUDED;
                chosen.accept(new Choice(withTemplates ? templates.getValue() : null, format.getValue(), onlyShown.isSelected(), passports));
            }
        });
        dialog.show();
        return dialog;
    }

    /** A format as the file chooser and the dialog name it: "Excel workbook (.xlsx)". */
    static String formatName(Localization tr, SpreadsheetFormat format) {
        return switch (format) {
            case XLSX -> tr.tr("export.format.xlsx");
            case ODS -> tr.tr("export.format.ods");
            case CSV -> tr.tr("export.format.csv");
        };
    }

    static <T> ComboBox<T> combo(String id, List<T> items, java.util.function.Function<T, String> name) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(items);
        box.getSelectionModel().selectFirst();
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : name.apply(item);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        return box;
    }
}

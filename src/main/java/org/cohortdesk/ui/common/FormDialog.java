package org.cohortdesk.ui.common;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.Property;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.service.enrollment.TypedText;

/**
 * A form in a dialog: labelled fields in a grid, the reason a save was refused in words under
 * them, Save (also Enter) and Cancel (also Esc). Save hands the work to the form's view model and
 * closes the dialog only once the save succeeded; a refused save leaves everything as typed.
 */
public final class FormDialog {
    public static final String SAVE_ID = "formSave";
    public static final String CANCEL_ID = "formCancel";
    public static final String ERROR_ID = "formError";
    static final String FORM_GRID = "form-grid";

    private final Localization tr;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final GridPane grid = new GridPane();
    private final ButtonType save;
    private final List<DatePicker> dates = new ArrayList<>();
    private final Map<DatePicker, String> dateLabels = new HashMap<>();
    private int rows;

    public FormDialog(Localization tr, String title, Window owner) {
        this.tr = tr;
        dialog.setTitle(tr.tr("app.name"));
        dialog.setHeaderText(title);
        save = new ButtonType(tr.tr("form.save"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(tr.tr("form.cancel"), ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        dialog.getDialogPane().lookupButton(save).setId(SAVE_ID);
        dialog.getDialogPane().lookupButton(cancel).setId(CANCEL_ID);
        grid.getStyleClass().add(FORM_GRID);
        grid.setHgap(10);
        grid.setVgap(8);
        Styles.apply(dialog.getDialogPane(), tr.language());
        dialog.setResizable(true);
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
    }

    /** Adds a row: the label (a message key) and its control. */
    public <N extends Node> N field(String labelKey, N control) {
        Label label = LaoText.label(tr.tr(labelKey));
        label.setLabelFor(control);
        grid.add(label, 0, rows);
        grid.add(control, 1, rows);
        GridPane.setHgrow(control, Priority.ALWAYS);
        rows++;
        if (control instanceof DatePicker picker) {
            dateLabels.put(picker, labelKey);
        }
        return control;
    }

    /** Adds a row of its own, across both columns. */
    public void wide(Node node) {
        grid.add(node, 0, rows++, 2, 1);
        GridPane.setHgrow(node, Priority.ALWAYS);
    }

    /** A text field bound both ways to a property of the form; Lao typed or shown in it is in the Lao font. */
    public TextField text(String id, Property<String> value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().addListener((o, old, now) -> laoFont(field, now));
        field.textProperty().bindBidirectional(value);
        laoFont(field, field.getText());
        return field;
    }

    private static void laoFont(TextField field, String text) {
        if (LaoText.containsLao(text)) {
            LaoText.mark(field.getStyleClass(), text);
        } else {
            field.getStyleClass().remove(Styles.LAO);
        }
    }

    /** A date typed day first (dd/MM/yyyy) or picked; what cannot be read counts as no date. */
    public DatePicker date(String id, ObjectProperty<LocalDate> value) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText(tr.tr("form.date.prompt"));
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : Localization.DATE.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return text == null || text.isBlank() ? null : TypedText.date(text).orElse(null);
            }
        });
        picker.valueProperty().bindBidirectional(value);
        dates.add(picker);
        return picker;
    }

    /** A drop-down list of choices shown as {@code text} gives them; Lao in the Lao font. */
    public static <T> ComboBox<T> choice(String id, ObservableList<T> items, Property<T> value, Function<T, String> text) {
        ComboBox<T> combo = new ComboBox<>(items);
        combo.setId(id);
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setCellFactory(list -> new ChoiceCell<>(text));
        combo.setButtonCell(new ChoiceCell<>(text));
        combo.valueProperty().bindBidirectional(value);
        return combo;
    }

    private static final class ChoiceCell<T> extends ListCell<T> {
        private final Function<T, String> text;

        ChoiceCell(Function<T, String> text) {
            this.text = text;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            LaoText.show(this, empty || item == null ? null : text.apply(item));
        }
    }

    /**
     * Shows the dialog. Save calls {@code save} (the form view model's save, for example
     * {@code form::save}); once it succeeded the dialog closes and {@code saved} gets what was
     * stored. {@code submit} gives the error text and whether a save is running.
     */
    public <T> Dialog<ButtonType> show(FormSubmit submit, Consumer<Consumer<T>> save, Consumer<? super T> saved) {
        Label error = new Label();
        error.setId(ERROR_ID);
        error.getStyleClass().add(Styles.ERROR_TEXT);
        error.setWrapText(true);
        error.setMaxWidth(560);
        LaoText.follow(error, submit.errorProperty());
        error.setMinHeight(Region.USE_PREF_SIZE);
        // The dialog grows to show the refusal whole, buttons included.
        error.textProperty().addListener((o, old, now) -> Platform.runLater(() -> {
            Window window = dialog.getDialogPane().getScene() == null ? null : dialog.getDialogPane().getScene().getWindow();
            if (window != null && window.isShowing()) {
                window.sizeToScene();
            }
        }));
        VBox content = new VBox(12, grid, error);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setMinWidth(560);
        Node saveButton = dialog.getDialogPane().lookupButton(this.save);
        saveButton.disableProperty().bind(submit.busyProperty());
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            for (DatePicker picker : dates) {
                String typed = picker.getEditor().getText();
                if (typed != null && !typed.isBlank() && TypedText.date(typed).isEmpty()) {
                    submit.refuse(ProblemException.of("error.form.not_a_date", tr.tr(dateLabels.getOrDefault(picker, "form.date.prompt")),
                            typed.strip()));
                    picker.requestFocus();
                    return;
                }
                picker.setValue(picker.getConverter().fromString(typed));
            }
            save.accept(stored -> {
                dialog.setResult(this.save);
                dialog.close();
                saved.accept(stored);
            });
        });
        dialog.show();
        return dialog;
    }

    public Dialog<ButtonType> dialog() {
        return dialog;
    }
}

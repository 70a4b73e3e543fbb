package org.cohortdesk.ui.settings;

import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.InstitutionField;
import org.cohortdesk.service.institution.InstitutionNames;
import org.cohortdesk.ui.common.LaoText;
import org.cohortdesk.ui.common.Styles;

/**
 * The Settings page's Institution card: the name and the place of issue in Vietnamese, Lao and
 * English (a row per language), Save (Enter in any field saves too), and what happened. A refused
 * field gets the focus.
 */
public final class InstitutionView extends VBox {
    public static final String SAVE_ID = "institutionSave";
    public static final String MESSAGE_ID = "institutionMessage";
    public static final String PROBLEM_ID = "institutionProblem";

    /** The id of {@code field}'s text field: {@code institution-NAME_VI}. */
    public static String fieldId(InstitutionField field) {
        return "institution-" + field.name();
    }

    public InstitutionView(InstitutionViewModel model) {
        super(8);
        Localization tr = model.localization();
        getStyleClass().add(Styles.CARD);
        Map<InstitutionField, TextField> inputs = new EnumMap<>(InstitutionField.class);
        for (InstitutionField field : InstitutionField.values()) {
            TextField input = new TextField();
            input.setId(fieldId(field));
            input.textProperty().bindBidirectional(model.field(field));
            input.textProperty().addListener((o, old, now) -> LaoText.mark(input.getStyleClass(), now));
            input.setOnAction(e -> model.save());
            inputs.put(field, input);
        }
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        int row = 0;
        for (Language language : new Language[] {Language.VI, Language.LO, Language.EN}) {
            TextField name = inputs.get(InstitutionNames.nameField(language));
            TextField place = inputs.get(InstitutionNames.placeField(language));
            name.setPrefColumnCount(34);
            place.setPrefColumnCount(14);
            GridPane.setHgrow(name, Priority.ALWAYS);
            grid.addRow(row++, labelFor(tr, InstitutionNames.nameField(language), name), name,
                    labelFor(tr, InstitutionNames.placeField(language), place), place);
        }
        Button save = new Button(tr.tr("institution.card.save"));
        save.setId(SAVE_ID);
        save.setOnAction(e -> model.save());
        save.disableProperty().bind(model.busyProperty());
        HBox actions = new HBox(8, save);
        actions.setAlignment(Pos.CENTER_LEFT);
        model.invalidProperty().addListener((o, old, now) -> {
            if (now != null) {
                inputs.get(now).requestFocus();
            }
        });
        getChildren().addAll(LaoText.label(tr.tr("institution.card.title"), Styles.SECTION_TITLE),
                LaoText.paragraph(tr.tr("institution.card.hint"), Styles.MUTED), grid, actions,
                ServerSettingView.running(PROBLEM_ID, model.problemProperty(), Styles.ERROR_TEXT),
                ServerSettingView.running(MESSAGE_ID, model.messageProperty(), Styles.MUTED));
    }

    private static Label labelFor(Localization tr, InstitutionField field, TextField input) {
        Label label = LaoText.label(tr.tr(field), Styles.MUTED);
        label.setLabelFor(input);
        label.setMinWidth(Label.USE_PREF_SIZE);
        return label;
    }
}

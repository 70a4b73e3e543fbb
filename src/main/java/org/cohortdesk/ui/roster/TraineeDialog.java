package org.cohortdesk.ui.roster;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Enrollment;
import org.cohortdesk.model.Problem;
import org.cohortdesk.service.enrollment.EnrollmentService.Trainee;
import org.cohortdesk.service.enrollment.TraineeDraft;
import org.cohortdesk.service.enrollment.TraineeField;
import org.cohortdesk.ui.common.LaoText;
import org.cohortdesk.ui.common.Styles;

/**
 * The person form: every field of a trainee, in three groups (the person, passport and visa, this
 * stay), and the person's other cohorts. Save checks each field as the roster cells do; a field
 * that cannot be read shows why beneath it and the form stays open. Esc cancels.
 */
final class TraineeDialog {
    static final String SAVE_ID = "traineeSave";
    static final String OTHER_COHORTS_ID = "traineeOtherCohorts";
    static final String WITHDRAWN_ID = "traineeWithdrawn";

    private static final List<List<TraineeField>> GROUPS = List.of(
            List.of(TraineeField.NAME_LOCAL, TraineeField.NAME_LATIN, TraineeField.SEX, TraineeField.BIRTH_DATE, TraineeField.NATIONALITY,
                    TraineeField.POSITION, TraineeField.AGENCY, TraineeField.PROVINCE, TraineeField.PHONE, TraineeField.EMAIL,
                    TraineeField.EMERGENCY_CONTACT, TraineeField.DIETARY_NOTES, TraineeField.HEALTH_NOTES, TraineeField.PERSON_NOTES),
            List.of(TraineeField.PASSPORT_NO, TraineeField.PASSPORT_EXPIRY, TraineeField.VISA_NO, TraineeField.VISA_EXPIRY),
            List.of(TraineeField.STATUS, TraineeField.ARRIVAL_ON, TraineeField.ARRIVAL_FLIGHT, TraineeField.DEPARTURE_ON,
                    TraineeField.DEPARTURE_FLIGHT, TraineeField.ROOM, TraineeField.ENROLLMENT_NOTES));
    private static final List<String> GROUP_TITLES = List.of("trainee.group.person", "trainee.group.papers", "trainee.group.stay");

    private TraineeDialog() {}

    /** The id of the input of a field, for tests and for focus. */
    static String inputId(TraineeField field) {
        return "trainee-" + field.name();
    }

    /**
     * Shows the form for {@code draft}; {@code saved} gets the trainee read from it when Save is
     * pressed and every field could be read. {@code otherCohorts} may fill in after the form shows.
     */
    static Dialog<ButtonType> show(Localization tr, TraineeDraft draft, boolean isNew, ObservableList<String> otherCohorts, Window owner,
            Consumer<Trainee> saved) {
        return show(tr, draft, isNew, otherCohorts, null, owner, saved);
    }

    /**
     * As above; for a new trainee, {@code onFile} (if given) stands above the form so that someone
     * already on file is enrolled rather than entered again. Choosing there closes the form.
     */
    static Dialog<ButtonType> show(Localization tr, TraineeDraft draft, boolean isNew, ObservableList<String> otherCohorts,
            OnFileFinder onFile, Window owner, Consumer<Trainee> saved) {
        Dialog<ButtonType> dialog = new Dialog<>();
        String name = draft.get(TraineeField.NAME_LATIN);
        dialog.setTitle(isNew ? tr.tr("trainee.title.new") : tr.tr("trainee.title.edit", name));
        ButtonType save = new ButtonType(tr.tr(isNew ? "trainee.add" : "trainee.save"), ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, new ButtonType(tr.tr("form.cancel"), ButtonData.CANCEL_CLOSE));

        Map<TraineeField, TextInputControl> texts = new EnumMap<>(TraineeField.class);
        Map<TraineeField, ComboBox<String>> choices = new EnumMap<>(TraineeField.class);
        Map<TraineeField, Label> problems = new EnumMap<>(TraineeField.class);
        GridPane grid = new GridPane();
        grid.getStyleClass().add(RosterStyles.FORM);
        int[] rows = {0, 0};
        for (int g = 0; g < GROUPS.size(); g++) {
            int side = g == 0 ? 0 : 1;
            Label title = new Label(tr.tr(GROUP_TITLES.get(g)));
            title.getStyleClass().add(Styles.SECTION_TITLE);
            grid.add(title, side * 2, rows[side]++, 2, 1);
            for (TraineeField f : GROUPS.get(g)) {
                Region input = switch (f.kind()) {
                    case SEX, STATUS -> choice(f, choices, draft, tr);
                    default -> text(f, texts, draft);
                };
                input.setMaxWidth(Double.MAX_VALUE);
                Label label = new Label(tr.tr(f.key()));
                label.setLabelFor(input);
                Label problem = new Label();
                problem.getStyleClass().add(Styles.ERROR_TEXT);
                problem.setWrapText(true);
                problem.setManaged(false);
                problem.setVisible(false);
                problems.put(f, problem);
                grid.add(label, side * 2, rows[side]);
                grid.add(new VBox(2, input, problem), side * 2 + 1, rows[side]++);
                if (f == TraineeField.STATUS && draft.base().enrollment().withdrawnOn() != null) {
                    Enrollment e = draft.base().enrollment();
                    Label withdrawn = LaoText.label(tr.tr("trainee.withdrawn", e.withdrawnOn(),
                            e.withdrawalReason() == null ? "" : e.withdrawalReason()), Styles.MUTED);
                    withdrawn.setId(WITHDRAWN_ID);
                    grid.add(withdrawn, side * 2 + 1, rows[side]++);
                }
            }
        }
        ColumnConstraints fields = new ColumnConstraints(200, 240, Double.MAX_VALUE);
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(new ColumnConstraints(), fields, new ColumnConstraints(), fields);
        if (isNew) {
            choices.get(TraineeField.STATUS).setDisable(true);
        }

        ListView<String> cohorts = new ListView<>(otherCohorts);
        cohorts.setId(OTHER_COHORTS_ID);
        cohorts.setPrefHeight(110);
        cohorts.setPlaceholder(new Label(tr.tr("trainee.other_cohorts.none")));
        Label cohortsTitle = new Label(tr.tr("trainee.other_cohorts"));
        cohortsTitle.getStyleClass().add(Styles.SECTION_TITLE);
        VBox content = new VBox(8, grid);
        if (onFile != null) {
            content.getChildren().add(0, onFile);
        }
        if (!isNew) {
            content.getChildren().addAll(cohortsTitle, cohorts);
        }
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(560);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().setPrefWidth(980);

        Node saveButton = dialog.getDialogPane().lookupButton(save);
        saveButton.setId(SAVE_ID);
        Trainee[] result = {null};
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            texts.forEach((f, input) -> draft.set(f, input.getText()));
            choices.forEach((f, box) -> draft.set(f, box.getValue() == null ? "" : box.getValue()));
            TraineeDraft.Result read = draft.read();
            problems.forEach((f, label) -> show(label, read.problems().get(f), tr));
            if (!read.ok()) {
                e.consume();
                TraineeField first = read.problems().keySet().iterator().next();
                Node input = texts.containsKey(first) ? texts.get(first) : choices.get(first);
                input.requestFocus();
                return;
            }
            result[0] = read.trainee();
        });
        Styles.apply(dialog.getDialogPane(), tr.language());
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        dialog.setOnShown(e -> {
            if (onFile != null) {
                onFile.focusSearch();
            } else {
                texts.get(TraineeField.NAME_LOCAL).requestFocus();
            }
        });
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == save && result[0] != null) {
                saved.accept(result[0]);
            }
        });
        dialog.show();
        return dialog;
    }

    private static void show(Label label, Problem problem, Localization tr) {
        boolean shown = problem != null;
        LaoText.show(label, shown ? tr.tr(problem) : "");
        label.setManaged(shown);
        label.setVisible(shown);
    }

    private static TextField text(TraineeField f, Map<TraineeField, TextInputControl> texts, TraineeDraft draft) {
        TextField input = new TextField(draft.get(f));
        input.setId(inputId(f));
        if (f == TraineeField.NAME_LOCAL) {
            input.getStyleClass().add(Styles.LAO);
        }
        if (f.kind() == TraineeField.Kind.DATE) {
            input.setPromptText("dd/mm/yyyy");
        }
        texts.put(f, input);
        return input;
    }

    private static ComboBox<String> choice(TraineeField f, Map<TraineeField, ComboBox<String>> choices, TraineeDraft draft,
            Localization tr) {
        ComboBox<String> box = FieldChoices.box(f, draft.base(), tr);
        box.setId(inputId(f));
        box.setValue(draft.get(f));
        choices.put(f, box);
        return box;
    }
}

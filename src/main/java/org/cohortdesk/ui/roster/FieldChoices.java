package org.cohortdesk.ui.roster;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.EnrollmentStatus;
import org.cohortdesk.model.Sex;
import org.cohortdesk.service.enrollment.EnrollmentService.Trainee;
import org.cohortdesk.service.enrollment.TraineeField;

/**
 * The trainee fields edited by choosing (sex, status): what may be chosen, in words, for a roster
 * cell and the person form alike. Values are the constants' names, as {@code TraineeDraft} reads them.
 */
final class FieldChoices {
    private FieldChoices() {}

    /** True for a field edited by choosing. */
    static boolean chosen(TraineeField field) {
        return field.kind() == TraineeField.Kind.SEX || field.kind() == TraineeField.Kind.STATUS;
    }

    /**
     * A drop-down of what {@code field} may become for {@code trainee}: sex unknown, F or M; the
     * current status and the steps allowed from it, except withdrawal (which has its own dialog).
     */
    static ComboBox<String> box(TraineeField field, Trainee trainee, Localization tr) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(values(field, trainee));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null || value.isEmpty() ? "" : label(field, value, tr);
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        return box;
    }

    private static List<String> values(TraineeField field, Trainee trainee) {
        if (field.kind() == TraineeField.Kind.SEX) {
            return List.of("", Sex.F.name(), Sex.M.name());
        }
        EnrollmentStatus current = trainee.enrollment().status();
        List<String> out = new ArrayList<>();
        out.add(current.name());
        current.next().stream().filter(s -> s != EnrollmentStatus.WITHDRAWN).forEach(s -> out.add(s.name()));
        return out;
    }

    private static String label(TraineeField field, String value, Localization tr) {
        return field.kind() == TraineeField.Kind.SEX ? tr.tr(Sex.valueOf(value)) : tr.tr(EnrollmentStatus.valueOf(value));
    }
}

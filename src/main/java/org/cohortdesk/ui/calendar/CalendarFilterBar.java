package org.cohortdesk.ui.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.ResourceKind;
import org.cohortdesk.service.session.SessionService;
import org.cohortdesk.ui.common.LaoText;
import org.cohortdesk.ui.common.Styles;
import org.cohortdesk.ui.common.Toolbars;

/** The calendar's filter: a cohort, a lecturer, an interpreter, a room, a partner country; each "all" when none is chosen. */
final class CalendarFilterBar {
    static final String COHORT_ID = "calendarFilterCohort";
    static final String LECTURER_ID = "calendarFilterLecturer";
    static final String INTERPRETER_ID = "calendarFilterInterpreter";
    static final String ROOM_ID = "calendarFilterRoom";
    static final String COUNTRY_ID = "calendarFilterCountry";
    static final String CLEAR_ID = "calendarFilterClear";

    private final CalendarViewModel model;
    private final Localization tr;
    private final ComboBox<String> cohort;
    private final ComboBox<String> lecturer;
    private final ComboBox<String> interpreter;
    private final ComboBox<String> room;
    private final ComboBox<String> country;
    private final HBox bar;

    CalendarFilterBar(CalendarViewModel model) {
        this.model = model;
        this.tr = model.localization();
        cohort = combo(COHORT_ID, "calendar.filter.cohort");
        lecturer = combo(LECTURER_ID, "calendar.filter.lecturer");
        interpreter = combo(INTERPRETER_ID, "calendar.filter.interpreter");
        room = combo(ROOM_ID, "calendar.filter.room");
        country = combo(COUNTRY_ID, "calendar.filter.country");
        Button clear = Toolbars.button(tr.tr("calendar.filter.clear"), CLEAR_ID, this::clear);
        bar = new HBox(8, cohort, lecturer, interpreter, room, country, clear);
        bar.getStyleClass().add(Styles.TOOLBAR);
        model.choicesProperty().addListener((o, old, now) -> fill(now));
        if (model.choicesProperty().get() != null) {
            fill(model.choicesProperty().get());
        }
    }

    Node node() {
        return bar;
    }

    private ComboBox<String> combo(String id, String allKey) {
        ComboBox<String> combo = new ComboBox<>();
        combo.setId(id);
        combo.setVisibleRowCount(16);
        combo.setCellFactory(list -> new NameCell(tr.tr(allKey)));
        combo.setButtonCell(new NameCell(tr.tr(allKey)));
        combo.valueProperty().addListener((o, old, now) -> apply());
        return combo;
    }

    private void fill(SessionService.Choices choices) {
        set(cohort, choices.cohorts().stream().map(SessionService.CohortChoice::code).sorted().toList());
        Map<ResourceKind, List<String>> names = choices.resources();
        set(lecturer, names.getOrDefault(ResourceKind.LECTURER, List.of()));
        set(interpreter, names.getOrDefault(ResourceKind.INTERPRETER, List.of()));
        set(room, names.getOrDefault(ResourceKind.ROOM, List.of()));
        set(country, choices.countries());
    }

    private static void set(ComboBox<String> combo, List<String> names) {
        String chosen = combo.getValue();
        List<String> items = new ArrayList<>();
        items.add(null);
        items.addAll(names);
        combo.getItems().setAll(items);
        combo.setValue(names.contains(chosen) ? chosen : null);
    }

    private void clear() {
        for (ComboBox<String> combo : List.of(cohort, lecturer, interpreter, room, country)) {
            combo.setValue(null);
        }
    }

    private void apply() {
        model.filterProperty().set(new SessionFilter(cohort.getValue(), lecturer.getValue(), interpreter.getValue(), room.getValue(),
                country.getValue()));
    }

    /** A name, or for the empty choice "all cohorts", "all lecturers"... */
    private static final class NameCell extends ListCell<String> {
        private final String all;

        NameCell(String all) {
            this.all = all;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            LaoText.show(this, item == null ? all : item);
        }
    }
}

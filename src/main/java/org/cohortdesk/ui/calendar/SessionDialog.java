package org.cohortdesk.ui.calendar;

import java.util.function.Consumer;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.ResourceKind;
import org.cohortdesk.ui.common.ChangeHistory;
import org.cohortdesk.ui.common.FormDialog;

/**
 * The session form in a dialog: cohort, type, title, day, start and end, room or outside location,
 * lecturers, interpreters, the study visit's host, transport and head count, notes. Rooms,
 * lecturers and interpreters are chosen from those on file or typed: a new name is added.
 */
final class SessionDialog {
    static final String COHORT_ID = "sessionCohort";
    static final String KIND_ID = "sessionKind";
    static final String TITLE_ID = "sessionTitle";
    static final String DAY_ID = "sessionDay";
    static final String START_ID = "sessionStart";
    static final String END_ID = "sessionEnd";
    static final String ROOM_ID = "sessionRoom";
    static final String LOCATION_ID = "sessionLocation";
    static final String LECTURERS_ID = "sessionLecturers";
    static final String INTERPRETERS_ID = "sessionInterpreters";
    static final String HOST_ID = "sessionHost";
    static final String TRANSPORT_ID = "sessionTransport";
    static final String HEADCOUNT_ID = "sessionHeadcount";
    static final String NOTES_ID = "sessionNotes";

    private SessionDialog() {}

    static Dialog<ButtonType> show(SessionForm form, Window owner, Consumer<ChangeHistory.Change> saved) {
        Localization tr = form.submit().localization();
        FormDialog dialog = new FormDialog(tr, form.heading(), owner);
        dialog.field("calendar.field.cohort", FormDialog.choice(COHORT_ID, form.cohorts(), form.cohortProperty(),
                c -> c == null ? "" : c.code()));
        dialog.field("calendar.field.kind", FormDialog.choice(KIND_ID, form.kinds(), form.kindProperty(), tr::tr));
        dialog.field("calendar.field.title", dialog.text(TITLE_ID, form.titleProperty()));
        dialog.field("calendar.field.day", dialog.date(DAY_ID, form.dayProperty()));
        dialog.field("calendar.field.start", dialog.text(START_ID, form.startProperty())).setPromptText("08:00");
        dialog.field("calendar.field.end", dialog.text(END_ID, form.endProperty())).setPromptText("11:30");
        dialog.field("calendar.field.room", typed(ROOM_ID, form.names(ResourceKind.ROOM), form.roomProperty()));
        dialog.field("calendar.field.location", dialog.text(LOCATION_ID, form.locationProperty()));
        dialog.field("calendar.field.lecturers", typed(LECTURERS_ID, form.names(ResourceKind.LECTURER), form.lecturersProperty()))
                .setPromptText(tr.tr("calendar.field.names_prompt"));
        dialog.field("calendar.field.interpreters", typed(INTERPRETERS_ID, form.names(ResourceKind.INTERPRETER), form.interpretersProperty()))
                .setPromptText(tr.tr("calendar.field.names_prompt"));
        TextField host = dialog.field("calendar.field.host", dialog.text(HOST_ID, form.hostProperty()));
        TextField transport = dialog.field("calendar.field.transport", dialog.text(TRANSPORT_ID, form.transportProperty()));
        TextField headcount = dialog.field("calendar.field.headcount", dialog.text(HEADCOUNT_ID, form.headcountProperty()));
        headcount.setPrefColumnCount(4);
        host.disableProperty().bind(form.notAVisit());
        transport.disableProperty().bind(form.notAVisit());
        headcount.disableProperty().bind(form.notAVisit());
        dialog.field("calendar.field.notes", dialog.text(NOTES_ID, form.notesProperty()));
        return dialog.show(form.submit(), form::save, saved);
    }

    /** A name chosen from those on file or typed (several typed with semicolons between them). */
    private static ComboBox<String> typed(String id, ObservableList<String> names, StringProperty value) {
        ComboBox<String> combo = new ComboBox<>(names);
        combo.setId(id);
        combo.setEditable(true);
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setVisibleRowCount(12);
        combo.getEditor().textProperty().bindBidirectional(value);
        return combo;
    }
}

package org.cohortdesk.ui.schedule;

import java.time.format.DateTimeFormatter;
import java.util.UUID;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.schedule.TimetableGenerator.Proposed;

/** A proposed session as the dialog's table shows it: its date and times as typed, its module. */
public final class ProposalRow {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final UUID moduleId;
    private final String module;
    private final StringProperty date = new SimpleStringProperty(this, "date");
    private final StringProperty start = new SimpleStringProperty(this, "start");
    private final StringProperty end = new SimpleStringProperty(this, "end");

    ProposalRow(Proposed p) {
        this.moduleId = p.moduleId();
        this.module = p.title();
        date.set(Localization.DATE.format(p.startsAt()));
        start.set(TIME.format(p.startsAt()));
        end.set(TIME.format(p.endsAt()));
    }

    public UUID moduleId() {
        return moduleId;
    }

    public String module() {
        return module;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty startProperty() {
        return start;
    }

    public StringProperty endProperty() {
        return end;
    }
}

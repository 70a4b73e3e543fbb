package org.cohortdesk.ui.schedule;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.model.Resource;
import org.cohortdesk.model.ResourceKind;
import org.cohortdesk.service.schedule.TimetableGenerator.Proposed;
import org.cohortdesk.service.schedule.TimetableGenerator.Slot;
import org.cohortdesk.service.schedule.TimetableProposals;
import org.cohortdesk.ui.common.BackgroundTask;
import org.cohortdesk.ui.common.FormSubmit;

/**
 * The state of the timetable proposal dialog: the resources to book, the day's slots, the
 * sessions proposed (rows the coordinator may remove or retime) and what did not fit. Proposing
 * and saving run in the background; a refusal is shown in words and nothing is saved.
 */
public final class TimetableProposalViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private final String code;
    private final TimetableProposals proposals;
    private final FormSubmit submit;
    private final Localization tr;

    final ObservableList<Resource> rooms = FXCollections.observableArrayList();
    final ObservableList<Resource> lecturers = FXCollections.observableArrayList();
    final ObservableList<Resource> interpreters = FXCollections.observableArrayList();
    final ObjectProperty<Resource> room = new SimpleObjectProperty<>(this, "room");
    final ObjectProperty<Resource> lecturer = new SimpleObjectProperty<>(this, "lecturer");
    final ObjectProperty<Resource> interpreter = new SimpleObjectProperty<>(this, "interpreter");
    final BooleanProperty morning = new SimpleBooleanProperty(this, "morning", true);
    final StringProperty morningFrom = new SimpleStringProperty(this, "morningFrom", "08:00");
    final StringProperty morningTo = new SimpleStringProperty(this, "morningTo", "11:30");
    final BooleanProperty afternoon = new SimpleBooleanProperty(this, "afternoon", true);
    final StringProperty afternoonFrom = new SimpleStringProperty(this, "afternoonFrom", "13:30");
    final StringProperty afternoonTo = new SimpleStringProperty(this, "afternoonTo", "17:00");
    private final ObservableList<ProposalRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper unplaced = new ReadOnlyStringWrapper(this, "unplaced", "");
    private List<UUID> proposedWith = List.of();

    public TimetableProposalViewModel(String code, TimetableProposals proposals, FormSubmit submit) {
        this.code = code;
        this.proposals = proposals;
        this.submit = submit;
        this.tr = submit.localization();
        rows.addListener((ListChangeListener<ProposalRow>) change -> summarise());
    }

    /** Reads the rooms, lecturers and interpreters in the background. */
    public void loadResources() {
        BackgroundTask.of(progress -> proposals.resources())
                .onSuccess(all -> {
                    rooms.setAll(noneAnd(all, ResourceKind.ROOM));
                    lecturers.setAll(noneAnd(all, ResourceKind.LECTURER));
                    interpreters.setAll(noneAnd(all, ResourceKind.INTERPRETER));
                })
                .onFailure(submit.onFailure())
                .runWith(submit.tasks());
    }

    /** The resources of a kind after a null, the choice of none. */
    private static List<Resource> noneAnd(List<Resource> all, ResourceKind kind) {
        List<Resource> out = new ArrayList<>();
        out.add(null);
        all.stream().filter(r -> r.kind() == kind).forEach(out::add);
        return out;
    }

    /** Proposes a timetable for the slots and resources chosen; the rows shown are replaced. */
    public void propose() {
        List<Slot> slots;
        try {
            slots = slots();
        } catch (ProblemException refused) {
            submit.refuse(refused);
            return;
        }
        List<UUID> resources = chosenResources();
        submit.run(() -> proposals.propose(code, resources, slots), draft -> {
            proposedWith = draft.resourceIds();
            rows.setAll(draft.proposal().sessions().stream().map(ProposalRow::new).toList());
            unplaced.set(draft.proposal().unplaced().isEmpty() ? tr.tr("timetable.dialog.all_fit")
                    : String.join("\n", draft.proposal().unplaced().stream()
                            .map(u -> tr.tr("timetable.dialog.unplaced", u.title(), hours(u.minutes()))).toList()));
        });
    }

    /** Saves the rows as shown, all or nothing; {@code saved} gets how many sessions were written. */
    public void save(Consumer<Integer> saved) {
        List<Proposed> sessions;
        try {
            sessions = sessions();
        } catch (ProblemException refused) {
            submit.refuse(refused);
            return;
        }
        List<UUID> resources = proposedWith;
        submit.run(() -> proposals.save(code, resources, sessions), saved::accept);
    }

    /** The rows as typed, as sessions; refused naming the first row whose date or time is not one. */
    List<Proposed> sessions() {
        List<Proposed> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ProposalRow row = rows.get(i);
            int number = i + 1;
            LocalDate day = date(row.dateProperty().get(), number);
            LocalDateTime start = day.atTime(time(row.startProperty().get(), number));
            LocalDateTime end = day.atTime(time(row.endProperty().get(), number));
            out.add(new Proposed(row.moduleId(), row.module(), start, end));
        }
        return out;
    }

    private List<Slot> slots() {
        List<Slot> slots = new ArrayList<>();
        if (morning.get()) {
            slots.add(slot(morningFrom.get(), morningTo.get(), "timetable.dialog.morning"));
        }
        if (afternoon.get()) {
            slots.add(slot(afternoonFrom.get(), afternoonTo.get(), "timetable.dialog.afternoon"));
        }
        return slots;
    }

    private Slot slot(String from, String to, String nameKey) {
        try {
            return new Slot(LocalTime.parse(from.strip(), TIME), LocalTime.parse(to.strip(), TIME));
        } catch (DateTimeParseException | IllegalArgumentException | NullPointerException e) {
            throw ProblemException.of("timetable.error.slot", tr.tr(nameKey).toLowerCase(tr.language().locale()));
        }
    }

    private List<UUID> chosenResources() {
        List<UUID> ids = new ArrayList<>();
        for (Resource r : List.of(room, lecturer, interpreter).stream().map(ObjectProperty::get).toList()) {
            if (r != null) {
                ids.add(r.id());
            }
        }
        return ids;
    }

    private static LocalDate date(String typed, int row) {
        try {
            return LocalDate.parse(typed.strip(), Localization.DATE);
        } catch (DateTimeParseException | NullPointerException e) {
            throw ProblemException.of("timetable.error.date_typed", row, typed);
        }
    }

    private static LocalTime time(String typed, int row) {
        try {
            return LocalTime.parse(typed.strip(), TIME);
        } catch (DateTimeParseException | NullPointerException e) {
            throw ProblemException.of("timetable.error.time_typed", row, typed);
        }
    }

    /** Recounts the sessions and hours as the rows change (rows not yet readable count for nothing). */
    void summarise() {
        long minutes = 0;
        for (ProposalRow row : rows) {
            try {
                minutes += Math.max(0, Duration.between(LocalTime.parse(row.startProperty().get().strip(), TIME),
                        LocalTime.parse(row.endProperty().get().strip(), TIME)).toMinutes());
            } catch (DateTimeParseException | NullPointerException e) {
                // counted once it reads as a time
            }
        }
        summary.set(tr.tr("timetable.dialog.summary", rows.size(), hours(minutes)));
    }

    private static String hours(long minutes) {
        return minutes % 60 == 0 ? Long.toString(minutes / 60) : String.format(java.util.Locale.ROOT, "%.1f", minutes / 60.0);
    }

    public ObservableList<ProposalRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unplacedProperty() {
        return unplaced.getReadOnlyProperty();
    }

    public FormSubmit submit() {
        return submit;
    }
}

package org.cohortdesk.ui.roster;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.model.CohortStatus;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.service.roster.CohortDetail;
import org.cohortdesk.service.roster.CohortHeader;
import org.cohortdesk.service.settings.Settings;
import org.cohortdesk.ui.common.BackgroundTask;
import org.cohortdesk.ui.common.ErrorReporter;
import org.cohortdesk.ui.common.FilteredRows;
import org.cohortdesk.ui.common.TaskRunner;

/**
 * One cohort's page: its header in words, its roster as {@link RosterRow}s (read and prepared in
 * the background), the rows the filter lets through, the statuses it may move to, and the column
 * layout the user chose. The filter works in memory on text folded once per row.
 */
public final class RosterViewModel {
    /** The settings key of the column layout: column ids in order, a hidden one prefixed with {@code -}. */
    public static final String COLUMNS_SETTING = "roster.columns";

    /** Moves a cohort to another status (for example {@code cohortService::changeStatus}); called on a worker thread. */
    @FunctionalInterface
    public interface StatusChange {
        Cohort change(UUID id, int version, CohortStatus target);
    }

    /** The order and visibility of the columns. */
    public record ColumnLayout(List<RosterColumn> order, Set<RosterColumn> hidden) {}

    private final String code;
    private final Function<String, CohortDetail> source;
    private final StatusChange statusChange;
    private final Settings settings;
    private final Localization tr;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;

    private final FilteredRows<RosterRow> list;
    private final ObservableList<String> cohortWarnings = FXCollections.observableArrayList();
    private final ObservableList<CohortStatus> nextStatuses = FXCollections.observableArrayList();
    private final ObservableList<String> cohortWarningsView = FXCollections.unmodifiableObservableList(cohortWarnings);
    private final ObservableList<CohortStatus> nextStatusesView = FXCollections.unmodifiableObservableList(nextStatuses);
    private final ReadOnlyObjectWrapper<CohortHeader> header = new ReadOnlyObjectWrapper<>(this, "header");
    private final ReadOnlyStringWrapper courseTitle = new ReadOnlyStringWrapper(this, "courseTitle", "");
    private final ReadOnlyStringWrapper dates = new ReadOnlyStringWrapper(this, "dates", "");
    private final ReadOnlyStringWrapper size = new ReadOnlyStringWrapper(this, "size", "");
    private final ReadOnlyBooleanWrapper overSize = new ReadOnlyBooleanWrapper(this, "overSize");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper statusMessage = new ReadOnlyStringWrapper(this, "statusMessage", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(this, "changed");

    /** {@code source} and {@code statusChange} are called on a worker thread; {@code settings} may be null. */
    public RosterViewModel(String code, Function<String, CohortDetail> source, StatusChange statusChange, Settings settings,
            Localization tr, TaskRunner tasks, Consumer<Throwable> onFailure) {
        this.code = code;
        this.source = source;
        this.statusChange = statusChange;
        this.settings = settings;
        this.tr = tr;
        this.tasks = tasks;
        this.onFailure = onFailure;
        this.list = new FilteredRows<>(tr, new FilteredRows.Messages("roster.loading", "roster.empty", "roster.no_match",
                "roster.count", "roster.count_filtered"), RosterRow::matches);
    }

    /** Reads the cohort and its roster again, in the background. */
    public void load() {
        busy.set(true);
        BackgroundTask.of(progress -> prepare(source.apply(code)))
                .titled(tr.tr("roster.loading"))
                .onSuccess(this::show)
                .onFailure(e -> {
                    busy.set(false);
                    onFailure.accept(e);
                })
                .runWith(tasks);
    }

    private record Prepared(CohortHeader header, List<RosterRow> rows, List<String> warnings, long active) {}

    private Prepared prepare(CohortDetail detail) {
        List<RosterRow> fresh = detail.roster().lines().stream().map(line -> RosterRow.of(line, detail.attendance().get(line.enrollment().id()), tr)).toList();
        List<String> warnings = detail.roster().warnings().stream().map(tr::tr).toList();
        long active = detail.roster().lines().stream().filter(l -> l.enrollment().status().isActive()).count();
        return new Prepared(detail.header(), fresh, warnings, active);
    }

    private void show(Prepared prepared) {
        Cohort cohort = prepared.header().cohort();
        courseTitle.set(nullToEmpty(prepared.header().courseTitle(tr.language().tag())));
        dates.set(tr.tr("roster.dates", cohort.startsOn(), cohort.endsOn()));
        size.set(tr.tr("roster.size", prepared.active(), cohort.plannedSize()));
        overSize.set(prepared.active() > cohort.plannedSize());
        status.set(cohort.status() == null ? "" : tr.tr(cohort.status()));
        nextStatuses.setAll(cohort.status() == null ? List.of() : new ArrayList<>(cohort.status().next()));
        header.set(prepared.header());
        cohortWarnings.setAll(prepared.warnings());
        list.setAll(prepared.rows());
        busy.set(false);
    }

    /**
     * Moves the cohort to {@code target} in the background. A refusal (a step not allowed, or
     * someone else changed the cohort meanwhile) is said in {@link #statusMessageProperty()}, and
     * the page is read again so it shows what is stored now.
     */
    public void changeStatus(CohortStatus target) {
        CohortHeader current = header.get();
        if (current == null || busy.get()) {
            return;
        }
        busy.set(true);
        Cohort cohort = current.cohort();
        BackgroundTask.of(progress -> statusChange.change(cohort.id(), cohort.version(), target))
                .titled(tr.tr("roster.status.changing"))
                .onSuccess(moved -> {
                    statusMessage.set(tr.tr("roster.status.changed", moved.status()));
                    changed.set(true);
                    busy.set(false);
                    load();
                })
                .onFailure(e -> {
                    busy.set(false);
                    ProblemException refusal = ErrorReporter.problemIn(e);
                    if (refusal == null) {
                        onFailure.accept(e);
                        return;
                    }
                    statusMessage.set(tr.tr(refusal.problem()));
                    load();
                })
                .runWith(tasks);
    }

    /** Says something on the page: what became of the last change. */
    public void report(String message) {
        statusMessage.set(message);
    }

    /** Reads the roster again after a change was saved (or refused), and lets the cohort list know. */
    public void reloadAfterChange() {
        changed.set(true);
        load();
    }

    /**
     * The rows as tab-separated text with a header line, in the columns given, for pasting into a
     * spreadsheet as cells. A tab or line break inside a value becomes a space.
     */
    public String copyText(List<RosterRow> selected, List<RosterColumn> columns) {
        StringBuilder out = new StringBuilder();
        out.append(columns.stream().map(c -> cell(tr.tr(c.key()))).collect(Collectors.joining("\t"))).append('\n');
        for (RosterRow row : selected) {
            out.append(columns.stream().map(c -> cell(c.text(row))).collect(Collectors.joining("\t"))).append('\n');
        }
        return out.toString();
    }

    private static String cell(String value) {
        return value.replaceAll("[\\t\\r\\n]+", " ").strip();
    }

    /** The column layout remembered in the settings, or every column in its default order. */
    public ColumnLayout columnLayout() {
        String stored = settings == null ? null : settings.get(COLUMNS_SETTING).orElse(null);
        return parseLayout(stored);
    }

    static ColumnLayout parseLayout(String stored) {
        LinkedHashSet<RosterColumn> order = new LinkedHashSet<>();
        Set<RosterColumn> hidden = new LinkedHashSet<>();
        if (stored != null) {
            for (String part : stored.split(",")) {
                String id = part.strip();
                boolean hide = id.startsWith("-");
                RosterColumn.byId(hide ? id.substring(1) : id).ifPresent(c -> {
                    order.add(c);
                    if (hide) {
                        hidden.add(c);
                    }
                });
            }
        }
        order.addAll(List.of(RosterColumn.values()));
        return new ColumnLayout(List.copyOf(order), Set.copyOf(hidden));
    }

    static String formatLayout(ColumnLayout layout) {
        return layout.order().stream().map(c -> (layout.hidden().contains(c) ? "-" : "") + c.id()).collect(Collectors.joining(","));
    }

    /** Remembers the column layout; the settings file is written in the background. */
    public void saveColumnLayout(ColumnLayout layout) {
        if (settings == null) {
            return;
        }
        String value = formatLayout(layout);
        if (value.equals(settings.get(COLUMNS_SETTING).orElse(null))) {
            return;
        }
        settings.put(COLUMNS_SETTING, value);
        BackgroundTask.of(progress -> {
            settings.save();
            return null;
        }).onFailure(onFailure).runWith(tasks);
    }

    public String code() {
        return code;
    }

    /** All rows, unfiltered. */
    public ObservableList<RosterRow> rows() {
        return list.rows();
    }

    /** The rows the filter lets through, in roster order. */
    public ObservableList<RosterRow> shownRows() {
        return list.shown();
    }

    /** Warnings about the cohort as a whole (over its planned size), in words. */
    public ObservableList<String> cohortWarnings() {
        return cohortWarningsView;
    }

    /** The statuses the cohort may move to now. */
    public ObservableList<CohortStatus> nextStatuses() {
        return nextStatusesView;
    }

    public StringProperty filterProperty() {
        return list.filterProperty();
    }

    /** The cohort and the names around it; null until read. */
    public ReadOnlyObjectProperty<CohortHeader> headerProperty() {
        return header.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty courseTitleProperty() {
        return courseTitle.getReadOnlyProperty();
    }

    /** "04/05/2026 – 29/05/2026". */
    public ReadOnlyStringProperty datesProperty() {
        return dates.getReadOnlyProperty();
    }

    /** "21 enrolled of 20 planned". */
    public ReadOnlyStringProperty sizeProperty() {
        return size.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty overSizeProperty() {
        return overSize.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What became of the last status change. */
    public ReadOnlyStringProperty statusMessageProperty() {
        return statusMessage.getReadOnlyProperty();
    }

    /** True while the page is read or a change is saved. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True once this page changed the cohort (the cohort list then reads it again). */
    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    /** True once the roster was read at least once. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return list.loadedProperty();
    }

    /** "20 trainees" or "3 of 20 trainees". */
    public ReadOnlyStringProperty countTextProperty() {
        return list.countTextProperty();
    }

    public ReadOnlyStringProperty placeholderProperty() {
        return list.placeholderProperty();
    }

    public Localization localization() {
        return tr;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}

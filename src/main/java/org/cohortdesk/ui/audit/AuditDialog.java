package org.cohortdesk.ui.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.audit.AuditLog;
import org.cohortdesk.ui.AppContext;
import org.cohortdesk.ui.common.BackgroundTask;
import org.cohortdesk.ui.common.Columns;
import org.cohortdesk.ui.common.Styles;
import org.cohortdesk.ui.common.Toolbars;

/**
 * The audit log of a person or a cohort in a dialog: when (local time), who (the operating-system
 * user), what was done, to which record, and the details in the reader's words. Read in the
 * background; the table says so while it reads.
 */
public final class AuditDialog {
    public static final String PERSON_BUTTON_ID = "personAudit";
    public static final String COHORT_BUTTON_ID = "cohortAudit";
    public static final String TABLE_ID = "auditTable";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Map<String, String> KINDS = Map.of("person", "audit.entity.person", "enrollment", "audit.entity.enrollment",
            "cohort", "audit.entity.cohort", "session", "audit.entity.session", "attendance", "audit.entity.attendance");

    private AuditDialog() {}

    /** The History… button of a cohort's page. */
    public static Button cohortButton(AppContext context, String code, Supplier<Window> owner) {
        Localization tr = context.localization();
        Button button = Toolbars.button(tr.tr("audit.button"), COHORT_BUTTON_ID,
                () -> show(context, tr.tr("audit.title.cohort", code), () -> context.services().auditLog().ofCohort(code), owner.get()));
        button.setTooltip(new javafx.scene.control.Tooltip(tr.tr("audit.button.cohort_tip")));
        return button;
    }

    /** The History… button of the People page, for the person {@code selected} (disabled while none is). */
    public static <T> Button personButton(AppContext context, ObservableValue<T> selected, Function<T, java.util.UUID> id,
            Function<T, String> name, Supplier<Window> owner) {
        Localization tr = context.localization();
        Button button = Toolbars.button(tr.tr("audit.button"), PERSON_BUTTON_ID, () -> {
            T person = selected.getValue();
            if (person != null) {
                show(context, tr.tr("audit.title.person", name.apply(person)), () -> context.services().auditLog().ofPerson(id.apply(person)),
                        owner.get());
            }
        });
        button.setTooltip(new javafx.scene.control.Tooltip(tr.tr("audit.button.person_tip")));
        button.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> selected.getValue() == null, selected));
        return button;
    }

    /** Shows the dialog at once, empty, and fills it when {@code read} (run on a worker) is done. */
    public static Dialog<ButtonType> show(AppContext context, String title, Callable<List<AuditLog.Line>> read, Window owner) {
        Localization tr = context.localization();
        TableView<AuditLog.Line> table = table(tr);
        SimpleStringProperty placeholder = new SimpleStringProperty(tr.tr("audit.reading"));
        Columns.placeholder(table, placeholder);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setResizable(true);
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(tr.tr("audit.close"), ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setContent(table);
        Styles.apply(dialog.getDialogPane(), tr.language());
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        dialog.show();
        BackgroundTask.of(progress -> read.call())
                .titled(tr.tr("audit.reading"))
                .onSuccess(lines -> {
                    table.getItems().setAll(lines);
                    placeholder.set(tr.tr("audit.none"));
                    dialog.setHeaderText(title + " · " + tr.tr("audit.count", lines.size()));
                })
                .onFailure(error -> {
                    placeholder.set("");
                    context.errors().show(error);
                })
                .runWith(context.tasks());
        return dialog;
    }

    private static TableView<AuditLog.Line> table(Localization tr) {
        TableView<AuditLog.Line> table = new TableView<>();
        table.setId(TABLE_ID);
        table.setPrefSize(900, 420);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ZoneId zone = ZoneId.systemDefault();
        List<TableColumn<AuditLog.Line, String>> columns = List.of(
                Columns.text(tr.tr("audit.column.when"), l -> WHEN.format(l.at().atZone(zone)), 150),
                Columns.text(tr.tr("audit.column.who"), AuditLog.Line::who, 110),
                Columns.text(tr.tr("audit.column.action"), l -> tr.tr(l.action()), 110),
                Columns.text(tr.tr("audit.column.record"), l -> record(tr, l), 170),
                Columns.text(tr.tr("audit.column.what"), l -> tr.tr(l.what()), 320));
        table.getColumns().setAll(columns);
        Columns.laoHeaders(table);
        return table;
    }

    /** The record an entry is about: the trainee's name for an enrollment still stored, else the kind of record in words. */
    private static String record(Localization tr, AuditLog.Line line) {
        String kind = KINDS.containsKey(line.entity()) ? tr.tr(KINDS.get(line.entity())) : line.entity();
        return line.subject() == null ? kind : kind + ": " + line.subject();
    }
}

package org.cohortdesk.ui.roster;

import java.util.function.Supplier;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;
import org.cohortdesk.service.Services;
import org.cohortdesk.ui.AppContext;
import org.cohortdesk.ui.attendance.AttendanceDialog;
import org.cohortdesk.ui.audit.AuditDialog;
import org.cohortdesk.ui.certificate.CertificatesAction;
import org.cohortdesk.ui.exchange.ExchangeActions;
import org.cohortdesk.ui.export.PrintExport;
import org.cohortdesk.ui.export.SpreadsheetExport;
import org.cohortdesk.ui.schedule.CohortSchedule;

/**
 * A cohort's page wired to the open workspace: the roster view with its model, editor and actions,
 * and what other areas add to it (the Timetable menu, Certificates…, Export package…, History…).
 */
public final class RosterPage {
    private RosterPage() {}

    /** The page of the cohort with this code, wired to the open workspace; it starts reading at once. */
    public static RosterView open(AppContext context, String code, Runnable back) {
        Services services = context.services();
        RosterViewModel model = new RosterViewModel(code, services.rosters()::detail, services.cohorts()::changeStatus,
                context.workspace().settings(), context.localization(), context.tasks(), context.errors()::show);
        RosterEditor editor = new RosterEditor(services.enrollments(), context.localization(), context.tasks(), context.errors()::show,
                model::report, model::reloadAfterChange);
        RosterView[] view = {null};
        Supplier<Window> owner = () -> view[0].getScene() == null ? null : view[0].getScene().getWindow();
        SpreadsheetExport export = SpreadsheetExport.of(context, owner);
        RosterActions actions = new RosterActions(model, editor, services.histories()::of, services.cohorts()::summaries,
                services.directory()::entries,
                text -> PastePreviewDialog.show(context, code, text, model::reloadAfterChange), context.tasks(), context.errors()::show, owner,
                template -> export.roster(code, template, view[0].shownEnrollments(), model.rows().size(), model::report));
        actions.onImportFile(file -> NomineeSheetStep.start(context, code, file, owner.get(), model::reloadAfterChange));
        actions.onAttendance(() -> AttendanceDialog.show(context, code, owner.get()));
        PrintExport print = PrintExport.of(context, owner);
        actions.onPrint(() -> print.signIn(model.headerProperty().get().cohort(), model::report),
                () -> print.timetable(model.headerProperty().get().cohort(), model::report));
        view[0] = new RosterView(model, actions, back);
        CohortSchedule schedule = new CohortSchedule(context, code, owner, model::report, model::reloadAfterChange);
        MenuButton timetable = schedule.menu(actions::timetable, actions::signInSheets);
        timetable.disableProperty().bind(model.headerProperty().isNull());
        view[0].addActions(timetable, CertificatesAction.button(context, owner, model.headerProperty(), model::report));
        view[0].addExportItems(new SeparatorMenuItem(), ExchangeActions.exportItem(context, code, owner, model::report));
        view[0].besideStatus(AuditDialog.cohortButton(context, code, owner));
        model.load();
        return view[0];
    }
}

package org.cohortdesk.ui.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.service.export.SignInSheets;
import org.cohortdesk.service.export.SignInSheets.Per;
import org.cohortdesk.ui.AppContext;
import org.cohortdesk.ui.common.BackgroundTask;
import org.cohortdesk.ui.common.TaskRunner;

/**
 * Sign-in sheets… on a cohort's page: the week, a page per day or per session and the format in a
 * dialog, the file in the save dialog, then the week is read and written in the background; the
 * page is told where it went, a refusal (a week without sessions) or failure is shown by the error reporter.
 */
public final class SignInExport {
    private final SignInSheets sheets;
    private final Localization tr;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onFailure;
    private final Supplier<Window> owner;
    private final SaveFile saveFile;
    private final Supplier<LocalDate> today;

    public SignInExport(SignInSheets sheets, Localization tr, TaskRunner tasks, Consumer<Throwable> onFailure, Supplier<Window> owner,
            SaveFile saveFile, Supplier<LocalDate> today) {
        this.sheets = sheets;
        this.tr = tr;
        this.tasks = tasks;
        this.onFailure = onFailure;
        this.owner = owner;
        this.saveFile = saveFile;
        this.today = today;
    }

    /** Wired to the open workspace, the system's save dialog and today's date. */
    public static SignInExport of(AppContext context, Supplier<Window> owner) {
        return new SignInExport(context.services().signIns(), context.localization(), context.tasks(), context.errors()::show, owner,
                SaveFile.systemDialog(), LocalDate::now);
    }

    /** Asks and writes the sign-in sheets of {@code cohort}; {@code report} gets the message once they are written. */
    public void open(Cohort cohort, Consumer<String> report) {
        SignInDialog.show(tr, cohort, SignInSheets.currentWeek(cohort, today.get()), owner.get(), choice -> {
            String name = tr.tr("signin.file_name", cohort.code(), choice.week())
                    + (choice.per() == Per.SESSION ? "-" + Per.SESSION.cliName() : "");
            saveFile.choose(owner.get(), tr.tr("signin.dialog.file_title"), SignInDialog.formatName(tr, choice.format()),
                    choice.format().extension(), name).ifPresent(file -> write(cohort.code(), choice, file, report));
        });
    }

    private void write(String code, SignInDialog.Choice choice, Path file, Consumer<String> report) {
        BackgroundTask.of(progress -> {
                    SignInSheets.Week week = sheets.week(code, choice.week(), tr);
                    sheets.write(week, choice.per(), choice.format(), tr, file);
                    return week;
                })
                .titled(tr.tr("export.running", file.getFileName()))
                .onSuccess(week -> report.accept(choice.per() == Per.DAY
                        ? tr.tr("signin.done", week.number(), file, week.days().size(), week.trainees().size())
                        : tr.tr("signin.done_sessions", week.number(), file, week.sheets(Per.SESSION).size(), week.trainees().size())))
                .onFailure(onFailure)
                .runWith(tasks);
    }
}

package org.cohortdesk.ui.export;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.Cohort;
import org.cohortdesk.service.export.PrintFormat;
import org.cohortdesk.service.export.SignInSheets;
import org.cohortdesk.service.export.SignInSheets.Per;
import org.cohortdesk.service.export.SignInSheets.WeekSpan;
import org.cohortdesk.ui.common.Styles;

/** Asks which week's sign-in sheets to write, a page per day or per session, and the format; the file is asked next. */
final class SignInDialog {
    static final String WEEK_ID = "signinWeek";
    static final String PER_ID = "signinPer";
    static final String FORMAT_ID = "signinFormat";
    static final String CONFIRM_ID = "signinConfirm";

    /** What the user chose. */
    record Choice(int week, Per per, PrintFormat format) {}

    private SignInDialog() {}

    /** Shows the dialog for {@code cohort}, {@code week} chosen first; {@code chosen} is called once it closes with the export button. */
    static Dialog<ButtonType> show(Localization tr, Cohort cohort, int week, Window owner, Consumer<Choice> chosen) {
        Dialog<ButtonType> dialog = new Dialog<>();
        String title = tr.tr("signin.dialog.title", cohort.code());
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        ButtonType export = new ButtonType(tr.tr("export.dialog.confirm"), ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(export, new ButtonType(tr.tr("form.cancel"), ButtonData.CANCEL_CLOSE));

        List<WeekSpan> weeks = SignInSheets.weeks(cohort);
        ComboBox<WeekSpan> weekBox = ExportDialog.combo(WEEK_ID, weeks,
                w -> tr.tr("signin.dialog.week_item", w.number(), w.monday(), w.sunday()));
        weekBox.getSelectionModel().select(Math.max(0, Math.min(weeks.size() - 1, week - 1)));
        ComboBox<Per> per = ExportDialog.combo(PER_ID, List.of(Per.values()),
                p -> tr.tr(p == Per.DAY ? "signin.dialog.per_day" : "signin.dialog.per_session"));
        ComboBox<PrintFormat> format = ExportDialog.combo(FORMAT_ID, List.of(PrintFormat.values()), f -> formatName(tr, f));

        GridPane grid = new GridPane();
        grid.getStyleClass().add(ExportDialog.FORM);
        grid.addRow(0, new Label(tr.tr("signin.dialog.week")), weekBox);
        grid.addRow(1, new Label(tr.tr("signin.dialog.per")), per);
        grid.addRow(2, new Label(tr.tr("export.dialog.format")), format);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().lookupButton(export).setId(CONFIRM_ID);

        Styles.apply(dialog.getDialogPane(), tr.language());
        if (owner != null && owner.isShowing()) {
            dialog.initOwner(owner);
        }
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == export) {
                chosen.accept(new Choice(weekBox.getValue().number(), per.getValue(), format.getValue()));
            }
        });
        dialog.show();
        return dialog;
    }

    /** A format as the dialog and the file chooser name it: "PDF document (.pdf)". */
    static String formatName(Localization tr, PrintFormat format) {
        return switch (format) {
            case PDF -> tr.tr("signin.format.pdf");
            case XLSX -> tr.tr("export.format.xlsx");
        };
    }
}

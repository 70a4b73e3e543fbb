package org.cohortdesk.ui.roster;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.cohortdesk.i18n.Localization;

/** The "Import from file…" chooser: nominee lists in XLSX, ODS or CSV (and old .xls, which the preview then asks to be saved as .xlsx). Shown on the FX thread; reads nothing. */
final class NomineeFileChooser {
    private NomineeFileChooser() {}

    static Optional<Path> choose(Window owner, Localization tr) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(tr.tr("roster.import.choose"));
        chooser.getExtensionFilters().setAll(
                new FileChooser.ExtensionFilter(tr.tr("roster.import.filter.sheets"), "*.xlsx", "*.ods", "*.csv", "*.xls"),
                new FileChooser.ExtensionFilter(tr.tr("roster.import.filter.all"), "*.*"));
        File file = chooser.showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }
}

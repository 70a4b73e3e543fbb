package org.cohortdesk.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Where to save a file: the system's save dialog (shown on the FX thread), or in tests a fixed answer. */
@FunctionalInterface
public interface SaveFile {
    /**
     * The file chosen, with {@code extension} added when the chooser left it off; empty when the
     * user cancelled. {@code filterName} names the one file type offered, {@code name} is proposed.
     */
    Optional<Path> choose(Window owner, String title, String filterName, String extension, String name);

    /** The system's save dialog. */
    static SaveFile systemDialog() {
        return (owner, title, filterName, extension, name) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(filterName, "*." + extension));
            chooser.setInitialFileName(name.replaceAll("[\\\\/:*?\"<>|]", " ").strip() + "." + extension);
            File chosen = chooser.showSaveDialog(owner);
            return Optional.ofNullable(chosen).map(File::toPath).map(p -> withExtension(p, extension));
        };
    }

    /** The chosen file with {@code extension}, which some systems' choosers leave off. */
    static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith("." + extension) ? file : file.resolveSibling(name + "." + extension);
    }
}

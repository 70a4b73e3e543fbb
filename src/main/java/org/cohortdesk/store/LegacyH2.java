package org.cohortdesk.store;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds an older H2 jar that can read a database file of an older format. Releases ship such jars
 * in {@code lib/h2-legacy/} beside the application (named {@code h2-format<N>.jar}) once a release
 * has written that format; none has yet, so the folder is empty today.
 */
@FunctionalInterface
public interface LegacyH2 {
    Optional<Path> jarFor(int format);

    /** No legacy jars: an older file is refused with a message. */
    static LegacyH2 none() {
        return format -> Optional.empty();
    }

    /** Looks in {@code <folder>/h2-format<N>.jar}. */
    static LegacyH2 in(Path folder) {
        return format -> Optional.of(folder.resolve("h2-format" + format + ".jar")).filter(Files::isRegularFile);
    }

    /** The {@code lib/h2-legacy} folder beside the running application's jar. */
    static LegacyH2 besideApplication() {
        var codeSource = LegacyH2.class.getProtectionDomain().getCodeSource();
        if (codeSource == null) {
            return none();
        }
        try {
            return in(Path.of(codeSource.getLocation().toURI()).resolveSibling("lib").resolve("h2-legacy"));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("application location is not a path: " + codeSource.getLocation(), e);
        }
    }
}

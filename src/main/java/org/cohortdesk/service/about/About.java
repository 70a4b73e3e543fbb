package org.cohortdesk.service.about;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** What this build is: its version, written into {@code version.properties} by the build. */
public final class About {
    private About() {}

    /** For example {@code 0.1.0}; {@code development} when run from sources without a build. */
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = About.class.getResourceAsStream("/org/cohortdesk/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String version = p.getProperty("version", "");
        return version.isBlank() || version.startsWith("${") ? "development" : version;
    }
}

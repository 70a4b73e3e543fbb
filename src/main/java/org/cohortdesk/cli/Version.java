package org.cohortdesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The application's version, written into {@code version.properties} by the build. */
public final class Version implements IVersionProvider {

    /** For example {@code 0.1.0}. */
    public static String application() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/org/cohortdesk/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version", "development");
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "Cohort Desk " + application(),
            "H2 " + org.h2.engine.Constants.VERSION + ", Java " + Runtime.version()
        };
    }
}

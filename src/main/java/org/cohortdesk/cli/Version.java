package org.cohortdesk.cli;

import org.cohortdesk.service.about.About;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the application's version, the H2 release and the Java runtime. */
public final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {
            "Cohort Desk " + About.version(),
            "H2 " + org.h2.engine.Constants.VERSION + ", Java " + Runtime.version()
        };
    }
}

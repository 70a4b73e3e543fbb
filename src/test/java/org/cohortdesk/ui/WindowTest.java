package org.cohortdesk.ui;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** A test of the whole window on a data folder of its own: the folder, the window it opens, closed after each test. */
public abstract class WindowTest extends FxRobot {
    @TempDir
    protected Path dir;

    protected WindowHarness window;

    @AfterEach
    void closeWindow() throws Exception {
        if (window != null) {
            window.close();
        }
    }
}

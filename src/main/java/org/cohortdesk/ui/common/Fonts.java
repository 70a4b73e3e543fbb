package org.cohortdesk.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.text.Font;

/**
 * The fonts shipped inside the application: Noto Sans Lao (SIL Open Font License 1.1, see
 * {@code org/cohortdesk/fonts/OFL.txt}, a folder the PDF writer reads too), so Lao reads the same on every desktop, including Windows machines
 * without a Lao font. Load them once the toolkit runs and before any stylesheet applies; the
 * stylesheet refers to the family by its internal name, {@value #LAO_FAMILY}.
 */
public final class Fonts {
    public static final String LAO_FAMILY = "Noto Sans Lao";
    private static final Logger LOG = Logger.getLogger(Fonts.class.getName());
    private static final String[] FILES = {"NotoSansLao-Regular.ttf", "NotoSansLao-Bold.ttf"};

    private Fonts() {}

    /** Loads the bundled fonts; reads resources, so not on the FX thread. Returns how many loaded. */
    public static int loadBundled() {
        int loaded = 0;
        for (String file : FILES) {
            try (InputStream in = Fonts.class.getResourceAsStream("/org/cohortdesk/fonts/" + file)) {
                Font font = in == null ? null : Font.loadFont(in, 13);
                if (font == null) {
                    LOG.warning("bundled font not loaded: " + file);
                } else {
                    loaded++;
                    LOG.fine(() -> "loaded font " + font.getName() + " (" + font.getFamily() + ")");
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "bundled font not readable: " + file, e);
            }
        }
        return loaded;
    }
}

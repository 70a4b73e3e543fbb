package org.cohortdesk.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.cohortdesk.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The screenshots of docs/user-guide.md, taken from the real window on sample rows. Runs only when
 * asked: {@code mvn test -Dtest=DocScreenshotsTest -Dcohortdesk.screenshots=docs/images}.
 */
@EnabledIfSystemProperty(named = "cohortdesk.screenshots", matches = ".+")
class DocScreenshotsTest extends FxRobot {
    /** One fixed folder, so the status bar in the pictures shows a plain path. */
    private static final Path DATA = Path.of(System.getProperty("java.io.tmpdir"), "CohortDesk");

    private static Path target() throws IOException {
        Path target = Path.of(System.getProperty("cohortdesk.screenshots")).toAbsolutePath();
        Files.createDirectories(target);
        return target;
    }

    @Test
    void cohortListInEachLanguage() throws Exception {
        for (Language language : Language.values()) {
            try (WindowHarness harness = WindowHarness.show(fresh(), language, UiFixtures::insertCohorts)) {
                harness.waitUntilReady();
                WindowHarness.waitUntil(() -> harness.window.shell().orElseThrow().model().countsProperty().get().length() > 0);
                if (language != Language.VI) {
                    save(harness, "cohorts-" + language.tag() + ".png");
                } else {
                    push(KeyCode.CONTROL, KeyCode.F);
                    write("hoc vien");
                    save(harness, "cohorts-filter-vi.png");
                    push(KeyCode.CONTROL, KeyCode.DIGIT7);
                    save(harness, "settings-vi.png");
                }
            }
        }
    }

    @Test
    void welcomeOnFirstRun() throws Exception {
        for (Language language : new Language[] {Language.EN, Language.LO}) {
            try (WindowHarness harness = WindowHarness.show(fresh(), language, null)) {
                harness.waitUntilReady();
                save(harness, "welcome-" + language.tag() + ".png");
            }
        }
    }

    @Test
    void peoplePageWithAPersonsCohorts() throws Exception {
        try (WindowHarness harness = WindowHarness.show(fresh(), Language.EN, w -> w.services().demo().load(2, 7, p -> {}))) {
            harness.waitUntilReady();
            push(KeyCode.CONTROL, KeyCode.DIGIT3);
            javafx.scene.control.TableView<org.cohortdesk.ui.people.PersonRow> people = lookup("#peopleTable").queryTableView();
            WindowHarness.waitUntil(() -> people.getItems().size() > 100);
            org.cohortdesk.ui.people.PersonRow alumnus = people.getItems().stream()
                    .filter(r -> r.enrollments() > 1 && !r.nameLocal().isEmpty()).findFirst().orElse(people.getItems().get(0));
            FxToolkit.setupFixture(() -> {
                people.getSelectionModel().select(alumnus);
                people.scrollTo(Math.max(0, people.getSelectionModel().getSelectedIndex() - 3));
            });
            javafx.scene.control.TableView<?> history = lookup("#personHistory").queryTableView();
            WindowHarness.waitUntil(() -> !history.getItems().isEmpty());
            save(harness, "people-en.png");
        }
    }

    private static Path fresh() throws IOException {
        if (Files.exists(DATA)) {
            try (var files = Files.walk(DATA)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        return Files.createDirectories(DATA);
    }

    private static void save(WindowHarness harness, String name) throws Exception {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        FxToolkit.setupFixture(() -> shot.set(harness.window.stage().getScene().snapshot(null)));
        write(shot.get(), target().resolve(name));
    }

    private static void write(WritableImage image, Path file) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        png.setRGB(0, 0, width, height, pixels, 0, width);
        try {
            ImageIO.write(png, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

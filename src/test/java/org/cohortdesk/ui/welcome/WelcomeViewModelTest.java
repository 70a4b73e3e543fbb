package org.cohortdesk.ui.welcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.ProblemException;
import org.cohortdesk.service.demo.DemoDataService;
import org.cohortdesk.ui.common.TaskRunner;
import org.junit.jupiter.api.Test;

/** The first-run page's state, with a stand-in for the sample loader. */
class WelcomeViewModelTest {
    private static final DemoDataService.Loaded LOADED = new DemoDataService.Loaded(4, 6, 12, 240, 250, 900, 18000);
    private final List<Object> events = new ArrayList<>();

    @Test
    void loadsTheSampleWithProgressThenShowsTheCohorts() {
        AtomicReference<WelcomeViewModel> self = new AtomicReference<>();
        WelcomeViewModel model = new WelcomeViewModel(progress -> {
                    assertTrue(self.get().loadingProperty().get());
                    progress.accept(new DemoDataService.Progress(0.25, "no.such.step"));
                    events.add(self.get().progressProperty().get() + " " + self.get().progressTextProperty().get());
                    return LOADED;
                }, new Localization(Language.EN), TaskRunner.sameThread(), events::add, events::add, () -> events.add("empty"));
        self.set(model);

        model.loadSample();

        assertEquals(List.of("0.25 Loading sample data…", LOADED), events);
        assertEquals("Loaded 12 cohorts and 240 people.", model.progressTextProperty().get());
        assertFalse(model.loadingProperty().get());
    }

    @Test
    void aRefusalIsPassedOnAndTheButtonsComeBack() {
        ProblemException refused = ProblemException.of("error.demo.not_empty", "3 cohorts");
        WelcomeViewModel model = new WelcomeViewModel(progress -> {
                    throw refused;
                }, new Localization(Language.EN), TaskRunner.sameThread(), events::add, events::add, () -> events.add("empty"));
        model.loadSample();
        assertEquals(List.of(refused), events);
        assertFalse(model.loadingProperty().get());
        model.startEmpty();
        assertEquals(List.of(refused, "empty"), events);
    }
}

package org.cohortdesk.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.store.DataFolder;
import org.cohortdesk.ui.common.Fonts;
import org.cohortdesk.ui.common.FxThread;
import org.cohortdesk.ui.common.Styles;
import org.cohortdesk.ui.common.TaskRunner;
import org.cohortdesk.ui.people.PeopleView;
import org.cohortdesk.ui.people.PeopleViewModel;

/**
 * Typing in the People page's filter, in the real view on a real data folder: for each keystroke,
 * the time the FX thread spends from the filter's new text until the table has laid out its
 * visible rows again (filter, sort, count, cells), which is what must fit in one frame (16 ms).
 * Types the same six queries as {@link PeopleFilterBench} a letter at a time, clearing between
 * them, and prints the median and the 99th percentile over {@code rounds} rounds after a warm-up.
 *
 * <p>Arguments: {@code DATA_DIR [rounds]}. Needs a display (or {@code xvfb-run}). See docs/performance.md.
 */
public final class PeopleTypingBench {
    private static final List<String> TYPED = List.of("somsak phommachanh", "nguyen thi anh", "ສົມສັກ", "ministry of home", "p12", "xyz");

    private PeopleTypingBench() {}

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        Platform.setImplicitExit(false);
        Fonts.loadBundled();
        try (Workspace workspace = Workspace.open(new DataFolder(Path.of(args[0])), null, Clock.systemDefaultZone());
                TaskRunner tasks = TaskRunner.background(FxThread.started())) {
            Localization tr = new Localization(Language.EN);
            PeopleViewModel model = new PeopleViewModel(PeopleViewModel.Source.of(workspace.services()), tr, tasks, Throwable::printStackTrace);
            PeopleView[] view = {null};
            OnFx.run(() -> {
                view[0] = new PeopleView(model);
                Styles.apply(view[0], Language.EN);
                Stage stage = new Stage();
                Scene scene = new Scene(view[0], 1280, 760);
                Styles.apply(scene);
                stage.setScene(scene);
                stage.show();
                model.load();
            });
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (model.rows().isEmpty() && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            System.out.println("people: " + model.rows().size());
            TextField filter = (TextField) view[0].lookup("#" + PeopleView.FILTER_ID);
            type(view[0], filter, 3);
            List<Long> nanos = type(view[0], filter, rounds);
            Collections.sort(nanos);
            System.out.printf("keystrokes: %d%nmedian-ms: %.2f%np99-ms: %.2f%nmax-ms: %.2f%n", nanos.size(), nanos.get(nanos.size() / 2) / 1e6,
                    nanos.get((int) (nanos.size() * 0.99)) / 1e6, nanos.get(nanos.size() - 1) / 1e6);
            OnFx.run(Platform::exit);
        }
    }

    /** Types every query a letter at a time, {@code rounds} times; the FX thread's time per keystroke. */
    private static List<Long> type(PeopleView view, TextField filter, int rounds) throws Exception {
        List<Long> nanos = new ArrayList<>();
        java.util.Map<String, List<Long>> byPrefix = new java.util.LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            for (String query : TYPED) {
                for (int i = 1; i <= query.length(); i++) {
                    String typed = query.substring(0, i);
                    OnFx.run(() -> {
                        long start = System.nanoTime();
                        filter.setText(typed);
                        view.applyCss();
                        view.layout();
                        long took = System.nanoTime() - start;
                        nanos.add(took);
                        byPrefix.computeIfAbsent(typed, k -> new ArrayList<>()).add(took);
                    });
                }
                OnFx.run(() -> filter.setText(""));
            }
        }
        if (System.getProperty("bench.detail") != null) {
            byPrefix.forEach((k, v) -> {
                Collections.sort(v);
                System.out.printf("%-20s %6.2f%n", k, v.get(v.size() / 2) / 1e6);
            });
        }
        return nanos;
    }
}

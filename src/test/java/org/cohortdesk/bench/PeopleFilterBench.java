package org.cohortdesk.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.cohortdesk.model.TextMatch;
import org.cohortdesk.service.Workspace;
import org.cohortdesk.service.person.PeopleDirectory;
import org.cohortdesk.store.DataFolder;

/**
 * As-you-type filtering of everyone (the people view's budget: under 16 ms a keystroke). Reads all
 * people once, folds each one's search text once (as a view model would when the list loads),
 * then types queries a letter at a time, filtering the whole list at each keystroke, and prints the
 * median and the 99th percentile per keystroke over {@code rounds} rounds after a warm-up.
 *
 * <p>Arguments: {@code DATA_DIR [rounds]}. See docs/performance.md.
 */
public final class PeopleFilterBench {
    private static final List<String> TYPED = List.of("somsak phommachanh", "nguyen thi anh", "ສົມສັກ", "ministry of home", "p12", "xyz");

    private PeopleFilterBench() {}

    public static void main(String[] args) {
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        List<String> folded;
        try (Workspace workspace = Workspace.open(new DataFolder(Path.of(args[0])), null, Clock.systemDefaultZone())) {
            long start = System.nanoTime();
            folded = workspace.services().directory().entries().stream().map(e -> PeopleDirectory.searchText(e.person())).toList();
            System.out.printf("people: %d%nload-and-fold-ms: %d%n", folded.size(), (System.nanoTime() - start) / 1_000_000);
        }
        List<Long> keystrokes = new ArrayList<>();
        int matched = 0;
        for (int round = 0; round < rounds + 10; round++) {
            for (String query : TYPED) {
                for (int i = 1; i <= query.length(); i++) {
                    long t = System.nanoTime();
                    TextMatch match = TextMatch.of(query.substring(0, i));
                    int n = 0;
                    for (String text : folded) {
                        if (match.matches(text)) {
                            n++;
                        }
                    }
                    long elapsed = System.nanoTime() - t;
                    matched += n;
                    if (round >= 10) {
                        keystrokes.add(elapsed);
                    }
                }
            }
        }
        Collections.sort(keystrokes);
        System.out.printf("keystrokes: %d%nmedian-ms: %.3f%np99-ms: %.3f%nmax-ms: %.3f%n(matches counted: %d)%n", keystrokes.size(),
                keystrokes.get(keystrokes.size() / 2) / 1e6, keystrokes.get(keystrokes.size() * 99 / 100) / 1e6,
                keystrokes.get(keystrokes.size() - 1) / 1e6, matched);
    }
}

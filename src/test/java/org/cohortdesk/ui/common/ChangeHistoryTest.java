package org.cohortdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.cohortdesk.i18n.Language;
import org.cohortdesk.i18n.Localization;
import org.cohortdesk.model.ProblemException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The history the calendar and the roster share, with changes that write into a list and a queue standing in for the workers. */
class ChangeHistoryTest {

    final List<String> stored = new ArrayList<>();
    final List<String> said = new ArrayList<>();
    final List<Throwable> failures = new ArrayList<>();
    final ArrayDeque<Runnable> work = new ArrayDeque<>();
    int reads;
    ChangeHistory history;

    @BeforeEach
    void setUp() {
        history = new ChangeHistory(new TaskRunner(work::add, Runnable::run), failures::add, said::add,
                ChangeHistory.Words.of(new Localization(Language.EN), "roster.saving", "roster.saved", "roster.undone", "roster.redone"),
                () -> reads++);
    }

    @Test
    void changesMadeWhileOneIsSavedWaitTheirTurnInOrder() {
        history.perform(new Write("A"));
        assertTrue(history.busyProperty().get());
        history.perform(new Write("B"));
        history.perform(new Write("C"));
        assertEquals(List.of(), stored, "nothing is written before the worker runs");
        runAll();
        assertEquals(List.of("A", "B", "C"), stored);
        assertFalse(history.busyProperty().get());
        assertEquals(1, reads, "the page is read once, after the last");
        assertEquals(3, said.stream().filter(s -> s.startsWith("Saved")).count(), said.toString());
        history.undo();
        runAll();
        assertEquals(List.of("A", "B"), stored, "undo takes back the last one");
    }

    @Test
    void forgettingLeavesNothingToUndoOrRedo() {
        history.perform(new Write("A"));
        history.perform(new Write("B"));
        runAll();
        history.undo();
        runAll();
        assertTrue(history.canUndoProperty().get() && history.canRedoProperty().get());
        history.forget();
        assertFalse(history.canUndoProperty().get() || history.canRedoProperty().get());
        history.undo();
        history.redo();
        runAll();
        assertEquals(List.of("A"), stored, "nothing was undone or redone after forgetting");
    }

    @Test
    void theLastChangeSavedOrRedoneIsGivenOnce() {
        Write a = new Write("A");
        Write b = new Write("B");
        history.perform(a);
        history.perform(b);
        runAll();
        assertSame(b, history.takeLastApplied());
        assertNull(history.takeLastApplied(), "asked for once");
        history.undo();
        runAll();
        assertNull(history.takeLastApplied(), "an undo applies nothing");
        history.redo();
        runAll();
        assertSame(b, history.takeLastApplied());
    }

    @Test
    void aRefusalIsSaidForgetsTheHistoryAndThePageIsReadAgain() {
        history.perform(new Write("A"));
        runAll();
        history.perform(new Refused());
        runAll();
        assertEquals(List.of("A"), stored);
        assertFalse(said.get(said.size() - 1).startsWith("Saved"), said.toString());
        assertFalse(history.canUndoProperty().get(), "the history no longer matches what is stored");
        assertFalse(history.canRedoProperty().get());
        assertEquals(2, reads);
        assertEquals(List.of(), failures, "a refusal is not a failure");
    }

    private void runAll() {
        while (!work.isEmpty()) {
            work.poll().run();
        }
    }

    private final class Write implements ChangeHistory.Change {
        private final String value;

        Write(String value) {
            this.value = value;
        }

        @Override
        public void apply() {
            stored.add(value);
        }

        @Override
        public void revert() {
            stored.remove(value);
        }

        @Override
        public String description() {
            return value;
        }
    }

    private static final class Refused implements ChangeHistory.Change {
        @Override
        public void apply() {
            throw ProblemException.of("error.demo.not_empty", "3 cohorts");
        }

        @Override
        public void revert() {
            throw new AssertionError("never applied");
        }

        @Override
        public String description() {
            return "refused";
        }
    }
}

package org.cohortdesk.model.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cohortdesk.model.Mark;
import org.cohortdesk.model.Session;
import org.cohortdesk.model.SessionKind;
import org.junit.jupiter.api.Test;

class CompletionTest {
    private static final LocalDateTime MONDAY = LocalDateTime.of(2026, 5, 4, 8, 0);

    /** Ten morning sessions, one a day from Monday 4 May 2026. */
    private static List<Session> tenSessions() {
        List<Session> out = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            LocalDateTime start = MONDAY.plusDays(i);
            out.add(new Session(UUID.randomUUID(), UUID.randomUUID(), null, SessionKind.LECTURE, "S" + i, start, start.plusHours(3), null, null,
                    null, null, 0));
        }
        return out;
    }

    @Test
    void presentAndLateCountExcusedAndUnmarkedDoNotAndOnlyEndedSessionsCount() {
        List<Session> sessions = tenSessions();
        Map<UUID, Mark> marks = new HashMap<>();
        marks.put(sessions.get(0).id(), Mark.PRESENT);
        marks.put(sessions.get(1).id(), Mark.LATE);
        marks.put(sessions.get(2).id(), Mark.EXCUSED);
        marks.put(sessions.get(3).id(), Mark.ABSENT);
        marks.put(sessions.get(9).id(), Mark.PRESENT); // marked ahead: not ended, not counted
        // Friday 8 May at noon: sessions 0 to 4 have ended (the fifth at 11:00), session 4 unmarked.
        Completion.Tally t = Completion.tally(sessions, marks, LocalDateTime.of(2026, 5, 8, 12, 0), 80);
        assertEquals(new Completion.Tally(2, 1, 1, 1, 1, 5, 40, false), t);
    }

    @Test
    void theThresholdIsReachedExactlyAndNotByRoundingUp() {
        List<Session> sessions = tenSessions();
        Map<UUID, Mark> marks = new HashMap<>();
        for (int i = 0; i < 8; i++) {
            marks.put(sessions.get(i).id(), Mark.PRESENT);
        }
        LocalDateTime after = MONDAY.plusDays(20);
        assertTrue(Completion.tally(sessions, marks, after, 80).completes(), "8 of 10 is 80 %");
        assertFalse(Completion.tally(sessions, marks, after, 81).completes());
        marks.remove(sessions.get(7).id());
        Completion.Tally seven = Completion.tally(sessions, marks, after, 70);
        assertEquals(70, seven.rate());
        assertTrue(seven.completes());
    }

    @Test
    void beforeTheFirstSessionEndsThereIsNoRateAndNobodyCompletes() {
        Completion.Tally t = Completion.tally(tenSessions(), Map.of(), MONDAY.plusHours(1), 0);
        assertNull(t.rate());
        assertFalse(t.completes());
        assertEquals(0, t.toDate());
    }
}

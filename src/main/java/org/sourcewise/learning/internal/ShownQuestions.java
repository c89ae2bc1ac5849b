package org.sourcewise.learning.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sourcewise.accounts.UserId;
import org.springframework.stereotype.Component;

/**
 * Which practice question the server last showed a student for a claim, and when: the clock for the
 * "answered quickly" rule (EASY). Kept in memory only: a lost entry (restart, another node, older than
 * {@link #KEEP}) only means a right answer rates GOOD rather than EASY.
 */
@Component
public class ShownQuestions {

    static final Duration KEEP = Duration.ofHours(2);
    private static final int SWEEP_ABOVE = 5_000;

    /**
     * @param seed the display-order seed the question was shown with
     */
    public record Shown(long questionId, long seed, Instant at) {
    }

    private record Key(long userId, long claimId) {
    }

    private final Map<Key, Shown> shown = new ConcurrentHashMap<>();

    public void record(UserId student, long claimId, Shown question) {
        if (shown.size() > SWEEP_ABOVE) {
            Instant cutoff = question.at().minus(KEEP);
            shown.values().removeIf(s -> s.at().isBefore(cutoff));
        }
        shown.put(new Key(student.value(), claimId), question);
    }

    /** What was shown for this claim, if it is still known; stays recorded until {@link #forget}. */
    public Optional<Shown> find(UserId student, long claimId, Instant now) {
        Shown s = shown.get(new Key(student.value(), claimId));
        return s == null || s.at().isBefore(now.minus(KEEP)) ? Optional.empty() : Optional.of(s);
    }

    public void forget(UserId student, long claimId) {
        shown.remove(new Key(student.value(), claimId));
    }
}

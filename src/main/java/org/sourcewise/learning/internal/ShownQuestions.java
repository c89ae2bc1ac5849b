package org.sourcewise.learning.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
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
    static final int MAX_SHOWN = 50_000;

    /**
     * @param seed the display-order seed the question was shown with
     */
    public record Shown(long questionId, long seed, Instant at) {
    }

    private record Key(long userId, long claimId) {
    }

    private final Cache<Key, Shown> shown = Caffeine.newBuilder().maximumSize(MAX_SHOWN).expireAfterWrite(KEEP).build();

    public void record(UserId student, long claimId, Shown question) {
        shown.put(new Key(student.value(), claimId), question);
    }

    /** What was shown for this claim, if it is still known; stays recorded until {@link #forget}. */
    public Optional<Shown> find(UserId student, long claimId, Instant now) {
        Shown s = shown.getIfPresent(new Key(student.value(), claimId));
        return s == null || s.at().isBefore(now.minus(KEEP)) ? Optional.empty() : Optional.of(s);
    }

    public void forget(UserId student, long claimId) {
        shown.invalidate(new Key(student.value(), claimId));
    }
}

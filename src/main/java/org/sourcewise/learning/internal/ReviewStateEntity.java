package org.sourcewise.learning.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sourcewise.learning.fsrs.CardState;
import org.sourcewise.learning.fsrs.Phase;

/**
 * One student's FSRS state for one claim. A row exists once the claim is "in practice"; until its
 * first review it has no difficulty, stability or last review, is learning at its first step, and is
 * due from the moment it came in.
 *
 * <p>Versioned: of two transactions that change one row at once, the second to commit fails instead of
 * overwriting the first's review ({@link ReviewTransactions} does such work again).
 */
@Entity
@Table(name = "review_state")
@IdClass(ReviewStateEntity.Key.class)
public class ReviewStateEntity {

    public record Key(@Nullable Long userId, @Nullable Long claimId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    private Long userId;
    @Id
    private Long claimId;
    private @Nullable Double difficulty;
    private @Nullable Double stability;
    private Instant dueAt;
    private @Nullable Instant lastReviewAt;
    private int reps;
    private int lapses;
    private int nextQuestion;
    @Enumerated(EnumType.STRING)
    private Phase phase = Phase.LEARNING;
    private int learningStep;
    @Version
    private @Nullable Long version;

    protected ReviewStateEntity() {
    }

    /** A claim that has just come into practice: never reviewed, due at {@code now}. */
    public static ReviewStateEntity newCard(long userId, long claimId, Instant now) {
        ReviewStateEntity e = new ReviewStateEntity();
        e.userId = userId;
        e.claimId = claimId;
        e.dueAt = now;
        return e;
    }

    /** The FSRS view of this row; {@link CardState#NEW} until the first review. */
    public CardState cardState() {
        if (reps == 0 || lastReviewAt == null) {
            return CardState.NEW;
        }
        return new CardState(difficulty == null ? 0 : difficulty, stability == null ? 0 : stability, dueAt,
                lastReviewAt, reps, lapses, phase, learningStep);
    }

    /** Stores the state after a review; the due date (minutes or days away) comes from FSRS. */
    public void apply(CardState state) {
        this.difficulty = state.difficulty();
        this.stability = state.stability();
        this.dueAt = Objects.requireNonNull(state.due(), "a reviewed card has a due date");
        this.lastReviewAt = state.lastReview();
        this.reps = state.reps();
        this.lapses = state.lapses();
        this.phase = state.phase();
        this.learningStep = state.step();
    }

    /** Moves the question rotation on by one. */
    public void advanceQuestion() {
        nextQuestion++;
    }

    public Long getUserId() {
        return userId;
    }

    public Long getClaimId() {
        return claimId;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public @Nullable Instant getLastReviewAt() {
        return lastReviewAt;
    }

    public int getReps() {
        return reps;
    }

    public int getLapses() {
        return lapses;
    }

    public int getNextQuestion() {
        return nextQuestion;
    }

    public @Nullable Double getStability() {
        return stability;
    }

    public @Nullable Double getDifficulty() {
        return difficulty;
    }

    public Phase getPhase() {
        return phase;
    }

    public int getLearningStep() {
        return learningStep;
    }
}

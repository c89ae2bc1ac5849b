package org.sourcewise.quizzes.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The answer for one question of an attempt, saved as it changes; marked at submission. */
@Entity
@Table(name = "response")
@IdClass(ResponseEntity.Key.class)
public class ResponseEntity extends InsertedDirectly<ResponseEntity.Key> {

    public record Key(@Nullable Long attemptId, @Nullable Integer position) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    private Long attemptId;
    @Id
    private Integer position;
    /** The answer's values as a JSON array of strings, in authored terms. */
    private @Nullable String answer;
    private boolean flagged;
    private @Nullable Double fraction;
    private @Nullable Double score;
    private boolean needsGrading;
    private Instant savedAt;
    /** How many times the answer was saved; a page that last saw another count is behind (V15). */
    private int answerVersion;
    /** A teacher's grade: the comment the student sees, the reason when it overrode a mark, who and when. */
    private @Nullable String graderComment;
    private @Nullable String overrideReason;
    private @Nullable Long gradedBy;
    private @Nullable Instant gradedAt;

    protected ResponseEntity() {
    }

    public ResponseEntity(Long attemptId, int position, Instant savedAt) {
        this.attemptId = attemptId;
        this.position = position;
        this.savedAt = savedAt;
    }

    @Override
    public Key getId() {
        return new Key(attemptId, position);
    }


    public void answer(String json, Instant at) {
        this.answer = json;
        this.savedAt = at;
        this.answerVersion++;
    }

    public int getAnswerVersion() {
        return answerVersion;
    }

    public void flag(boolean flagged, Instant at) {
        this.flagged = flagged;
        this.savedAt = at;
    }

    public void mark(@Nullable Double fraction, @Nullable Double score, boolean needsGrading) {
        this.fraction = fraction;
        this.score = score;
        this.needsGrading = needsGrading;
    }

    /** A teacher's grade of this response: replaces the mark, and no longer waits for grading. */
    public void grade(double fraction, double score, @Nullable String comment, @Nullable String overrideReason, long by, Instant at) {
        this.fraction = fraction;
        this.score = score;
        this.needsGrading = false;
        this.graderComment = comment;
        this.overrideReason = overrideReason;
        this.gradedBy = by;
        this.gradedAt = at;
    }

    public @Nullable String getGraderComment() {
        return graderComment;
    }

    public @Nullable String getOverrideReason() {
        return overrideReason;
    }

    public @Nullable Long getGradedBy() {
        return gradedBy;
    }

    public @Nullable Instant getGradedAt() {
        return gradedAt;
    }

    public Long getAttemptId() {
        return attemptId;
    }

    public int getPosition() {
        return position;
    }

    public @Nullable String getAnswer() {
        return answer;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public boolean isFlagged() {
        return flagged;
    }

    public @Nullable Double getFraction() {
        return fraction;
    }

    public @Nullable Double getScore() {
        return score;
    }

    public boolean isNeedsGrading() {
        return needsGrading;
    }
}

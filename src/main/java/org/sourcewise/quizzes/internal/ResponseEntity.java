package org.sourcewise.quizzes.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** The answer for one question of an attempt, saved as it changes; marked at submission. */
@Entity
@Table(name = "response")
@IdClass(ResponseEntity.Key.class)
public class ResponseEntity {

    public record Key(Long attemptId, Integer position) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    private Long attemptId;
    @Id
    private Integer position;
    /** The answer's values as a JSON array of strings, in authored terms. */
    private String answer;
    private boolean flagged;
    private Double fraction;
    private Double score;
    private boolean needsGrading;
    private Instant savedAt;

    protected ResponseEntity() {
    }

    public ResponseEntity(Long attemptId, int position, Instant savedAt) {
        this.attemptId = attemptId;
        this.position = position;
        this.savedAt = savedAt;
    }

    public void answer(String json, Instant at) {
        this.answer = json;
        this.savedAt = at;
    }

    public void flag(boolean flagged, Instant at) {
        this.flagged = flagged;
        this.savedAt = at;
    }

    public void mark(Double fraction, Double score, boolean needsGrading) {
        this.fraction = fraction;
        this.score = score;
        this.needsGrading = needsGrading;
    }

    public Long getAttemptId() {
        return attemptId;
    }

    public int getPosition() {
        return position;
    }

    public String getAnswer() {
        return answer;
    }

    public boolean isFlagged() {
        return flagged;
    }

    public Double getFraction() {
        return fraction;
    }

    public Double getScore() {
        return score;
    }

    public boolean isNeedsGrading() {
        return needsGrading;
    }
}

package org.sourcewise.quizzes.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A question of an attempt, frozen at start: which version, at which position, options in which order. */
@Entity
@Table(name = "attempt_question")
@IdClass(AttemptQuestionEntity.Key.class)
public class AttemptQuestionEntity {

    public record Key(@Nullable Long attemptId, @Nullable Integer position) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    private Long attemptId;
    @Id
    private Integer position;
    private @Nullable Long slotId;
    private Long questionId;
    private Long questionVersionId;
    /** Authored option indexes in display order, comma-separated; null when shown as authored. */
    private @Nullable String optionOrder;
    private double points;

    protected AttemptQuestionEntity() {
    }

    public AttemptQuestionEntity(Long attemptId, int position, @Nullable Long slotId, Long questionId, Long questionVersionId,
                                 @Nullable List<Integer> optionOrder, double points) {
        this.attemptId = attemptId;
        this.position = position;
        this.slotId = slotId;
        this.questionId = questionId;
        this.questionVersionId = questionVersionId;
        this.optionOrder = optionOrder == null ? null : String.join(",", optionOrder.stream().map(String::valueOf).toList());
        this.points = points;
    }

    public Long getAttemptId() {
        return attemptId;
    }

    public int getPosition() {
        return position;
    }

    public @Nullable Long getSlotId() {
        return slotId;
    }

    public Long getQuestionId() {
        return questionId;
    }

    public Long getQuestionVersionId() {
        return questionVersionId;
    }

    public @Nullable List<Integer> optionOrder() {
        return optionOrder == null || optionOrder.isBlank() ? null
                : Arrays.stream(optionOrder.split(",")).map(Integer::valueOf).toList();
    }

    public double getPoints() {
        return points;
    }
}

package org.sourcewise.quizzes.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A fixed question, or "draw N" from a lesson, claim, tag or category. */
@Entity
@Table(name = "quiz_slot")
public class QuizSlotEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long quizId;
    private int position;
    private @Nullable Long questionId;
    private int drawCount;
    private @Nullable Long drawLessonId;
    private @Nullable Long drawClaimId;
    private @Nullable String drawTag;
    private @Nullable String drawCategory;
    private double points;

    protected QuizSlotEntity() {
    }

    public QuizSlotEntity(Long quizId, int position, @Nullable Long questionId, int drawCount, @Nullable Long drawLessonId,
                          @Nullable Long drawClaimId, @Nullable String drawTag, @Nullable String drawCategory, double points) {
        this.quizId = quizId;
        this.position = position;
        this.questionId = questionId;
        this.drawCount = drawCount;
        this.drawLessonId = drawLessonId;
        this.drawClaimId = drawClaimId;
        this.drawTag = drawTag;
        this.drawCategory = drawCategory;
        this.points = points;
    }

    public Long getId() {
        return id;
    }

    public Long getQuizId() {
        return quizId;
    }

    public int getPosition() {
        return position;
    }

    public @Nullable Long getQuestionId() {
        return questionId;
    }

    public int getDrawCount() {
        return drawCount;
    }

    public @Nullable Long getDrawLessonId() {
        return drawLessonId;
    }

    public @Nullable Long getDrawClaimId() {
        return drawClaimId;
    }

    public @Nullable String getDrawTag() {
        return drawTag;
    }

    public @Nullable String getDrawCategory() {
        return drawCategory;
    }

    public double getPoints() {
        return points;
    }

    /** The quiz builder's save: the slot keeps its id (attempts and statistics refer to it). */
    public void update(int position, @Nullable Long questionId, int drawCount, @Nullable Long drawLessonId,
                       @Nullable Long drawClaimId, @Nullable String drawTag, @Nullable String drawCategory, double points) {
        this.position = position;
        this.questionId = questionId;
        this.drawCount = drawCount;
        this.drawLessonId = drawLessonId;
        this.drawClaimId = drawClaimId;
        this.drawTag = drawTag;
        this.drawCategory = drawCategory;
        this.points = points;
    }

    /** Moves the slot out of the way of (quiz, position) uniqueness while slots are renumbered. */
    public void park(int temporaryPosition) {
        this.position = temporaryPosition;
    }
}

package org.sourcewise.quizzes.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A fixed question, or "draw N" from a lesson, claim, tag or category. */
@Entity
@Table(name = "quiz_slot")
public class QuizSlotEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long quizId;
    private int position;
    private Long questionId;
    private int drawCount;
    private Long drawLessonId;
    private Long drawClaimId;
    private String drawTag;
    private String drawCategory;
    private double points;

    protected QuizSlotEntity() {
    }

    public QuizSlotEntity(Long quizId, int position, Long questionId, int drawCount, Long drawLessonId, Long drawClaimId,
                          String drawTag, String drawCategory, double points) {
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

    public Long getQuestionId() {
        return questionId;
    }

    public int getDrawCount() {
        return drawCount;
    }

    public Long getDrawLessonId() {
        return drawLessonId;
    }

    public Long getDrawClaimId() {
        return drawClaimId;
    }

    public String getDrawTag() {
        return drawTag;
    }

    public String getDrawCategory() {
        return drawCategory;
    }

    public double getPoints() {
        return points;
    }

    /** The quiz builder's save: the slot keeps its id (attempts and statistics refer to it). */
    public void update(int position, Long questionId, int drawCount, Long drawLessonId, Long drawClaimId, String drawTag,
                       String drawCategory, double points) {
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

package org.sourcewise.quizzes.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.sourcewise.quizzes.ReviewPolicy;
import org.sourcewise.quizzes.rules.QuizRules;
import org.sourcewise.quizzes.scoring.GradingMethod;

@Entity
@Table(name = "quiz")
public class QuizEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long courseId;
    private String quizKey;
    private String title;
    private @Nullable String description;
    private @Nullable Integer timeLimitSeconds;
    private int attemptsAllowed;
    @Enumerated(EnumType.STRING)
    private GradingMethod gradingMethod;
    private @Nullable Instant openAt;
    private @Nullable Instant closeAt;
    private boolean shuffleQuestions;
    private boolean shuffleOptions;
    @Enumerated(EnumType.STRING)
    private ReviewPolicy reviewPolicy;
    private double passMark;
    @Version
    private long lockVersion;
    private @Nullable Long createdBy;

    protected QuizEntity() {
    }

    public QuizEntity(Long courseId, String quizKey, String title, @Nullable String description,
                      @Nullable Integer timeLimitSeconds, int attemptsAllowed, GradingMethod gradingMethod, @Nullable Instant openAt,
                      @Nullable Instant closeAt, boolean shuffleQuestions, boolean shuffleOptions, ReviewPolicy reviewPolicy,
                      double passMark) {
        this.courseId = courseId;
        this.quizKey = quizKey;
        update(title, description, timeLimitSeconds, attemptsAllowed, gradingMethod, openAt, closeAt, shuffleQuestions,
                shuffleOptions, reviewPolicy, passMark);
    }

    public Long getId() {
        return id;
    }

    public Long getCourseId() {
        return courseId;
    }

    public String getQuizKey() {
        return quizKey;
    }

    public String getTitle() {
        return title;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public @Nullable Integer getTimeLimitSeconds() {
        return timeLimitSeconds;
    }

    public int getAttemptsAllowed() {
        return attemptsAllowed;
    }

    public GradingMethod getGradingMethod() {
        return gradingMethod;
    }

    public @Nullable Instant getOpenAt() {
        return openAt;
    }

    public @Nullable Instant getCloseAt() {
        return closeAt;
    }

    public boolean isShuffleQuestions() {
        return shuffleQuestions;
    }

    public boolean isShuffleOptions() {
        return shuffleOptions;
    }

    public ReviewPolicy getReviewPolicy() {
        return reviewPolicy;
    }

    /** The settings that decide who may do what and when (plain Java, quizzes.rules). */
    public QuizRules rules() {
        return new QuizRules(gradingMethod, passMark, attemptsAllowed, openAt, closeAt, timeLimitSeconds);
    }

    public double getPassMark() {
        return passMark;
    }

    public long getLockVersion() {
        return lockVersion;
    }

    public @Nullable Long getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(@Nullable Long createdBy) {
        this.createdBy = createdBy;
    }

    /** The quiz builder's save: every setting at once; the key stays. */
    public final void update(String title, @Nullable String description, @Nullable Integer timeLimitSeconds, int attemptsAllowed,
                       GradingMethod gradingMethod, @Nullable Instant openAt, @Nullable Instant closeAt, boolean shuffleQuestions,
                       boolean shuffleOptions, ReviewPolicy reviewPolicy, double passMark) {
        this.title = title;
        this.description = description;
        this.timeLimitSeconds = timeLimitSeconds;
        this.attemptsAllowed = attemptsAllowed;
        this.gradingMethod = gradingMethod;
        this.openAt = openAt;
        this.closeAt = closeAt;
        this.shuffleQuestions = shuffleQuestions;
        this.shuffleOptions = shuffleOptions;
        this.reviewPolicy = reviewPolicy;
        this.passMark = passMark;
    }
}

package org.sourcewise.quizzes.internal;

import org.jspecify.annotations.Nullable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.sourcewise.quizzes.AttemptState;

/** One student's attempt at one quiz; its questions are frozen in {@link AttemptQuestionEntity}. */
@Entity
@Table(name = "attempt")
public class AttemptEntity {

    public enum SubmittedBy { STUDENT, EXPIRY }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long quizId;
    private Long studentId;
    /** The class through which the attempt was taken; null only for attempts older than that rule. */
    private @Nullable Long classId;
    private int attemptNumber;
    @Enumerated(EnumType.STRING)
    private AttemptState state;
    private Instant startedAt;
    private @Nullable Instant deadline;
    private @Nullable Instant submittedAt;
    @Enumerated(EnumType.STRING)
    private @Nullable SubmittedBy submittedBy;
    private @Nullable Double score;
    private double maxScore;
    private int currentPosition;
    /** 'Y' while in progress, null after: a unique key on (quiz, student, marker) allows one open attempt. */
    private @Nullable String openMarker;
    /** Why a teacher set the score by hand; null when the score is the sum of the questions' marks. */
    private @Nullable String overrideReason;
    /** Raised by every change to the marks, so that a stored copy of them ({@link AttemptMarksEntity}) can tell it is stale. */
    private int marksRevision;
    @Version
    private long lockVersion;

    protected AttemptEntity() {
    }

    public AttemptEntity(Long quizId, Long studentId, @Nullable Long classId, int attemptNumber, Instant startedAt,
                         @Nullable Instant deadline, double maxScore) {
        this.classId = classId;
        this.quizId = quizId;
        this.studentId = studentId;
        this.attemptNumber = attemptNumber;
        this.state = AttemptState.IN_PROGRESS;
        this.startedAt = startedAt;
        this.deadline = deadline;
        this.maxScore = maxScore;
        this.currentPosition = 1;
        this.openMarker = "Y";
    }

    /** Gives an open timed attempt minutes back (time lost to a fault); the expiry job reads the new deadline. */
    public void extendDeadline(java.time.Duration more) {
        if (deadline == null || state != org.sourcewise.quizzes.AttemptState.IN_PROGRESS) {
            throw new IllegalStateException("only an open timed attempt has a deadline to move");
        }
        deadline = deadline.plus(more);
    }

    public void submit(Instant at, SubmittedBy by, double score) {
        this.state = AttemptState.SUBMITTED;
        this.submittedAt = at;
        this.submittedBy = by;
        this.score = score;
        this.openMarker = null;
        this.marksRevision++;
    }

    /** A submitted attempt's new score: the questions' sum (reason null) or a teacher's override with its reason. */
    public void regrade(double score, @Nullable String overrideReason) {
        this.score = score;
        this.overrideReason = overrideReason;
        this.marksRevision++;
    }

    public int getMarksRevision() {
        return marksRevision;
    }

    public @Nullable String getOverrideReason() {
        return overrideReason;
    }

    public Long getId() {
        return id;
    }

    public @Nullable Long getClassId() {
        return classId;
    }

    public Long getQuizId() {
        return quizId;
    }

    public Long getStudentId() {
        return studentId;
    }

    public int getAttemptNumber() {
        return attemptNumber;
    }

    public AttemptState getState() {
        return state;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public @Nullable Instant getDeadline() {
        return deadline;
    }

    public @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    public @Nullable SubmittedBy getSubmittedBy() {
        return submittedBy;
    }

    public @Nullable Double getScore() {
        return score;
    }

    public double getMaxScore() {
        return maxScore;
    }

    public int getCurrentPosition() {
        return currentPosition;
    }
}

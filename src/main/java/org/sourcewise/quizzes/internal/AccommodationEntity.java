package org.sourcewise.quizzes.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.sourcewise.quizzes.rules.Accommodation;

/** One student's accommodation on one quiz, with who granted it and when. */
@Entity
@Table(name = "quiz_accommodation")
@IdClass(AccommodationEntity.Key.class)
public class AccommodationEntity {

    public record Key(@Nullable Long quizId, @Nullable Long studentId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "quiz_id")
    private Long quizId;
    @Id
    @Column(name = "student_id")
    private Long studentId;
    private int extraTimePercent;
    private int extraMinutes;
    private @Nullable Instant closeAt;
    private int extraAttempts;
    private Long grantedBy;
    private Instant grantedAt;

    protected AccommodationEntity() {
    }

    public AccommodationEntity(long quizId, long studentId, Accommodation accommodation, long grantedBy, Instant grantedAt) {
        this.quizId = quizId;
        this.studentId = studentId;
        this.extraTimePercent = accommodation.extraTimePercent();
        this.extraMinutes = accommodation.extraMinutes();
        this.closeAt = accommodation.closeAt();
        this.extraAttempts = accommodation.extraAttempts();
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    public Accommodation accommodation() {
        return new Accommodation(extraTimePercent, extraMinutes, closeAt, extraAttempts);
    }

    public long getQuizId() {
        return quizId;
    }

    public long getStudentId() {
        return studentId;
    }

    public long getGrantedBy() {
        return grantedBy;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }
}

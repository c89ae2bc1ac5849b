package org.sourcewise.classes.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "assignment")
public class AssignmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long classId;
    private Long quizId;
    private @Nullable Long lessonId;
    private @Nullable Instant dueAt;
    private Instant createdAt;

    protected AssignmentEntity() {
    }

    public AssignmentEntity(Long classId, Long quizId, @Nullable Long lessonId, @Nullable Instant dueAt, Instant createdAt) {
        this.classId = classId;
        this.quizId = quizId;
        this.lessonId = lessonId;
        this.dueAt = dueAt;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getClassId() {
        return classId;
    }

    public Long getQuizId() {
        return quizId;
    }

    public @Nullable Long getLessonId() {
        return lessonId;
    }

    public @Nullable Instant getDueAt() {
        return dueAt;
    }
}

package org.sourcewise.classes.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "assignment")
public class AssignmentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long classId;
    private Long quizId;
    private Long lessonId;
    private Instant dueAt;
    private Instant createdAt;

    protected AssignmentEntity() {
    }

    public AssignmentEntity(Long classId, Long quizId, Long lessonId, Instant dueAt, Instant createdAt) {
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

    public Long getLessonId() {
        return lessonId;
    }

    public Instant getDueAt() {
        return dueAt;
    }
}

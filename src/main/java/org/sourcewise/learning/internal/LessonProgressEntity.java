package org.sourcewise.learning.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** That a student opened a lesson (last time) and, once they say so, finished it. */
@Entity
@Table(name = "lesson_progress")
@IdClass(LessonProgressEntity.Key.class)
public class LessonProgressEntity {

    public record Key(@Nullable Long userId, @Nullable Long lessonId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    private Long userId;
    @Id
    private Long lessonId;
    private @Nullable Instant doneAt;
    private Instant lastOpenedAt;

    protected LessonProgressEntity() {
    }

    public LessonProgressEntity(Long userId, Long lessonId, Instant lastOpenedAt) {
        this.userId = userId;
        this.lessonId = lessonId;
        this.lastOpenedAt = lastOpenedAt;
    }

    public void opened(Instant now) {
        this.lastOpenedAt = now;
    }

    /** Marks the lesson done; a lesson already done keeps its first date. Returns true when it changed. */
    public boolean markDone(Instant now) {
        if (doneAt != null) {
            return false;
        }
        doneAt = now;
        return true;
    }

    public Long getUserId() {
        return userId;
    }

    public Long getLessonId() {
        return lessonId;
    }

    public @Nullable Instant getDoneAt() {
        return doneAt;
    }

    public Instant getLastOpenedAt() {
        return lastOpenedAt;
    }
}

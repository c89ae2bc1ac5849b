package org.sourcewise.content.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An instructor who may change a course's bank and quizzes; the creator is one of them. */
@Entity
@Table(name = "course_editor")
@IdClass(CourseEditorEntity.Key.class)
public class CourseEditorEntity {

    public record Key(@Nullable Long courseId, @Nullable Long userId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    private Long courseId;
    @Id
    private Long userId;
    private boolean creator;
    private Instant addedAt;

    protected CourseEditorEntity() {
    }

    public CourseEditorEntity(Long courseId, Long userId, boolean creator, Instant addedAt) {
        this.courseId = courseId;
        this.userId = userId;
        this.creator = creator;
        this.addedAt = addedAt;
    }

    public Long getCourseId() {
        return courseId;
    }

    public Long getUserId() {
        return userId;
    }

    public boolean isCreator() {
        return creator;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}

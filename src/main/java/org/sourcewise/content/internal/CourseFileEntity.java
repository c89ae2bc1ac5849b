package org.sourcewise.content.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A course file as imported, with its checksum, so a later change is noticed. */
@Entity
@Table(name = "course_file")
@IdClass(CourseFileEntity.Key.class)
public class CourseFileEntity {

    @Id
    @Column(name = "course_id")
    private Long courseId;
    @Id
    private String name;
    private String sha256;
    @Column(name = "imported_at")
    private Instant importedAt;

    public record Key(@Nullable Long courseId, @Nullable String name) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    protected CourseFileEntity() {
    }

    public CourseFileEntity(Long courseId, String name, String sha256, Instant importedAt) {
        this.courseId = courseId;
        this.name = name;
        this.sha256 = sha256;
        this.importedAt = importedAt;
    }

    public String getName() {
        return name;
    }

    public String getSha256() {
        return sha256;
    }
}

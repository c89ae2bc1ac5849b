package org.sourcewise.content.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.sourcewise.content.ClaimKind;

@Entity
@Table(name = "claim")
public class ClaimEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "course_id")
    private Long courseId;
    @Column(name = "claim_key")
    private String key;
    private int ordinal;
    private String statement;
    @Enumerated(EnumType.STRING)
    private ClaimKind kind;
    private int paragraph;
    @Column(name = "key_phrase")
    private String keyPhrase;
    @Column(name = "context_note")
    private @Nullable String contextNote;
    @Column(name = "lesson_id")
    private @Nullable Long lessonId;
    @Column(name = "lesson_position")
    private @Nullable Integer lessonPosition;

    protected ClaimEntity() {
    }

    public ClaimEntity(Long courseId, String key, int ordinal, String statement, ClaimKind kind, int paragraph,
                       String keyPhrase, @Nullable String contextNote) {
        this.courseId = courseId;
        this.key = key;
        this.ordinal = ordinal;
        this.statement = statement;
        this.kind = kind;
        this.paragraph = paragraph;
        this.keyPhrase = keyPhrase;
        this.contextNote = contextNote;
    }

    public void placeIn(Long lessonId, int position) {
        this.lessonId = lessonId;
        this.lessonPosition = position;
    }

    public Long getId() {
        return id;
    }

    public Long getCourseId() {
        return courseId;
    }

    public String getKey() {
        return key;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public String getStatement() {
        return statement;
    }

    public ClaimKind getKind() {
        return kind;
    }

    public int getParagraph() {
        return paragraph;
    }

    public String getKeyPhrase() {
        return keyPhrase;
    }

    public @Nullable String getContextNote() {
        return contextNote;
    }

    public @Nullable Long getLessonId() {
        return lessonId;
    }

    public @Nullable Integer getLessonPosition() {
        return lessonPosition;
    }
}

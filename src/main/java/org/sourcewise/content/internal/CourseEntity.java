package org.sourcewise.content.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "course")
public class CourseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String slug;
    private String title;
    private String summary;
    @Column(name = "created_at")
    private Instant createdAt;
    /** The language of the course's text, a BCP 47 tag (en, de, pt-BR): its lessons, questions and source. */
    @Column(nullable = false, length = 35)
    private String language = "en";

    protected CourseEntity() {
    }

    public CourseEntity(String slug, String title, String summary, Instant createdAt) {
        this.slug = slug;
        this.title = title;
        this.summary = summary;
        this.createdAt = createdAt;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }
}

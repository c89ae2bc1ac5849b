package org.sourcewise.content.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "source")
public class SourceEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "course_id")
    private Long courseId;
    private String title;
    private @Nullable String author;
    private @Nullable String publication;
    @Column(name = "published_on")
    private @Nullable LocalDate publishedOn;
    private @Nullable String url;
    @Column(name = "paragraph_count")
    private int paragraphCount;

    protected SourceEntity() {
    }

    public SourceEntity(Long courseId, String title, @Nullable String author, @Nullable String publication, @Nullable LocalDate publishedOn,
                        @Nullable String url, int paragraphCount) {
        this.courseId = courseId;
        this.title = title;
        this.author = author;
        this.publication = publication;
        this.publishedOn = publishedOn;
        this.url = url;
        this.paragraphCount = paragraphCount;
    }

    public Long getId() {
        return id;
    }

    public Long getCourseId() {
        return courseId;
    }

    public String getTitle() {
        return title;
    }

    public @Nullable String getAuthor() {
        return author;
    }

    public @Nullable String getPublication() {
        return publication;
    }

    public @Nullable LocalDate getPublishedOn() {
        return publishedOn;
    }

    public @Nullable String getUrl() {
        return url;
    }

    public int getParagraphCount() {
        return paragraphCount;
    }
}

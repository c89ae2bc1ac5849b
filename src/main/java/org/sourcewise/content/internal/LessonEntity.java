package org.sourcewise.content.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "lesson")
public class LessonEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "course_id")
    private Long courseId;
    @Column(name = "lesson_key")
    private String key;
    private int ordinal;
    private String title;
    private String introduction;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lesson_term", joinColumns = @JoinColumn(name = "lesson_id"))
    @OrderColumn(name = "position")
    private List<Term> terms = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lesson_check", joinColumns = @JoinColumn(name = "lesson_id"))
    @OrderColumn(name = "position")
    @Column(name = "question_key")
    private List<String> checks = new ArrayList<>();

    @Embeddable
    public record Term(String term, String definition) {
    }

    protected LessonEntity() {
    }

    public LessonEntity(Long courseId, String key, int ordinal, String title, String introduction,
                        List<Term> terms, List<String> checks) {
        this.courseId = courseId;
        this.key = key;
        this.ordinal = ordinal;
        this.title = title;
        this.introduction = introduction;
        this.terms = new ArrayList<>(terms);
        this.checks = new ArrayList<>(checks);
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

    public String getTitle() {
        return title;
    }

    public String getIntroduction() {
        return introduction;
    }

    public List<Term> getTerms() {
        return terms;
    }

    public List<String> getChecks() {
        return checks;
    }
}

package org.sourcewise.questions.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sourcewise.questions.Difficulty;
import org.sourcewise.questions.QuestionStatus;

/** A bank entry: metadata that may change without a new version of the content. */
@Entity
@Table(name = "question")
public class QuestionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long courseId;
    private String questionKey;
    private @Nullable String title;
    private @Nullable String category;
    @Enumerated(EnumType.STRING)
    private Difficulty difficulty;
    @Enumerated(EnumType.STRING)
    private QuestionStatus status;
    private int currentVersion;
    @Version
    private long lockVersion;
    private Instant createdAt;
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "question_claim", joinColumns = @JoinColumn(name = "question_id"))
    @Column(name = "claim_id")
    private Set<Long> claimIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "question_tag", joinColumns = @JoinColumn(name = "question_id"))
    @Column(name = "tag")
    private Set<String> tags = new LinkedHashSet<>();

    protected QuestionEntity() {
    }

    public QuestionEntity(Long courseId, String questionKey, @Nullable String title, @Nullable String category, Difficulty difficulty,
                          QuestionStatus status, Set<Long> claimIds, Set<String> tags, Instant now) {
        this.courseId = courseId;
        this.questionKey = questionKey;
        this.title = title;
        this.category = category;
        this.difficulty = difficulty;
        this.status = status;
        this.currentVersion = 1;
        this.claimIds = new LinkedHashSet<>(claimIds);
        this.tags = new LinkedHashSet<>(tags);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Changes the metadata that needs no new version; claims and tags are replaced. */
    public void describe(@Nullable String title, @Nullable String category, Difficulty difficulty, QuestionStatus status,
                         Set<Long> claimIds,
                         Set<String> tags, Instant now) {
        this.title = title;
        this.category = category;
        this.difficulty = difficulty;
        this.status = status;
        this.claimIds.clear();
        this.claimIds.addAll(claimIds);
        this.tags.clear();
        this.tags.addAll(tags);
        this.updatedAt = now;
    }

    public void changeStatus(QuestionStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    /** Makes {@code version} the one quizzes draw from now on. */
    public void makeCurrent(int version, Instant now) {
        this.currentVersion = version;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getCourseId() {
        return courseId;
    }

    public String getQuestionKey() {
        return questionKey;
    }

    public @Nullable String getTitle() {
        return title;
    }

    public @Nullable String getCategory() {
        return category;
    }

    public Difficulty getDifficulty() {
        return difficulty;
    }

    public QuestionStatus getStatus() {
        return status;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    public long getLockVersion() {
        return lockVersion;
    }

    public Set<Long> getClaimIds() {
        return claimIds;
    }

    public Set<String> getTags() {
        return tags;
    }
}

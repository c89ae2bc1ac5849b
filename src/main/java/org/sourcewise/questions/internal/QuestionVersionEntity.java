package org.sourcewise.questions.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcewise.questions.Option;
import org.sourcewise.questions.QuestionContent;
import org.sourcewise.questions.QuestionType;

/** One immutable version of a question's content; attempts point at it. */
@Entity
@Table(name = "question_version")
public class QuestionVersionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long questionId;
    private int version;
    @Enumerated(EnumType.STRING)
    private QuestionType type;
    private String stem;
    private @Nullable String explanation;
    private @Nullable String generalFeedback;
    private Instant createdAt;
    private @Nullable Long createdBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "question_option", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<OptionRow> options = new ArrayList<>();

    @Embeddable
    public record OptionRow(@Nullable String text, @Nullable String matchText, @Nullable Double numValue,
                            @Nullable Double numTolerance, double weight, @Nullable String feedback, @Nullable Integer blank) {

        static OptionRow of(Option o) {
            return new OptionRow(o.text(), o.match(), o.value(), o.tolerance(), o.weight(), o.feedback(), o.blank());
        }

        Option toOption() {
            return new Option(text, matchText, numValue, numTolerance, weight, feedback, blank);
        }
    }

    protected QuestionVersionEntity() {
    }

    public QuestionVersionEntity(Long questionId, int version, QuestionContent content, Instant createdAt, @Nullable Long createdBy) {
        this.questionId = questionId;
        this.version = version;
        this.type = content.type();
        this.stem = content.stem();
        this.explanation = content.explanation();
        this.generalFeedback = content.generalFeedback();
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.options = new ArrayList<>(content.options().stream().map(OptionRow::of).toList());
    }

    public Long getId() {
        return id;
    }

    public Long getQuestionId() {
        return questionId;
    }

    public int getVersion() {
        return version;
    }

    public QuestionType getType() {
        return type;
    }

    public QuestionContent content() {
        return new QuestionContent(type, stem, options.stream().map(OptionRow::toOption).toList(), explanation, generalFeedback);
    }
}

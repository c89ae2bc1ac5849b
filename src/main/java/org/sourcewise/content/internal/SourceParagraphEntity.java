package org.sourcewise.content.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/** One body paragraph of an article imported at run time, numbered from 1. */
@Entity
@Table(name = "source_paragraph")
@IdClass(SourceParagraphEntity.Key.class)
public class SourceParagraphEntity {

    public record Key(@Nullable Long sourceId, @Nullable Integer number) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "source_id")
    private Long sourceId;
    @Id
    private Integer number;
    private String text;

    protected SourceParagraphEntity() {
    }

    public SourceParagraphEntity(Long sourceId, int number, String text) {
        this.sourceId = sourceId;
        this.number = number;
        this.text = text;
    }

    public Long getSourceId() {
        return sourceId;
    }

    public int getNumber() {
        return number;
    }

    public String getText() {
        return text;
    }
}

package org.sourcewise.quizzes.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A copy of a submitted attempt's marks in one row, valid while {@code revision} equals the attempt's
 * marks revision. New copies are inserted without a look-up first (they are written at every submit).
 */
@Entity
@Table(name = "attempt_marks")
public class AttemptMarksEntity extends InsertedDirectly<Long> {

    @Id
    private Long attemptId;
    private int revision;
    private String marks;

    protected AttemptMarksEntity() {
    }

    public AttemptMarksEntity(long attemptId, int revision, String marks) {
        this.attemptId = attemptId;
        this.revision = revision;
        this.marks = marks;
    }

    @Override
    public Long getId() {
        return attemptId;
    }

    public int getRevision() {
        return revision;
    }

    public String getMarks() {
        return marks;
    }
}

package org.sourcewise.quizzes;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a submitted attempt was graded by hand, for its review: the attempt's score and, when a
 * teacher overrode it, the reason; for each question the mark, whether it still waits for a teacher,
 * and the teacher's comment and override reason. Seen by the attempt's student and by its staff.
 * {@code student} is the student's name and username.
 */
public record AttemptGrades(long attemptId, String student, @Nullable Double score, double maxScore, @Nullable String overrideReason,
                            List<QuestionGrade> questions) {

    /** One question's grade; {@code score} is null while it waits for grading. */
    public record QuestionGrade(int position, boolean essay, double points, @Nullable Double score, boolean needsGrading,
                                @Nullable String comment, @Nullable String overrideReason, boolean gradedByTeacher) {
    }

    public @Nullable QuestionGrade question(int position) {
        return questions.stream().filter(q -> q.position() == position).findFirst().orElse(null);
    }
}

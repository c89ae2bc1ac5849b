package org.sourcewise.quizzes;

import java.util.List;

/**
 * How a submitted attempt was graded by hand, for its review: the attempt's score and, when a
 * teacher overrode it, the reason; for each question the mark, whether it still waits for a teacher,
 * and the teacher's comment and override reason. Seen by the attempt's student and by its staff.
 * {@code student} is the student's name and username.
 */
public record AttemptGrades(long attemptId, String student, Double score, double maxScore, String overrideReason, List<QuestionGrade> questions) {

    /** One question's grade; {@code score} is null while it waits for grading. */
    public record QuestionGrade(int position, boolean essay, double points, Double score, boolean needsGrading,
                                String comment, String overrideReason, boolean gradedByTeacher) {
    }

    public QuestionGrade question(int position) {
        return questions.stream().filter(q -> q.position() == position).findFirst().orElse(null);
    }
}

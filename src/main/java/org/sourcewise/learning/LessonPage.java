package org.sourcewise.learning;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sourcewise.content.LessonInfo;
import org.sourcewise.learning.fsrs.Mastery;

/**
 * A lesson as its page shows it to a student.
 *
 * @param lesson           the lesson's content: introduction, claims in teaching order, key terms
 * @param courseTitle      the course it belongs to
 * @param done             whether the student has marked it done
 * @param mastery          how well the student knows each of its claims, by claim id
 * @param checks           its check-yourself questions, student-safe, in the lesson's order
 * @param previousLessonId the lesson before it in the course, or null
 * @param nextLessonId     the lesson after it in the course, or null
 */
public record LessonPage(LessonInfo lesson, String courseTitle, boolean done, Map<Long, Mastery> mastery,
                         List<StudentQuestion> checks, @Nullable Long previousLessonId, @Nullable Long nextLessonId) {

    public LessonPage {
        mastery = Map.copyOf(mastery);
        checks = List.copyOf(checks);
    }
}

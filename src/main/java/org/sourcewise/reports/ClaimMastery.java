package org.sourcewise.reports;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sourcewise.content.ClaimInfo;

/**
 * How a class stands on one claim (docs/statistics.md, "Claim mastery").
 *
 * @param lessonId     the lesson that teaches the claim; null when none does
 * @param lessonTitle  its title; null when none
 * @param students     students in the class
 * @param mastered     students who have the claim mastered now (FSRS review state)
 * @param shaky        students who have seen it but not mastered it
 * @param notSeen      students who have never been reviewed on it
 * @param responses    marked answers of the class's students to the claim's questions in the class's quizzes
 * @param respondents  students with at least one such answer
 * @param quizPercent  the mean mark of those answers, percent of each question's maximum; null when none
 * @param questions    the claim's published bank questions
 */
public record ClaimMastery(ClaimInfo claim, @Nullable Long lessonId, @Nullable String lessonTitle, int students, int mastered,
                           int shaky, int notSeen, int responses, int respondents, @Nullable Double quizPercent,
                           List<ClaimQuestion> questions) {

    /** Lowest mastered share first; then the lowest quiz mark (claims without answers after); then course order. */
    public static final Comparator<ClaimMastery> WEAKEST_FIRST = Comparator.comparingDouble(ClaimMastery::masteredPercent)
            .thenComparing(ClaimMastery::quizPercent, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(c -> c.claim().ordinal());

    public ClaimMastery {
        questions = List.copyOf(questions);
    }

    /** Share of the class's students with the claim mastered, 0..100; 0 for a class without students. */
    public double masteredPercent() {
        return students == 0 ? 0 : 100.0 * mastered / students;
    }

    public Optional<Double> quiz() {
        return Optional.ofNullable(quizPercent);
    }
}

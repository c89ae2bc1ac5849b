package org.sourcewise.quizzes;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcewise.content.ClaimInfo;
import org.sourcewise.questions.QuestionType;

/**
 * A submitted attempt as its review policy lets the student see it: always the score and pass/fail;
 * the questions with answers, key, feedback and explanation only when {@code detailsShown}.
 */
public record AttemptReview(AttemptSummary attempt, QuizInfo quiz, boolean passed, boolean detailsShown,
                            @Nullable String whyHidden, List<Item> items) {

    /** One question as the student answered it, with the version they saw. */
    public record Item(int position, QuestionType type, String stem, double points, @Nullable Double score, @Nullable Double fraction,
                       boolean answered, @Nullable String yourAnswer, @Nullable String correctAnswer, List<String> feedback,
                       @Nullable String explanation, @Nullable String generalFeedback, List<ClaimInfo> claims) {
    }
}

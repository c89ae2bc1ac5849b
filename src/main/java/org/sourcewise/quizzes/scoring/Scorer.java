package org.sourcewise.quizzes.scoring;

import java.util.Objects;
import org.sourcewise.questions.QuestionContent;

/**
 * Marks one response to one question, the way Moodle does: weights give credit, credit is clamped to
 * 0..1, and part-by-part types earn a share per part. The rules, with formulas and worked examples, are
 * in {@code docs/scoring.md}.
 *
 * <p>Scoring never throws for a bad answer: an empty answer, an index out of range, text where a number
 * belongs or the wrong number of values all score 0. Options are always read in authored order.
 */
public final class Scorer {

    /** Scores {@code answer} (null counts as empty) against {@code question}. */
    public Score score(QuestionContent question, Answer answer) {
        Objects.requireNonNull(question, "question");
        Answer a = answer == null ? Answer.empty() : answer;
        if (question.type() == null || a.isEmpty()) {
            // an unanswered essay has nothing for a teacher to read, so it does not wait for grading
            return Score.zero();
        }
        var options = question.options();
        return switch (question.type()) {
            case SINGLE_CHOICE -> ChoiceScoring.single(options, a);
            case MULTIPLE_RESPONSE -> ChoiceScoring.multiple(options, a);
            case TRUE_FALSE -> ChoiceScoring.trueFalse(options, a);
            case SHORT_ANSWER -> TextScoring.shortAnswer(options, a);
            case NUMERIC -> NumericScoring.score(options, a);
            case MATCHING -> MatchingScoring.score(options, a);
            case ORDERING -> OrderingScoring.score(options, a);
            case CLOZE -> TextScoring.cloze(options, question.blankCount(), a);
            case ESSAY -> Score.awaitingGrading();
        };
    }
}

package org.sourcewise.quizzes;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcewise.questions.QuestionType;

/**
 * A question as the browser may see it while an attempt is open: no weights, no feedback, no
 * explanation, options in the attempt's frozen display order. Ordering items come shuffled and
 * matching's right-hand side is shuffled, so neither order gives the key away.
 *
 * @param choices      SINGLE_CHOICE, MULTIPLE_RESPONSE, TRUE_FALSE: option texts in display order
 * @param matchLefts   MATCHING: the items to match, in authored order
 * @param matchRights  MATCHING: the choices for every item, shuffled
 * @param items        ORDERING: the items in their initial (shuffled) order
 * @param blankChoices CLOZE: per blank, the choices (sorted) or null for a typed blank
 */
public record StudentQuestion(int position, QuestionType type, String stem, double points, @Nullable List<String> choices,
                              @Nullable List<String> matchLefts, @Nullable List<String> matchRights, @Nullable List<String> items,
                              @Nullable List<@Nullable List<String>> blankChoices) {
}

package org.sourcewise.questions;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a student is asked and how it is marked: one version of a question, without its bank
 * metadata (claims, category, tags, status), which may change without making a new version.
 *
 * <p>How each type reads {@link #options()}:
 * <ul>
 *   <li>SINGLE_CHOICE, MULTIPLE_RESPONSE: the choices, in authored order, each with a weight
 *       (single choice: at least one with weight 1, and any of them is right, as in Moodle; multiple response: the positive weights add up to 1,
 *       wrong picks may carry negative weights) and feedback.</li>
 *   <li>TRUE_FALSE: two options, "True" then "False"; the correct one has weight 1.</li>
 *   <li>SHORT_ANSWER: the accepted answers, each with its credit.</li>
 *   <li>NUMERIC: accepted values with tolerance, each with its credit.</li>
 *   <li>MATCHING: pairs (text, match); an option with a match and no text is a distractor on the right.</li>
 *   <li>ORDERING: the items in their correct order.</li>
 *   <li>CLOZE: answers per blank ({@code blank} 1..n); the stem marks blank n as {@code {n}}. A blank
 *       that lists a wrong answer (weight 0) is offered as a choice of its listed answers.</li>
 *   <li>ESSAY: none; graded by hand.</li>
 * </ul>
 *
 * @param stem            the question, Markdown
 * @param explanation     why the key is right, shown after submission
 * @param generalFeedback shown to everyone after submission, optional
 */
public record QuestionContent(QuestionType type, String stem, List<Option> options, @Nullable String explanation,
                              @Nullable String generalFeedback) {

    /** No options (null) is an empty list. */
    public QuestionContent(QuestionType type, String stem, @Nullable List<Option> options, @Nullable String explanation,
                           @Nullable String generalFeedback) {
        this.type = type;
        this.stem = stem;
        this.options = options == null ? List.of() : List.copyOf(options);
        this.explanation = explanation;
        this.generalFeedback = generalFeedback;
    }

    /** The number of blanks a CLOZE stem has: the highest blank any answer belongs to. */
    public int blankCount() {
        return options.stream().map(Option::blank).filter(b -> b != null).mapToInt(Integer::intValue).max().orElse(0);
    }
}

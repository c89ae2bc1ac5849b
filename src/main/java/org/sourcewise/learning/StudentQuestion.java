package org.sourcewise.learning;

import java.util.List;
import org.sourcewise.questions.QuestionType;

/**
 * A question as a student may see it before answering: what to read and what to pick from, and
 * nothing that gives the answer away (no weights, no feedback, no explanation). Choices are listed in
 * display order; answers refer to them by that order ({@link StudentAnswer}) and the server maps them
 * back to the authored order before marking.
 *
 * @param questionId the bank question
 * @param key        the question's key within its course
 * @param type       how to ask it
 * @param stem       the question, Markdown (for CLOZE, blank n is written {@code {n}})
 * @param choices    SINGLE_CHOICE, MULTIPLE_RESPONSE, TRUE_FALSE: the options; ORDERING: the items in the
 *                   order first shown (never already in the right order); MATCHING: the right-hand texts to
 *                   choose from, distractors included; empty for the other types
 * @param prompts    MATCHING: the left-hand items, each needing one choice; empty otherwise
 * @param blanks     CLOZE: one entry per blank, in blank order; empty otherwise
 */
public record StudentQuestion(long questionId, String key, QuestionType type, String stem, List<String> choices,
                              List<String> prompts, List<Blank> blanks) {

    public StudentQuestion {
        choices = List.copyOf(choices);
        prompts = List.copyOf(prompts);
        blanks = List.copyOf(blanks);
    }

    /**
     * One gap of a cloze question.
     *
     * @param number  the blank's number in the stem, from 1
     * @param choices the texts to pick from, in display order; empty when the student types the answer
     */
    public record Blank(int number, List<String> choices) {
        public Blank {
            choices = List.copyOf(choices);
        }

        public boolean typed() {
            return choices.isEmpty();
        }
    }
}

package org.sourcewise.quizzes;

import org.jspecify.annotations.Nullable;
import org.sourcewise.questions.QuestionType;

/**
 * One question of a submitted attempt.
 *
 * @param slot        a position that means the same in every attempt at the quiz: the quiz's slots in
 *                    order, each "draw N" slot taking N consecutive numbers, from 1 (unlike
 *                    {@code position}, it does not depend on question shuffling)
 * @param position    where the attempt showed the question, from 1
 * @param questionId  the bank question
 * @param questionKey the question's key in its course bank
 * @param type        the question's type
 * @param maxMark     points available
 * @param mark        points earned; null while an essay awaits grading
 * @param answered    whether the student gave an answer
 * @param choice      for single choice, multiple response and true/false: options as authored; else null
 */
public record MarkedQuestion(int slot, int position, long questionId, String questionKey, QuestionType type, double maxMark,
                             @Nullable Double mark, boolean answered, @Nullable ChoiceMarks choice) {
}

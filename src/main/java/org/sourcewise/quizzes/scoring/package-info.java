/**
 * Marks a student's response to one question, grades a quiz from its attempts and checks that a
 * question can be marked at all.
 *
 * <p>Everything here is plain Java with no framework: {@link org.sourcewise.quizzes.scoring.Scorer}
 * turns a {@link org.sourcewise.questions.QuestionContent} and an
 * {@link org.sourcewise.quizzes.scoring.Answer} into a {@link org.sourcewise.quizzes.scoring.Score},
 * {@link org.sourcewise.quizzes.scoring.GradingMethod} combines attempt grades, and
 * {@link org.sourcewise.questions.QuestionValidator} lists what stops a question from being
 * marked fairly. The rules, with formulas and worked examples, are in {@code docs/scoring.md}.
 */
@NamedInterface("scoring")
@NullMarked
package org.sourcewise.quizzes.scoring;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

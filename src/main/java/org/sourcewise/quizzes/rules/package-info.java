/**
 * What a quiz and an attempt mean, in plain Java with no framework: the one place that decides a
 * student's grade on a quiz by its grading method (attempts waiting for a hand grade included, by one
 * rule), pass or fail, attempts left, whether the quiz is open, closed or overdue, and an attempt's
 * deadline with its grace. Every service, view, export and REST answer asks here.
 *
 * <p>{@link org.sourcewise.quizzes.rules.QuizRules} holds a quiz's settings and the rules that need
 * only them and the time; {@link org.sourcewise.quizzes.rules.Standing} is a student's standing on
 * one quiz from their attempts. docs/scoring.md ("Grades") explains them.
 */
@NamedInterface("rules")
@NullMarked
package org.sourcewise.quizzes.rules;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;

/**
 * Learning: what a student sees of their classes, lesson progress, claim mastery and spaced
 * practice ({@code fsrs}, plain Java). Uses accounts, base, classes, content, questions and quizzes; listens to quizzes' events.
 */
@ApplicationModule(allowedDependencies = {"accounts", "base", "base :: ui", "classes", "content", "content :: ui", "questions", "quizzes", "quizzes :: scoring", "quizzes :: rules", "browser", "browser :: ui"})
@NullMarked
package org.sourcewise.learning;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

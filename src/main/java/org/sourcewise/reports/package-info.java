/**
 * Reports: the admin console, gradebooks, quiz statistics ({@code statistics}, plain Java), charts
 * and exports. May depend on every other feature; none depends on it.
 */
@ApplicationModule(allowedDependencies = {"accounts", "base", "base :: ui", "classes", "content", "learning", "questions", "quizzes", "quizzes :: scoring", "quizzes :: rules", "browser :: ui", "operations"})
@NullMarked
package org.sourcewise.reports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

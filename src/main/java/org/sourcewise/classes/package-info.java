/**
 * Classes: a class has students, its instructors, a join code and assignments (a quiz or a lesson
 * with a due date). Students register with a join code here. Uses accounts, content and quizzes.
 */
@ApplicationModule(allowedDependencies = {"accounts", "base", "content", "quizzes", "quizzes :: rules", "browser", "browser :: ui"})
@NullMarked
package org.sourcewise.classes;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

/**
 * Quizzes: quizzes built from the bank (fixed questions and random draws), attempts that freeze
 * their questions at start, responses saved as they change, and marking ({@code scoring}, plain Java).
 * Uses accounts, audit, base, content and questions (checked by Modulith, ArchitectureTest); its rules
 * ({@code rules}) and marking ({@code scoring}) are named interfaces that learning and reports use.
 */
@ApplicationModule(allowedDependencies = {"accounts", "audit", "base", "base :: ui", "content", "content :: ui", "questions", "browser", "browser :: ui"})
@NullMarked
package org.sourcewise.quizzes;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;

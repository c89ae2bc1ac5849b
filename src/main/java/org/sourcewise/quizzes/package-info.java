/**
 * Quizzes: quizzes built from the bank (fixed questions and random draws), attempts that freeze
 * their questions at start, responses saved as they change, and marking ({@code scoring}, plain Java).
 * Depends on content and questions.
 */
package org.sourcewise.quizzes;

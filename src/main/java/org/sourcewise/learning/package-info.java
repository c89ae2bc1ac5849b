/**
 * Learning: what a student sees of their classes, lesson progress, claim mastery and spaced
 * practice ({@code fsrs}, plain Java). Depends on accounts, content, questions, quizzes and classes.
 */
package org.sourcewise.learning;

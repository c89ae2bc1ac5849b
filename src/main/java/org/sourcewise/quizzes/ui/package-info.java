/**
 * The quiz pages: the builder and preview for staff, the start page, taking an attempt (navigator,
 * countdown, answer inputs), hand grading and the review. Views call the quizzes services only.
 */
@NullMarked
package org.sourcewise.quizzes.ui;

import org.jspecify.annotations.NullMarked;

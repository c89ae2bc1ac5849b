package org.sourcewise.quizzes;

/** When a student may see the key, feedback and explanations of a submitted attempt. */
public enum ReviewPolicy { AFTER_SUBMIT, AFTER_CLOSE, NEVER }

package org.sourcewise.quizzes;

/** An attempt is open until the student submits it or its deadline passes. */
public enum AttemptState { IN_PROGRESS, SUBMITTED }

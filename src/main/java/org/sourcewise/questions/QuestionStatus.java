package org.sourcewise.questions;

/** Only PUBLISHED questions reach students; ARCHIVED ones stay for the attempts that used them. */
public enum QuestionStatus { DRAFT, PUBLISHED, ARCHIVED }

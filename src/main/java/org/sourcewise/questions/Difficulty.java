package org.sourcewise.questions;

/** How hard an instructor judges a question; statistics later show how hard it really was. */
public enum Difficulty { EASY, MEDIUM, HARD }

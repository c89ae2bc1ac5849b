package org.sourcewise.content;

/** A stretch of a source paragraph's text, marked when it is the key phrase of a claim. */
public record TextRun(String text, boolean marked) {
}

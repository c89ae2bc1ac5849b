package org.sourcewise.content;

/**
 * A claim as the instructor accepted it from the candidates, perhaps edited or merged.
 *
 * @param paragraph the body paragraph it comes from, from 1
 * @param keyPhrase at most 12 words copied from that paragraph
 * @param lesson    the lesson it goes into, from 1 (an index into the lesson titles)
 */
public record ClaimChoice(String statement, ClaimKind kind, int paragraph, String keyPhrase, int lesson) {
}

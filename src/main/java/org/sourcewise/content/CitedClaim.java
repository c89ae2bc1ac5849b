package org.sourcewise.content;

import org.jspecify.annotations.Nullable;

/**
 * A claim as the source page lists it under its paragraph: in our words, with the article's words that
 * locate it. No key: students never see those.
 *
 * @param lessonId the lesson that teaches it, or null when it is in none
 */
public record CitedClaim(String statement, ClaimKind kind, String keyPhrase, @Nullable Long lessonId) {
}

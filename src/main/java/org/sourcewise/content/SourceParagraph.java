package org.sourcewise.content;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One paragraph of a course's source.
 *
 * @param number      from 1, as citations count them
 * @param text        the paragraph's words, for an article whose text the course holds; null otherwise
 * @param claims      the course's claims taken from it, in the course's order
 * @param originalUrl the paragraph in the original article (by its key phrases, see {@link OriginalLinks});
 *                    null when the source has no web address
 */
public record SourceParagraph(int number, @Nullable String text, List<CitedClaim> claims, @Nullable String originalUrl) {

    public SourceParagraph {
        claims = List.copyOf(claims);
    }

    /** The text with its claims' key phrases marked; empty when the course does not hold the text. */
    public List<TextRun> runs() {
        return text == null ? List.of() : KeyPhrases.mark(text, claims.stream().map(CitedClaim::keyPhrase).toList());
    }
}

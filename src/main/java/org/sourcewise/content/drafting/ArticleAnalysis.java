package org.sourcewise.content.drafting;

import java.util.List;

/** An article's body paragraphs and the candidate claims found in them, best first. */
public record ArticleAnalysis(List<String> paragraphs, List<Candidate> candidates, int sentenceCount, int wordCount) {

    public ArticleAnalysis {
        paragraphs = List.copyOf(paragraphs);
        candidates = List.copyOf(candidates);
    }
}

package org.sourcewise.content.drafting;

import java.util.List;
import org.sourcewise.content.ClaimKind;

/**
 * One sentence proposed as a claim.
 *
 * @param rank      1 for the sentence that states most
 * @param paragraph the body paragraph it comes from, from 1
 * @param sentence  its place in that paragraph, from 1
 * @param text      the sentence as the article has it
 * @param score     how much it states (numbers, dates, names, cause, contrast...); see {@link #reasons()}
 * @param kind      the proposed kind
 * @param keyPhrase at most {@value ClaimProposer#KEY_PHRASE_WORDS} words of the sentence, verbatim, around its key fact
 * @param suggested true for the top candidates the instructor is offered ticked
 * @param reasons   what the score counted, in words ("2 numbers", "contrast", "cue: will")
 */
public record Candidate(int rank, int paragraph, int sentence, String text, int score, ClaimKind kind, String keyPhrase,
                        boolean suggested, List<Mention> mentions, List<String> reasons) {

    public Candidate {
        mentions = List.copyOf(mentions);
        reasons = List.copyOf(reasons);
    }
}

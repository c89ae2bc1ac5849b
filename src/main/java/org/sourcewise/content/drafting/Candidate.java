package org.sourcewise.content.drafting;

import java.util.List;
import org.jspecify.annotations.Nullable;
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
 * @param keyPhrase 3 to {@value ClaimProposer#KEY_PHRASE_WORDS} words of the sentence, verbatim, around its key fact
 * @param suggested true for the top candidates the instructor is offered ticked; never one that needs context
 * @param reasons   what the score counted, in words ("2 numbers", "contrast", "cue: will")
 * @param statement the proposed claim: the sentence, with a sentence-initial pronoun replaced by the subject
 *                  of the sentence before when that is safe ("It will publish" becomes "The Agency will publish")
 * @param context   when the sentence cannot stand alone (it starts with "These", "They"... that could not be
 *                  resolved safely), the sentence before it, for the instructor to read; else null
 */
public record Candidate(int rank, int paragraph, int sentence, String text, int score, ClaimKind kind, String keyPhrase,
                        boolean suggested, List<Mention> mentions, List<String> reasons, String statement,
                        @Nullable String context) {

    public Candidate {
        mentions = List.copyOf(mentions);
        reasons = List.copyOf(reasons);
    }

    public Candidate(int rank, int paragraph, int sentence, String text, int score, ClaimKind kind, String keyPhrase,
                     boolean suggested, List<Mention> mentions, List<String> reasons) {
        this(rank, paragraph, sentence, text, score, kind, keyPhrase, suggested, mentions, reasons, text, null);
    }

    /** Whether a student could not learn this sentence alone, without the one before. */
    public boolean needsContext() {
        return context != null;
    }
}

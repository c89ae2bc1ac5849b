package org.sourcewise.content.drafting;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A question drafted from one claim, before the question bank takes it (as DRAFT).
 *
 * @param key         unique within the course, e.g. {@code c03-cloze}
 * @param claimKey    the claim it tests
 * @param stem        the question; a CLOZE stem marks its one blank as {@code {1}}
 * @param options     choices (TRUE_FALSE: True then False; SINGLE_CHOICE: one correct) or, for CLOZE,
 *                    the accepted answers of the blank (all correct)
 * @param explanation where the answer comes from
 * @param category    where the bank files it (the lesson's title)
 */
public record DraftQuestion(String key, String claimKey, Type type, String stem, List<Choice> options,
                            String explanation, String category) {

    public enum Type { CLOZE, TRUE_FALSE, SINGLE_CHOICE }

    public record Choice(String text, boolean correct, @Nullable String feedback) {
    }

    public DraftQuestion {
        options = List.copyOf(options);
    }
}

package org.sourcewise.content;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.sourcewise.content.drafting.ArticleFormat;

/**
 * An article as an instructor hands it in: its reference and its text.
 *
 * @param format how {@code text} is written; null to guess from the text
 */
public record ArticleInput(String title, String author, String publication, @Nullable LocalDate date, String url, String text,
                           @Nullable ArticleFormat format) {

    public ArticleFormat formatOrGuess() {
        return format != null ? format : ArticleFormat.guess(text);
    }
}

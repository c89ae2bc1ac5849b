package org.sourcewise.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleTextTest {

    private static final String ARTICLE = """
            Image Credit: [Wikimedia](#)

            A Headline

            By **A. Writer**
            January 1, 2020

            First paragraph with **bold** and a [link](#).

            Enjoying this article? [Subscribe](#)

            A Section Heading

            Second paragraph, "quoted."

            *A. Writer is a reporter.*
            """;

    @Test
    void body_paragraphs_start_after_the_byline_and_skip_headings_promotions_and_the_biography() {
        assertThat(ArticleText.bodyParagraphs(ARTICLE))
                .containsExactly("First paragraph with bold and a link.", "Second paragraph, \"quoted.\"");
    }

    @Test
    void plain_text_drops_emphasis_and_keeps_link_text() {
        assertThat(ArticleText.plain("the **top** of [the list](http://x) \\$5")).isEqualTo("the top of the list $5");
    }
}

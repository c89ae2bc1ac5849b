package org.sourcewise.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    @Test
    void raw_html_is_escaped_and_script_links_are_dropped() {
        String html = MarkdownText.toHtml("<script>alert(1)</script>\n\nA [link](javascript:alert%281%29) and **bold**");

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;")
                .contains(">link</a>").doesNotContain("javascript:").contains("<strong>bold</strong>");
    }

    @Test
    void a_text_renders_the_same_the_second_time_when_it_comes_from_the_cache() {
        String stem = "Which *treaty* did the article cite, question " + System.nanoTime() + "?";

        String first = MarkdownText.toHtml(stem);

        assertThat(MarkdownText.toHtml(stem)).isEqualTo(first).contains("<em>treaty</em>");
    }

    @Test
    void long_texts_render_in_full_without_being_kept() {
        String lesson = "Paragraph *one*.\n\n" + "word ".repeat(2_000);

        assertThat(MarkdownText.toHtml(lesson)).startsWith("<p>Paragraph <em>one</em>.</p>").contains("word word");
    }
}

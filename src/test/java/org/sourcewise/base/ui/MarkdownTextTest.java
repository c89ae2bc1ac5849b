package org.sourcewise.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    @Test
    void an_option_shows_the_inline_formatting_of_stems_without_a_paragraph_and_still_escaped() {
        assertThat(MarkdownText.inline("**ok** and `code`", "  ✓").getElement().getOuterHTML())
                .isEqualTo("<span class=\"md-inline\"><strong>ok</strong> and <code>code</code> ✓</span>");
        assertThat(MarkdownText.inline("<b>raw</b> <script>x</script>", "").getElement().getOuterHTML())
                .doesNotContain("<b>", "<script>").contains("&lt;b&gt;raw&lt;/b&gt;");
    }

    @Test
    void raw_html_is_escaped_and_script_links_are_dropped() {
        String html = MarkdownText.toHtml("<script>alert(1)</script>\n\nA [link](javascript:alert%281%29) and **bold**");

        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;")
                .contains("A link and").doesNotContain("<a").doesNotContain("javascript:").contains("<strong>bold</strong>");
    }

    @Test
    void data_links_become_plain_text_while_web_and_mail_links_stay() {
        String html = MarkdownText.toHtml("[a](data:text/html;base64,PHNjcmlwdD4=) [b](https://example.org/x) [c](mailto:t@example.org)"
                + " [d](/lesson/3)");

        assertThat(html).doesNotContain("data:").contains("<p>a <a")
                .contains("href=\"https://example.org/x\"").contains("href=\"mailto:t@example.org\"").contains("href=\"/lesson/3\"");
    }

    @Test
    void images_come_only_from_the_app_or_an_allowed_host_and_others_show_their_description() {
        MarkdownText.allowImagesFrom(java.util.List.of("images.school.example"));
        try {
            String html = MarkdownText.toHtml("![map](https://tracker.example/p.gif?u=1) ![chart](images/chart.png)"
                    + " ![logo](https://images.school.example/logo.png) ![x](//tracker.example/y.gif) ![d](data:image/png;base64,AAAA)");

            assertThat(html).doesNotContain("tracker.example").doesNotContain("data:")
                    .contains("[image: map (not shown: from a site that is not allowed)]")
                    .contains("<img src=\"images/chart.png\" alt=\"chart\"")
                    .contains("<img src=\"https://images.school.example/logo.png\"");
        } finally {
            MarkdownText.allowImagesFrom(java.util.List.of());
        }
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

package org.sourcewise.questions.formats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The HTML Moodle exports in GIFT [html] texts, converted to Markdown. */
class HtmlToMarkdownTest {

    private static String md(String html) {
        return HtmlToMarkdown.convert(html).markdown();
    }

    @Test
    void paragraphs_and_line_breaks_become_markdown_paragraphs_and_hard_breaks() {
        assertThat(md("<p>One\n  two.</p><p>Three<br>four<br/></p>")).isEqualTo("One two.\n\nThree\\\nfour");
    }

    @Test
    void emphasis_code_and_links_keep_their_meaning() {
        assertThat(md("<strong>bold</strong>, <em>it</em>, <code>a*b</code>, <a href='https://x.org/a_b'>x</a>"))
                .isEqualTo("**bold**, *it*, `a*b`, [x](https://x.org/a_b)");
    }

    @Test
    void lists_headings_and_preformatted_blocks_become_their_markdown_forms() {
        assertThat(md("<h2>Title</h2><ul><li>a</li><li>b<ol><li>c</li><li>d</li></ol></li></ul>"))
                .isEqualTo("## Title\n\n- a\n- b\n   1. c\n   2. d");
        assertThat(md("<pre>x  =  1\n  y</pre>")).isEqualTo("```\nx  =  1\n  y\n```");
    }

    @Test
    void entities_are_decoded_and_markdown_characters_in_text_are_escaped() {
        assertThat(md("2 &lt; 3 &amp;&amp; 4 &gt; 1 &#x1F600; &#233; &hellip; 2*3_4 [x]"))
                .isEqualTo("2 \\< 3 && 4 \\> 1 😀 é … 2\\*3\\_4 \\[x\\]");
        assertThat(md("&amp;lt;")).isEqualTo("\\&lt;");
    }

    @Test
    void unknown_tags_are_dropped_and_named_and_images_are_flagged() {
        HtmlToMarkdown.Result r = HtmlToMarkdown.convert("<span style='x'>a</span> <font>b</font><img src='p.png'>");

        assertThat(r.markdown()).isEqualTo("a b");
        assertThat(r.droppedTags()).containsExactly("font", "span");
        assertThat(r.hasImage()).isTrue();
        assertThat(HtmlToMarkdown.convert("<p>plain</p>").hasImage()).isFalse();
    }

    @Test
    void a_link_without_an_address_keeps_its_text_and_is_named_as_dropped() {
        HtmlToMarkdown.Result r = HtmlToMarkdown.convert("<p>see <a name=\"n\">here</a> and <a href=\"u\">there</a></p>");
        assertThat(r.markdown()).isEqualTo("see here and [there](u)");
        assertThat(r.droppedTags()).containsExactly("a");
    }

    @Test
    void misnested_and_unclosed_tags_are_read_as_a_browser_reads_them() {
        // a browser ends the first link where the second starts, and closes what was left open
        assertThat(md("<a href=\"u\">out<a href=\"v\">in</a> more</a>")).isEqualTo("[out](u)[in](v) more");
        assertThat(md("<p>one<p>two<ul><li>a<li>b</ul>")).isEqualTo("one\n\ntwo\n\n- a\n- b");
    }
}

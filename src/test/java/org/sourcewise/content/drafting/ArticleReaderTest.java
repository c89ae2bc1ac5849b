package org.sourcewise.content.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleReaderTest {

    @Test
    void plain_text_paragraphs_are_blank_line_blocks_without_the_heading_and_byline() {
        List<String> paragraphs = ArticleReader.read(Articles.text(Articles.TRAM), ArticleFormat.TEXT).paragraphs();

        assertThat(paragraphs).hasSize(6);
        assertThat(paragraphs.getFirst()).startsWith("Eleven years after its last run").endsWith("in 14 minutes.");
        assertThat(paragraphs).noneMatch(p -> p.contains("Ines Marwick") || p.equals("The Harbour Tram Returns"));
    }

    @Test
    void line_breaks_inside_a_paragraph_become_single_spaces() {
        List<String> paragraphs = ArticleReader.read("First line of a sentence\n   that goes on here.\n\nSecond one is here too.",
                ArticleFormat.TEXT).paragraphs();

        assertThat(paragraphs).containsExactly("First line of a sentence that goes on here.", "Second one is here too.");
    }

    @Test
    void text_without_blank_lines_has_one_paragraph_per_line() {
        List<String> paragraphs = ArticleReader.read("One sentence here.\nAnother sentence there.\nA third one ends.",
                ArticleFormat.TEXT).paragraphs();

        assertThat(paragraphs).containsExactly("One sentence here.", "Another sentence there.", "A third one ends.");
    }

    @Test
    void markdown_loses_its_marks_heading_and_italic_note_but_keeps_link_text_and_list_items() {
        ArticleReader.Read read = ArticleReader.read(Articles.text(Articles.DAM), ArticleFormat.MARKDOWN);

        assertThat(read.title()).isEqualTo("A Dam on the Ossa");
        assertThat(read.paragraphs()).hasSize(6);
        assertThat(read.paragraphs().getFirst()).contains("completed in June 2019").doesNotContain("**");
        assertThat(read.paragraphs().get(1)).startsWith("Engineers from Brant & Lowe designed the dam.");
        assertThat(read.paragraphs()).contains("The regional government of Veltria owns 51% of the dam.");
        assertThat(read.paragraphs()).noneMatch(p -> p.contains("regional desk") || p.contains("example.org"));
    }

    @Test
    void html_is_cleaned_scripts_navigation_asides_footers_and_figures_go_and_the_article_alone_is_read() {
        ArticleReader.Read read = ArticleReader.read(Articles.text(Articles.CHESS), ArticleFormat.HTML);

        assertThat(read.title()).isEqualTo("Chess club doubles its members");
        assertThat(read.paragraphs()).hasSize(4);
        assertThat(read.paragraphs().getFirst()).startsWith("The Amberley Chess Club now has 212 members");
        assertThat(read.paragraphs().getLast()).isEqualTo("Quint believes the club will need a larger hall within two years.");
        assertThat(String.join(" ", read.paragraphs())).doesNotContain("alert", "track()", "Subscribe", "caption",
                "Bridge club", "Copyright", "color");
    }

    @Test
    void html_without_paragraph_tags_is_read_as_text() {
        List<String> paragraphs = ArticleReader.read("<html><body><div>The first block ends here.\n\nThe second block ends too.</div></body></html>",
                ArticleFormat.HTML).paragraphs();

        assertThat(paragraphs).containsExactly("The first block ends here.", "The second block ends too.");
    }

    @Test
    void the_format_is_guessed_from_the_text_and_known_from_the_file_name() {
        assertThat(ArticleFormat.guess(Articles.text(Articles.CHESS))).isEqualTo(ArticleFormat.HTML);
        assertThat(ArticleFormat.guess(Articles.text(Articles.DAM))).isEqualTo(ArticleFormat.MARKDOWN);
        assertThat(ArticleFormat.guess(Articles.text(Articles.TRAM))).isEqualTo(ArticleFormat.TEXT);
        assertThat(ArticleFormat.ofFileName("Story.HTM")).contains(ArticleFormat.HTML);
        assertThat(ArticleFormat.ofFileName("notes.md")).contains(ArticleFormat.MARKDOWN);
        assertThat(ArticleFormat.ofFileName("a.txt")).contains(ArticleFormat.TEXT);
        assertThat(ArticleFormat.ofFileName("a.pdf")).isEmpty();
    }

    @Test
    void a_byte_order_mark_and_windows_line_ends_change_nothing() {
        List<String> paragraphs = ArticleReader.read("\uFEFFOne paragraph ends here.\r\n\r\nAnother paragraph ends.",
                ArticleFormat.TEXT).paragraphs();

        assertThat(paragraphs).containsExactly("One paragraph ends here.", "Another paragraph ends.");
    }

    @Test
    void stray_tags_in_pasted_text_break_lines_and_paragraphs_or_go_and_images_go_with_their_alt_text() {
        String pasted = "The council spent $48 million on the line.<br/><br/>It opened on 4 March 2024 &amp; ran well."
                + " <img src=\"x.png\" alt=\"The tram at Calder Square in 2024\"> Riders <b>cheered</b> at the terminal.\n\n"
                + "<p>Shop owners complained about the works.</p><p>Sales fell by 30 percent.</p>";

        List<String> paragraphs = ArticleReader.read(pasted, ArticleFormat.TEXT).paragraphs();

        assertThat(paragraphs).containsExactly("The council spent $48 million on the line.",
                "It opened on 4 March 2024 & ran well. Riders cheered at the terminal.",
                "Shop owners complained about the works.", "Sales fell by 30 percent.");
        assertThat(ArticleReader.read("Riders **cheered** the new line today.<br>It runs every ten minutes.",
                ArticleFormat.MARKDOWN).paragraphs()).containsExactly("Riders cheered the new line today. It runs every ten minutes.");
    }

    @Test
    void markdown_and_html_tables_are_no_paragraphs() {
        String markdown = "| Year | Riders |\n|------|--------|\n| 2013 | 9,000 |\n| 2024 | 6,500 |\n\n"
                + "The tram carried 9,000 riders a day at its peak in the old days.\n";
        String plain = "Year | Riders\n--- | ---\n2013 | 9,000\n\nThe tram carried 9,000 riders a day at its peak in the old days.";
        String html = "<article><table><tr><td>Year</td><td>Riders</td></tr></table>"
                + "<p>The tram carried 9,000 riders a day at its peak in the old days.</p></article>";

        assertThat(ArticleReader.read(markdown, ArticleFormat.MARKDOWN).paragraphs())
                .containsExactly("The tram carried 9,000 riders a day at its peak in the old days.");
        assertThat(ArticleReader.read(plain, ArticleFormat.TEXT).paragraphs())
                .containsExactly("The tram carried 9,000 riders a day at its peak in the old days.");
        assertThat(ArticleReader.read(html, ArticleFormat.HTML).paragraphs())
                .containsExactly("The tram carried 9,000 riders a day at its peak in the old days.");
    }
}

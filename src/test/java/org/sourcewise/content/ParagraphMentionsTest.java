package org.sourcewise.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphMentionsTest {

    private static List<String> linked(String text) {
        return ParagraphMentions.find(text).stream().map(m -> text.substring(m.start(), m.end()) + "=" + m.paragraph()).toList();
    }

    @Test
    void a_paragraph_named_in_an_explanation_is_found_with_its_word() {
        assertThat(linked("KCNA listed Russia first (paragraph 1). Paragraph 3 says why.")).containsExactly("paragraph 1=1", "Paragraph 3=3");
    }

    @Test
    void several_paragraphs_named_together_are_each_found() {
        assertThat(linked("See paragraphs 14 and 15, and paragraphs 5-6.")).containsExactly("paragraphs 14=14", "15=15", "paragraphs 5=5", "6=6");
    }

    @Test
    void numbers_that_name_no_paragraph_are_left_alone() {
        assertThat(linked("In 2017, for the third year, 10,000 workers; a paragraph about it; paragraph 0.")).isEmpty();
    }
}

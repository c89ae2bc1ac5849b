package org.sourcewise.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyPhrasesTest {

    private static final String TEXT = "The council voted on Tuesday. Trams will run every  ten minutes\nfrom the harbour to the "
            + "station, the mayor’s office said.";

    @Test
    void a_key_phrase_is_marked_and_the_text_around_it_is_kept_as_it_is() {
        assertThat(KeyPhrases.mark(TEXT, List.of("voted on Tuesday"))).containsExactly(
                new TextRun("The council ", false), new TextRun("voted on Tuesday", true),
                new TextRun(TEXT.substring(TEXT.indexOf('.')), false));
    }

    @Test
    void line_breaks_doubled_spaces_case_and_curly_apostrophes_do_not_stop_a_match() {
        List<TextRun> runs = KeyPhrases.mark(TEXT, List.of("Every ten minutes from the harbour", "the Mayor's office"));
        assertThat(runs).filteredOn(TextRun::marked).extracting(TextRun::text)
                .containsExactly("every  ten minutes\nfrom the harbour", "the mayor’s office");
    }

    @Test
    void overlapping_phrases_make_one_mark() {
        List<TextRun> runs = KeyPhrases.mark(TEXT, List.of("Trams will run every", "run every  ten minutes"));
        assertThat(runs).filteredOn(TextRun::marked).extracting(TextRun::text).containsExactly("Trams will run every  ten minutes");
    }

    @Test
    void a_phrase_that_is_not_in_the_text_marks_nothing_and_the_text_is_whole() {
        List<TextRun> runs = KeyPhrases.mark(TEXT, List.of("no such words", " "));
        assertThat(runs).containsExactly(new TextRun(TEXT, false));
    }

    @Test
    void characters_that_mean_something_in_a_regular_expression_are_taken_literally() {
        String text = "Costs rose (by 10.5%) [again] to $3*2.";
        assertThat(KeyPhrases.mark(text, List.of("(by 10.5%) [again]", "$3*2"))).filteredOn(TextRun::marked)
                .extracting(TextRun::text).containsExactly("(by 10.5%) [again]", "$3*2");
    }
}

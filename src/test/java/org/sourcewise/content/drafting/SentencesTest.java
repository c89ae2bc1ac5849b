package org.sourcewise.content.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void a_paragraph_splits_at_full_stops_question_and_exclamation_marks() {
        assertThat(Sentences.split("The ferry left at noon. Was it late? Nobody knew!"))
                .containsExactly("The ferry left at noon.", "Was it late?", "Nobody knew!");
    }

    @Test
    void titles_and_initials_do_not_end_a_sentence() {
        assertThat(Sentences.split("Mr. Okafor met Dr. Lind in Oslo. J. R. Haldane was not there."))
                .containsExactly("Mr. Okafor met Dr. Lind in Oslo.", "J. R. Haldane was not there.");
    }

    @Test
    void decimals_abbreviated_countries_and_quotes_stay_inside_their_sentence() {
        assertThat(Sentences.split("Prices rose 3.5 percent in the U.S. last year. \u201cIt will pass,\u201d she said."))
                .containsExactly("Prices rose 3.5 percent in the U.S. last year.", "\u201cIt will pass,\u201d she said.");
    }

    @Test
    void a_paragraph_without_a_full_stop_is_one_sentence() {
        assertThat(Sentences.split("A line with no end mark")).containsExactly("A line with no end mark");
    }
}

package org.sourcewise.questions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private static String n(String s) {
        return TextNormalizer.normalize(s);
    }

    @Test
    void case_and_surrounding_and_repeated_spaces_are_ignored() {
        assertThat(n("  The   Korean\tWar ")).isEqualTo("the korean war");
    }

    @Test
    void accents_on_latin_letters_are_removed() {
        assertThat(n("Café Señor Ærø")).isEqualTo("cafe senor ærø");
        assertThat(n("Pyŏngyang")).isEqualTo("pyongyang");
    }

    @Test
    void sharp_s_meets_double_s_through_case_folding() {
        assertThat(n("Straße")).isEqualTo(n("STRASSE"));
    }

    @Test
    void cyrillic_letters_are_kept_and_lower_cased_with_accents_removed() {
        assertThat(n("МОСКВА")).isEqualTo("москва");
        assertThat(n("Ёлка")).isEqualTo("елка");
    }

    @Test
    void hangul_is_kept_and_composed_and_decomposed_forms_meet() {
        String composed = "평양";
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        assertThat(n(composed)).isEqualTo("평양");
        assertThat(n(decomposed)).isEqualTo("평양");
    }

    @Test
    void marks_that_are_part_of_japanese_spelling_are_kept() {
        assertThat(n("が")).isNotEqualTo(n("か"));
    }

    @Test
    void apostrophes_and_full_stops_vanish_while_other_punctuation_separates_words() {
        assertThat(n("Don’t")).isEqualTo("dont");
        assertThat(n("U.S.A.")).isEqualTo("usa");
        assertThat(n("Kim Jong-un, (leader)!")).isEqualTo("kim jong un leader");
    }

    @Test
    void digits_are_kept_and_a_decimal_comma_meets_a_decimal_point() {
        assertThat(n("G7 in 1945")).isEqualTo("g7 in 1945");
        assertThat(n("3,5")).isEqualTo(n("3.5"));
        assertThat(n("35")).isNotEqualTo(n("3.5"));
    }

    @Test
    void digits_of_other_scripts_become_ascii_digits() {
        assertThat(n("٣")).isEqualTo("3");
    }

    @Test
    void symbols_are_kept() {
        assertThat(n("C++")).isEqualTo("c++");
        assertThat(n("C")).isNotEqualTo(n("C++"));
    }

    @Test
    void full_width_letters_meet_their_plain_forms() {
        assertThat(n("ＫＣＮＡ")).isEqualTo("kcna");
    }

    @Test
    void null_and_punctuation_only_text_normalise_to_nothing() {
        assertThat(n(null)).isEmpty();
        assertThat(n(" ?! ")).isEmpty();
    }
}

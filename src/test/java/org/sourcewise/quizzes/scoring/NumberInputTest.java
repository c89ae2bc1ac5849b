package org.sourcewise.quizzes.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberInputTest {

    @ParameterizedTest(name = "\"{0}\" reads as {1}")
    @CsvSource(delimiter = '|', value = {
            "42|42",
            "  3.5 |3.5",
            "3,5|3.5",
            "0,500|0.5",
            "3,14159|3.14159",
            "1.000|1",
            "50,000|50000",
            "50 000|50000",
            "50\u00A0000|50000",
            "1'000'000|1000000",
            "1,000,000|1000000",
            "1.000.000|1000000",
            "1,234.5|1234.5",
            "1.234,5|1234.5",
            "-2.5|-2.5",
            "\u22122,5|-2.5",
            "+7|7",
            ".5|0.5",
            "1.5e3|1500",
            "2,5E-2|0.025",
    })
    void accepted_ways_of_writing_a_number_read_as_that_number(String text, double expected) {
        OptionalDouble parsed = NumberInput.parse(text);
        assertThat(parsed).hasValue(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is not a number")
    @ValueSource(strings = {"", "  ", "abc", "2.5 km", "50%", "1.2.3", "1,2,3", "1,234,5.6", "12,34.5",
            "1.234.5", "--3", ".", "NaN", "Infinity", "0x10", "1e999", "1e99999"})
    void anything_else_is_not_a_number(String text) {
        assertThat(NumberInput.parse(text)).isEmpty();
    }

    @Test
    void null_is_not_a_number() {
        assertThat(NumberInput.parse(null)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" can be {1} or {2}")
    @CsvSource(delimiter = '|', value = {
            "1,500|1500|1.5",
            "1.000|1|1000",
            "-12.250|-12.25|-12250",
            "999,999|999999|999.999"})
    void a_single_separator_before_three_digits_has_both_readings(String text, double first, double second) {
        assertThat(NumberInput.readings(text)).containsExactly(first, second);
    }

    @ParameterizedTest(name = "\"{0}\" has one reading")
    @ValueSource(strings = {"3,5", "3.14", "0,500", "1,234.5", "1.234,5", "50 000", "12,5000", "1,000,000", "2"})
    void every_other_number_has_one_reading(String text) {
        assertThat(NumberInput.readings(text)).containsExactly(NumberInput.parse(text).getAsDouble());
    }

    @Test
    void text_that_is_not_a_number_has_no_reading() {
        assertThat(NumberInput.readings("2.5 km")).isEmpty();
        assertThat(NumberInput.readings(null)).isEmpty();
    }
}

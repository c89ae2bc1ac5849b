package org.sourcewise.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcewise.questions.Questions.question;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class QuestionValidatorTest {

    private static List<String> problems(QuestionContent q) {
        return QuestionValidator.validate(q);
    }

    @Test
    void a_question_without_a_type_is_reported() {
        assertThat(problems(new QuestionContent(null, "Stem", List.of(), "", null)))
                .containsExactly("the question needs a type");
        assertThat(problems(null)).containsExactly("the question needs a type");
    }

    @Test
    void a_question_without_a_stem_is_reported() {
        assertThat(problems(question(QuestionType.ESSAY, "  "))).containsExactly("the question needs a stem");
    }

    @Nested
    class SingleChoice {

        @Test
        void a_sound_question_has_no_problems() {
            assertThat(problems(question(QuestionType.SINGLE_CHOICE,
                    Option.choice("a", 1, null), Option.choice("b", 0.5, null), Option.choice("c", 0, null))))
                    .isEmpty();
        }

        @Test
        void two_options_worth_full_marks_are_allowed_as_in_moodle() {
            assertThat(problems(question(QuestionType.SINGLE_CHOICE,
                    Option.choice("a", 1, null), Option.choice("b", 1, null), Option.choice("c", 0, null))))
                    .isEmpty();
        }

        @Test
        void no_correct_option_is_reported() {
            assertThat(problems(question(QuestionType.SINGLE_CHOICE,
                    Option.choice("a", 0.5, null), Option.choice("b", 0, null))))
                    .containsExactly("a single-choice question needs an option worth full marks");
        }

        @Test
        void a_single_option_is_reported() {
            assertThat(problems(question(QuestionType.SINGLE_CHOICE, Option.choice("a", 1, null))))
                    .containsExactly("a single-choice question needs at least two options");
        }

        @Test
        void a_negative_weight_is_reported() {
            assertThat(problems(question(QuestionType.SINGLE_CHOICE,
                    Option.choice("a", 1, null), Option.choice("b", -0.5, null))))
                    .containsExactly("a single-choice option cannot take marks away: give wrong options 0% or partial credit");
        }

        @Test
        void an_option_without_text_is_reported() {
            assertThat(problems(question(QuestionType.SINGLE_CHOICE,
                    Option.choice("a", 1, null), Option.choice(" ", 0, null))))
                    .containsExactly("every option needs a text");
        }
    }

    @Nested
    class MultipleResponse {

        @Test
        void weights_adding_up_to_one_with_negative_wrong_picks_have_no_problems() {
            assertThat(problems(question(QuestionType.MULTIPLE_RESPONSE,
                    Option.choice("a", 0.5, null), Option.choice("b", 0.5, null), Option.choice("c", -1, null))))
                    .isEmpty();
        }

        @Test
        void three_thirds_rounded_to_two_decimals_of_a_percent_are_accepted() {
            assertThat(problems(question(QuestionType.MULTIPLE_RESPONSE, Option.choice("a", 0.3333, null),
                    Option.choice("b", 0.3333, null), Option.choice("c", 0.3333, null)))).isEmpty();
        }

        @Test
        void correct_weights_that_do_not_add_up_to_one_are_reported() {
            assertThat(problems(question(QuestionType.MULTIPLE_RESPONSE,
                    Option.choice("a", 0.5, null), Option.choice("b", 0.4, null))))
                    .containsExactly("the weights of the correct options of a multiple-response question"
                            + " must add up to 100% (they add up to 90%)");
        }

        @Test
        void no_correct_option_is_reported() {
            assertThat(problems(question(QuestionType.MULTIPLE_RESPONSE,
                    Option.choice("a", 0, null), Option.choice("b", -0.5, null))))
                    .containsExactly("a multiple-response question needs at least one correct option");
        }

        @Test
        void a_single_option_is_reported() {
            assertThat(problems(question(QuestionType.MULTIPLE_RESPONSE, Option.choice("a", 1, null))))
                    .containsExactly("a multiple-response question needs at least two options");
        }
    }

    @Nested
    class TrueFalse {

        @Test
        void true_then_false_with_one_correct_has_no_problems() {
            assertThat(problems(Questions.trueFalse(false))).isEmpty();
        }

        @Test
        void options_other_than_true_and_false_are_reported() {
            assertThat(problems(question(QuestionType.TRUE_FALSE,
                    Option.choice("Yes", 1, null), Option.choice("No", 0, null))))
                    .containsExactly("the options of a true/false question must be True, then False");
        }

        @Test
        void both_options_correct_is_reported() {
            assertThat(problems(question(QuestionType.TRUE_FALSE,
                    Option.choice("True", 1, null), Option.choice("False", 1, null))))
                    .containsExactly("a true/false question needs exactly one correct option, worth full marks");
        }

        @Test
        void a_third_option_is_reported() {
            assertThat(problems(question(QuestionType.TRUE_FALSE, Option.choice("True", 1, null),
                    Option.choice("False", 0, null), Option.choice("Maybe", 0, null))))
                    .containsExactly("a true/false question needs exactly two options, True and False");
        }
    }

    @Nested
    class ShortAnswer {

        @Test
        void an_answer_worth_full_marks_has_no_problems() {
            assertThat(problems(question(QuestionType.SHORT_ANSWER,
                    Option.choice("Russia", 1, null), Option.choice("China", 0, null)))).isEmpty();
        }

        @Test
        void no_accepted_answer_is_reported() {
            assertThat(problems(question(QuestionType.SHORT_ANSWER)))
                    .containsExactly("a short-answer question needs at least one accepted answer");
        }

        @Test
        void no_answer_worth_full_marks_is_reported() {
            assertThat(problems(question(QuestionType.SHORT_ANSWER, Option.choice("Russia", 0.5, null))))
                    .containsExactly("a short-answer question needs at least one answer worth full marks");
        }

        @Test
        void an_answer_of_only_stars_is_reported_since_it_would_accept_anything_but_a_star_inside_is_fine() {
            assertThat(problems(question(QuestionType.SHORT_ANSWER,
                    Option.choice("Fro*", 1, null), Option.choice("**", 0, null))))
                    .containsExactly("the answer \"**\" would accept any response at all: list the answers you mean,"
                            + " with a star only inside one (such as Fro*)");
        }

        @Test
        void an_answer_of_only_punctuation_is_reported_as_unmatchable() {
            assertThat(problems(question(QuestionType.SHORT_ANSWER,
                    Option.choice("Russia", 1, null), Option.choice("?!", 0, null))))
                    .containsExactly("the answer \"?!\" is only punctuation, which marking ignores,"
                            + " so no student can match it");
        }
    }

    @Nested
    class Numeric {

        @Test
        void a_value_with_tolerance_has_no_problems() {
            assertThat(problems(question(QuestionType.NUMERIC, Option.number(2.5, 0.1, 1, null)))).isEmpty();
        }

        @Test
        void an_answer_without_a_value_is_reported() {
            assertThat(problems(question(QuestionType.NUMERIC,
                    Option.number(2.5, 0, 1, null), Option.choice("2.5", 0.5, null))))
                    .containsExactly("every answer of a numeric question needs a value");
        }

        @Test
        void a_negative_tolerance_is_reported() {
            assertThat(problems(question(QuestionType.NUMERIC, Option.number(2.5, -1, 1, null))))
                    .containsExactly("a numeric answer's tolerance cannot be negative");
        }

        @Test
        void an_infinite_or_nan_value_or_tolerance_is_reported() {
            String finite = "a numeric answer's value and tolerance must be finite numbers (not infinity or NaN)";
            assertThat(problems(question(QuestionType.NUMERIC, Option.number(Double.POSITIVE_INFINITY, 0, 1, null))))
                    .containsExactly(finite);
            assertThat(problems(question(QuestionType.NUMERIC, Option.number(1, Double.POSITIVE_INFINITY, 1, null))))
                    .containsExactly(finite);
            assertThat(problems(question(QuestionType.NUMERIC, Option.number(Double.NaN, 0, 1, null))))
                    .containsExactly(finite);
        }

        @Test
        void no_answer_worth_full_marks_is_reported() {
            assertThat(problems(question(QuestionType.NUMERIC, Option.number(2.5, 0, 0.5, null))))
                    .containsExactly("a numeric question needs at least one answer worth full marks");
        }

        @Test
        void no_accepted_answer_is_reported() {
            assertThat(problems(question(QuestionType.NUMERIC)))
                    .containsExactly("a numeric question needs at least one accepted answer");
        }
    }

    @Nested
    class Matching {

        @Test
        void two_pairs_and_a_distractor_have_no_problems() {
            assertThat(problems(question(QuestionType.MATCHING, Option.pair("Russia", "first"),
                    Option.pair("China", "second"), new Option(null, "third", null, null, 1, null, null))))
                    .isEmpty();
        }

        @Test
        void a_single_pair_is_reported() {
            assertThat(problems(question(QuestionType.MATCHING, Option.pair("Russia", "first"))))
                    .containsExactly("a matching question needs at least two pairs");
        }

        @Test
        void a_left_item_without_a_match_is_reported() {
            assertThat(problems(question(QuestionType.MATCHING, Option.pair("Russia", "first"),
                    Option.pair("China", "second"), Option.item("Cuba"))))
                    .containsExactly("the left item \"Cuba\" has no right-hand match");
        }

        @Test
        void a_repeated_left_item_is_reported() {
            assertThat(problems(question(QuestionType.MATCHING, Option.pair("Russia", "first"),
                    Option.pair("Russia", "second"))))
                    .containsExactly("two pairs have the same left item \"Russia\"");
        }
    }

    @Nested
    class Ordering {

        @Test
        void three_distinct_items_have_no_problems() {
            assertThat(problems(question(QuestionType.ORDERING,
                    Option.item("a"), Option.item("b"), Option.item("c")))).isEmpty();
        }

        @Test
        void two_items_are_reported() {
            assertThat(problems(question(QuestionType.ORDERING, Option.item("a"), Option.item("b"))))
                    .containsExactly("an ordering question needs at least three items");
        }

        @Test
        void items_that_read_the_same_are_reported() {
            assertThat(problems(question(QuestionType.ORDERING,
                    Option.item("The war"), Option.item("the war."), Option.item("c"))))
                    .containsExactly("two items read the same (\"the war.\"), so students cannot tell which goes where");
        }
    }

    @Nested
    class Cloze {

        @Test
        void a_stem_marking_every_blank_has_no_problems() {
            assertThat(problems(question(QuestionType.CLOZE, "{1} came before {2}.",
                    Option.blankAnswer(1, "Russia", 1, null), Option.blankAnswer(2, "China", 1, null),
                    Option.blankAnswer(2, "Cuba", 0, null)))).isEmpty();
        }

        @Test
        void a_blank_the_stem_does_not_mark_is_reported() {
            assertThat(problems(question(QuestionType.CLOZE, "{1} came first.",
                    Option.blankAnswer(1, "Russia", 1, null), Option.blankAnswer(2, "China", 1, null))))
                    .containsExactly("a cloze stem must mark every blank {1}..{2}: {2} is missing");
        }

        @Test
        void a_marked_blank_without_answers_is_reported() {
            assertThat(problems(question(QuestionType.CLOZE, "{1} came before {2}.",
                    Option.blankAnswer(1, "Russia", 1, null))))
                    .containsExactly("the stem marks blank {2}, which has no answers");
        }

        @Test
        void a_gap_in_the_blank_numbers_is_reported() {
            assertThat(problems(question(QuestionType.CLOZE, "{1}, {2} and {3}.",
                    Option.blankAnswer(1, "a", 1, null), Option.blankAnswer(3, "c", 1, null))))
                    .containsExactly("blank {2} has no answers");
        }

        @Test
        void a_blank_without_a_full_marks_answer_is_reported() {
            assertThat(problems(question(QuestionType.CLOZE, "{1}.", Option.blankAnswer(1, "a", 0.5, null))))
                    .containsExactly("blank {1} needs at least one answer worth full marks");
        }

        @Test
        void an_answer_without_a_blank_is_reported() {
            assertThat(problems(question(QuestionType.CLOZE, "{1}.",
                    Option.blankAnswer(1, "a", 1, null), Option.choice("b", 1, null))))
                    .containsExactly("every answer of a cloze question must say which blank, from 1, it belongs to");
        }

        @Test
        void no_blanks_at_all_are_reported() {
            assertThat(problems(question(QuestionType.CLOZE, "No blanks here.")))
                    .containsExactly("a cloze question needs at least one blank with answers");
        }

        @Test
        void a_blank_marked_twice_is_reported() {
            assertThat(problems(question(QuestionType.CLOZE, "{1} and {1}.", Option.blankAnswer(1, "a", 1, null))))
                    .containsExactly("the stem marks blank {1} more than once");
        }
    }

    @Test
    void an_essay_with_options_is_reported() {
        assertThat(problems(question(QuestionType.ESSAY, Option.choice("a", 1, null))))
                .containsExactly("an essay question is graded by hand and takes no options");
        assertThat(problems(question(QuestionType.ESSAY))).isEmpty();
    }
}

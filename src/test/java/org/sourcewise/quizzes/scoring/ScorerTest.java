package org.sourcewise.quizzes.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.sourcewise.quizzes.scoring.Questions.question;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sourcewise.questions.Option;
import org.sourcewise.questions.QuestionContent;
import org.sourcewise.questions.QuestionType;

class ScorerTest {

    private final Scorer scorer = new Scorer();

    @Nested
    class SingleChoice {

        private final QuestionContent q = question(QuestionType.SINGLE_CHOICE,
                Option.choice("Russia", 1, "Right."),
                Option.choice("China", 0, "Second that year."),
                Option.choice("Russia and China", 0.5, "Half right."));

        @Test
        void the_correct_option_earns_full_marks_and_its_feedback() {
            Score score = scorer.score(q, Answer.ofIndexes(0));
            assertThat(score.fraction()).isEqualTo(1.0);
            assertThat(score.matchedOptions()).containsExactly(0);
        }

        @Test
        void a_wrong_option_earns_nothing_but_still_points_at_its_feedback() {
            Score score = scorer.score(q, Answer.ofIndexes(1));
            assertThat(score.fraction()).isZero();
            assertThat(score.matchedOptions()).containsExactly(1);
        }

        @Test
        void an_option_with_partial_credit_earns_its_weight() {
            assertThat(scorer.score(q, Answer.ofIndexes(2)).fraction()).isEqualTo(0.5);
        }

        @Test
        void a_negative_weight_is_clamped_to_zero() {
            QuestionContent negative = question(QuestionType.SINGLE_CHOICE,
                    Option.choice("a", 1, null), Option.choice("b", -0.5, null));
            assertThat(scorer.score(negative, Answer.ofIndexes(1)).fraction()).isZero();
        }

        @Test
        void an_index_out_of_range_or_not_a_number_scores_zero() {
            assertThat(scorer.score(q, Answer.ofIndexes(3))).isEqualTo(Score.zero());
            assertThat(scorer.score(q, Answer.ofIndexes(-1))).isEqualTo(Score.zero());
            assertThat(scorer.score(q, Answer.of("first"))).isEqualTo(Score.zero());
        }

        @Test
        void two_picks_for_a_single_choice_score_zero() {
            assertThat(scorer.score(q, Answer.ofIndexes(0, 1))).isEqualTo(Score.zero());
        }
    }

    @Nested
    class MultipleResponse {

        private final QuestionContent q = question(QuestionType.MULTIPLE_RESPONSE,
                Option.choice("a", 0.5, null),
                Option.choice("b", 0.5, null),
                Option.choice("c", -0.5, null),
                Option.choice("d", 0, null));

        @Test
        void all_correct_options_add_up_to_full_marks() {
            Score score = scorer.score(q, Answer.ofIndexes(1, 0));
            assertThat(score.fraction()).isEqualTo(1.0);
            assertThat(score.matchedOptions()).containsExactly(0, 1);
        }

        @Test
        void one_of_two_correct_options_earns_half() {
            assertThat(scorer.score(q, Answer.ofIndexes(0)).fraction()).isEqualTo(0.5);
        }

        @Test
        void wrong_picks_with_negative_weight_reduce_the_score() {
            assertThat(scorer.score(q, Answer.ofIndexes(0, 1, 2)).fraction()).isEqualTo(0.5);
        }

        @Test
        void a_total_below_zero_is_clamped_to_zero() {
            assertThat(scorer.score(q, Answer.ofIndexes(2, 3)).fraction()).isZero();
        }

        @Test
        void ticking_every_option_does_not_beat_the_negative_weights() {
            assertThat(scorer.score(q, Answer.ofIndexes(0, 1, 2, 3)).fraction()).isEqualTo(0.5);
        }

        @Test
        void a_total_above_one_is_clamped_to_one() {
            QuestionContent generous = question(QuestionType.MULTIPLE_RESPONSE,
                    Option.choice("a", 0.7, null), Option.choice("b", 0.7, null));
            assertThat(scorer.score(generous, Answer.ofIndexes(0, 1)).fraction()).isEqualTo(1.0);
        }

        @Test
        void picking_the_same_option_twice_counts_once() {
            assertThat(scorer.score(q, Answer.ofIndexes(0, 0)).fraction()).isEqualTo(0.5);
        }

        @Test
        void one_index_out_of_range_makes_the_whole_answer_score_zero() {
            assertThat(scorer.score(q, Answer.ofIndexes(0, 1, 4))).isEqualTo(Score.zero());
        }

        @Test
        void a_tenth_and_a_fifth_add_up_to_three_tenths_without_floating_point_noise() {
            QuestionContent tenths = question(QuestionType.MULTIPLE_RESPONSE,
                    Option.choice("a", 0.1, null), Option.choice("b", 0.2, null), Option.choice("c", 0.7, null));
            assertThat(scorer.score(tenths, Answer.ofIndexes(0, 1)).fraction()).isEqualTo(0.3);
        }
    }

    @Nested
    class TrueFalse {

        @Test
        void the_right_truth_value_earns_full_marks() {
            assertThat(scorer.score(Questions.trueFalse(false), Answer.ofBoolean(false)).fraction()).isEqualTo(1.0);
        }

        @Test
        void the_wrong_truth_value_earns_nothing_and_points_at_its_feedback() {
            Score score = scorer.score(Questions.trueFalse(false), Answer.ofBoolean(true));
            assertThat(score.fraction()).isZero();
            assertThat(score.matchedOptions()).containsExactly(0);
        }

        @Test
        void true_and_false_are_read_regardless_of_case() {
            assertThat(scorer.score(Questions.trueFalse(true), Answer.of(" TRUE ")).fraction()).isEqualTo(1.0);
        }

        @Test
        void anything_but_true_or_false_scores_zero() {
            assertThat(scorer.score(Questions.trueFalse(true), Answer.of("yes"))).isEqualTo(Score.zero());
            assertThat(scorer.score(Questions.trueFalse(true), Answer.of("0"))).isEqualTo(Score.zero());
        }
    }

    @Nested
    class ShortAnswer {

        private final QuestionContent q = question(QuestionType.SHORT_ANSWER,
                Option.choice("Kim Jong-un", 1, "Right."),
                Option.choice("Kim Jong Un", 1, null),
                Option.choice("Kim", 0.5, "Which Kim?"),
                Option.choice("Kim Jong-il", 0, "He died in 2011."));

        @Test
        void an_accepted_answer_earns_its_weight() {
            assertThat(scorer.score(q, Answer.of("Kim")).fraction()).isEqualTo(0.5);
        }

        @Test
        void case_hyphens_and_repeated_spaces_do_not_matter() {
            Score score = scorer.score(q, Answer.of("  kim   JONG un "));
            assertThat(score.fraction()).isEqualTo(1.0);
            assertThat(score.matchedOptions()).containsExactly(0);
        }

        @Test
        void a_known_wrong_answer_scores_zero_and_points_at_its_feedback() {
            Score score = scorer.score(q, Answer.of("kim jong il"));
            assertThat(score.fraction()).isZero();
            assertThat(score.matchedOptions()).containsExactly(3);
        }

        @Test
        void an_answer_nobody_listed_scores_zero_without_feedback() {
            Score score = scorer.score(q, Answer.of("Moon Jae-in"));
            assertThat(score).isEqualTo(Score.zero());
        }

        @Test
        void the_best_weight_wins_when_several_answers_match() {
            QuestionContent twice = question(QuestionType.SHORT_ANSWER,
                    Option.choice("Pyongyang", 0.5, null), Option.choice("pyongyang", 1, null));
            Score score = scorer.score(twice, Answer.of("PYONGYANG"));
            assertThat(score.fraction()).isEqualTo(1.0);
            assertThat(score.matchedOptions()).containsExactly(1);
        }

        @Test
        void an_exactly_typed_near_miss_wins_over_a_normalised_match() {
            QuestionContent apostrophe = question(QuestionType.SHORT_ANSWER,
                    Option.choice("it's", 1, null), Option.choice("its", 0, "That is the possessive."));
            assertThat(scorer.score(apostrophe, Answer.of("its")).fraction()).isZero();
            assertThat(scorer.score(apostrophe, Answer.of("it’s")).fraction()).isEqualTo(1.0);
        }

        @Test
        void a_number_meets_the_same_number_however_its_digits_are_grouped() {
            QuestionContent workers = question(QuestionType.SHORT_ANSWER, Option.choice("10,000", 1, null));
            for (String typed : new String[] {"10 000", "10\u2009000", "10\u202F000", "10\u00A0000", "10000", "10'000", "10,000"}) {
                assertThat(scorer.score(workers, Answer.of(typed)).fraction()).as(typed).isEqualTo(1.0);
            }
            assertThat(scorer.score(workers, Answer.of("1 000")).fraction()).isZero();
            assertThat(scorer.score(workers, Answer.of("10.000")).fraction()).as("as typed in the key, once normalised").isEqualTo(1.0);
            assertThat(scorer.score(workers, Answer.of("ten")).fraction()).isZero();
            QuestionContent plain = question(QuestionType.SHORT_ANSWER, Option.choice("10000", 1, null));
            assertThat(scorer.score(plain, Answer.of("10 000")).fraction()).isEqualTo(1.0);
            assertThat(scorer.score(plain, Answer.of("10,000")).fraction()).isEqualTo(1.0);
        }

        @Test
        void accents_and_punctuation_are_ignored() {
            QuestionContent accented = question(QuestionType.SHORT_ANSWER, Option.choice("Pyŏngyang", 1, null));
            assertThat(scorer.score(accented, Answer.of("Pyongyang!")).fraction()).isEqualTo(1.0);
        }

        @Test
        void cyrillic_answers_match_regardless_of_case() {
            QuestionContent russian = question(QuestionType.SHORT_ANSWER, Option.choice("Москва", 1, null));
            assertThat(scorer.score(russian, Answer.of("МОСКВА")).fraction()).isEqualTo(1.0);
            assertThat(scorer.score(russian, Answer.of("Минск")).fraction()).isZero();
        }

        @Test
        void a_blank_answer_scores_zero() {
            assertThat(scorer.score(q, Answer.of("   "))).isEqualTo(Score.zero());
        }

        @Test
        void a_star_in_an_accepted_answer_stands_for_any_run_of_characters_as_in_moodle() {
            QuestionContent frog = question(QuestionType.SHORT_ANSWER, Option.choice("Fro*", 1, null));
            assertThat(scorer.score(frog, Answer.of("Frog")).fraction()).isEqualTo(1.0);
            assertThat(scorer.score(frog, Answer.of("frogs")).fraction()).as("normalised, like any answer").isEqualTo(1.0);
            assertThat(scorer.score(frog, Answer.of("Fro")).fraction()).as("the run may be empty").isEqualTo(1.0);
            assertThat(scorer.score(frog, Answer.of("a frog")).fraction()).as("anchored at the start").isZero();
            QuestionContent middle = question(QuestionType.SHORT_ANSWER, Option.choice("Kim * Un", 1, null));
            assertThat(scorer.score(middle, Answer.of("Kim Jong-un")).fraction()).isEqualTo(1.0);
            assertThat(scorer.score(middle, Answer.of("Kim Jong-il")).fraction()).as("anchored at the end").isZero();
            assertThat(scorer.score(middle, Answer.of("Kimun")).fraction()).as("the spaces around the star count").isZero();
        }

        @Test
        void a_wildcard_answer_weighs_like_any_other_so_a_listed_answer_can_beat_it() {
            QuestionContent capital = question(QuestionType.SHORT_ANSWER,
                    Option.choice("Pyongyang", 1, null), Option.choice("P*", 0.25, "Starts well."));
            assertThat(scorer.score(capital, Answer.of("pyongyang")).fraction()).isEqualTo(1.0);
            Score partly = scorer.score(capital, Answer.of("Pusan"));
            assertThat(partly.fraction()).isEqualTo(0.25);
            assertThat(partly.matchedOptions()).containsExactly(1);
        }

        @Test
        void an_escaped_star_is_a_literal_star() {
            QuestionContent star = question(QuestionType.SHORT_ANSWER, Option.choice("A\\*", 1, null));
            assertThat(scorer.score(star, Answer.of("A*")).fraction()).isEqualTo(1.0);
            assertThat(scorer.score(star, Answer.of("Ab")).fraction()).isZero();
        }

        @Test
        void a_long_response_against_many_stars_is_marked_without_backtracking() {
            QuestionContent stars = question(QuestionType.SHORT_ANSWER, Option.choice("a*".repeat(2000) + "b", 1, null));
            long start = System.nanoTime();
            assertThat(scorer.score(stars, Answer.of("a".repeat(20_000))).fraction()).isZero();
            assertThat(System.nanoTime() - start).as("nanoseconds").isLessThan(2_000_000_000L);
        }
    }

    @Nested
    class Numeric {

        private final QuestionContent q = question(QuestionType.NUMERIC,
                Option.number(2.5, 0.1, 1, "Right."),
                Option.number(2.5, 1, 0.5, "Close."),
                Option.number(25, 0, 0, "Off by a factor of ten."));

        @Test
        void a_value_within_tolerance_earns_full_marks() {
            assertThat(scorer.score(q, Answer.of("2.45")).fraction()).isEqualTo(1.0);
        }

        @Test
        void the_tolerance_boundary_counts_as_inside() {
            assertThat(scorer.score(q, Answer.of("2.6")).fraction()).isEqualTo(1.0);
            assertThat(scorer.score(q, Answer.of("2.4")).fraction()).isEqualTo(1.0);
        }

        @Test
        void a_value_only_in_the_wider_range_earns_its_partial_credit() {
            Score score = scorer.score(q, Answer.of("3,2"));
            assertThat(score.fraction()).isEqualTo(0.5);
            assertThat(score.matchedOptions()).containsExactly(1);
        }

        @Test
        void a_known_wrong_value_points_at_its_feedback() {
            Score score = scorer.score(q, Answer.of("25"));
            assertThat(score.fraction()).isZero();
            assertThat(score.matchedOptions()).containsExactly(2);
        }

        @Test
        void a_value_outside_every_range_scores_zero() {
            assertThat(scorer.score(q, Answer.of("4"))).isEqualTo(Score.zero());
        }

        @Test
        void thousands_separators_are_accepted() {
            QuestionContent big = question(QuestionType.NUMERIC, Option.number(50000, 0, 1, null));
            assertThat(scorer.score(big, Answer.of("50,000")).fraction()).isEqualTo(1.0);
            assertThat(scorer.score(big, Answer.of("50 000")).fraction()).isEqualTo(1.0);
        }

        @Test
        void a_number_written_the_german_way_is_marked_as_its_writer_meant_it() {
            QuestionContent half = question(QuestionType.NUMERIC, Option.number(1.5, 0, 1, null));
            QuestionContent thousand = question(QuestionType.NUMERIC, Option.number(1000, 0, 1, null));
            assertThat(scorer.score(half, Answer.of("1,500")).fraction()).isEqualTo(1.0);
            assertThat(scorer.score(thousand, Answer.of("1.000")).fraction()).isEqualTo(1.0);
            assertThat(scorer.score(thousand, Answer.of("1,000")).fraction()).isEqualTo(1.0);
            assertThat(scorer.score(half, Answer.of("1.000")).fraction()).isZero();
        }

        @Test
        void text_that_is_not_a_number_scores_zero() {
            assertThat(scorer.score(q, Answer.of("two and a half"))).isEqualTo(Score.zero());
            assertThat(scorer.score(q, Answer.of("2.5 km"))).isEqualTo(Score.zero());
        }
    }

    @Nested
    class Matching {

        private final QuestionContent q = question(QuestionType.MATCHING,
                Option.pair("Russia", "first"),
                Option.pair("China", "second"),
                Option.pair("Cuba", "third"),
                new Option(null, "fourth", null, null, 1, null, null));

        @Test
        void every_left_item_matched_earns_full_marks() {
            Score score = scorer.score(q, Answer.of("first", "second", "third"));
            assertThat(score.fraction()).isEqualTo(1.0);
            assertThat(score.parts()).containsExactly(1.0, 1.0, 1.0);
        }

        @Test
        void each_left_item_earns_its_share() {
            Score score = scorer.score(q, Answer.of("first", "third", "second"));
            assertThat(score.fraction()).isCloseTo(1 / 3.0, within(1e-6));
            assertThat(score.parts()).containsExactly(1.0, 0.0, 0.0);
        }

        @Test
        void a_distractor_or_an_unanswered_item_earns_nothing() {
            Score score = scorer.score(q, Answer.of("fourth", "second", ""));
            assertThat(score.parts()).containsExactly(0.0, 1.0, 0.0);
        }

        @Test
        void too_many_values_score_zero() {
            assertThat(scorer.score(q, Answer.of("first", "second", "third", "fourth"))).isEqualTo(Score.zero());
        }
    }

    @Nested
    class Ordering {

        private final QuestionContent q = question(QuestionType.ORDERING,
                Option.item("a"), Option.item("b"), Option.item("c"), Option.item("d"));

        @Test
        void the_authored_order_earns_full_marks() {
            assertThat(scorer.score(q, Answer.ofIndexes(0, 1, 2, 3)).fraction()).isEqualTo(1.0);
        }

        @Test
        void one_swapped_neighbour_pair_loses_one_of_six_pairs() {
            assertThat(scorer.score(q, Answer.ofIndexes(0, 2, 1, 3)).fraction()).isEqualTo(0.8333333);
        }

        @Test
        void the_first_item_moved_to_the_end_keeps_the_pairs_among_the_others() {
            assertThat(scorer.score(q, Answer.ofIndexes(1, 2, 3, 0)).fraction()).isEqualTo(0.5);
        }

        @Test
        void the_reversed_order_earns_nothing() {
            assertThat(scorer.score(q, Answer.ofIndexes(3, 2, 1, 0)).fraction()).isZero();
        }

        @Test
        void a_response_that_is_not_a_permutation_scores_zero() {
            assertThat(scorer.score(q, Answer.ofIndexes(0, 1, 1, 3))).isEqualTo(Score.zero());
            assertThat(scorer.score(q, Answer.ofIndexes(0, 1, 2))).isEqualTo(Score.zero());
            assertThat(scorer.score(q, Answer.ofIndexes(0, 1, 2, 4))).isEqualTo(Score.zero());
        }
    }

    @Nested
    class Cloze {

        private final QuestionContent q = question(QuestionType.CLOZE,
                "KCNA listed {1} first and {2} second.",
                Option.blankAnswer(1, "Russia", 1, null),
                Option.blankAnswer(2, "China", 1, null),
                Option.blankAnswer(2, "Cuba", 0, "Cuba was further down."));

        @Test
        void every_blank_right_earns_full_marks() {
            Score score = scorer.score(q, Answer.of("russia", "China"));
            assertThat(score.fraction()).isEqualTo(1.0);
            assertThat(score.parts()).containsExactly(1.0, 1.0);
            assertThat(score.matchedOptions()).containsExactly(0, 1);
        }

        @Test
        void a_typed_blank_accepts_a_wildcard_answer_as_a_short_answer_does() {
            QuestionContent wild = question(QuestionType.CLOZE, "The leader is {1}.", Option.blankAnswer(1, "Kim*", 1, null));
            assertThat(scorer.score(wild, Answer.of("Kim Jong-un")).fraction()).isEqualTo(1.0);
            assertThat(scorer.score(wild, Answer.of("Moon")).fraction()).isZero();
        }

        @Test
        void each_blank_earns_an_equal_share() {
            Score score = scorer.score(q, Answer.of("Russia", "Cuba"));
            assertThat(score.fraction()).isEqualTo(0.5);
            assertThat(score.parts()).containsExactly(1.0, 0.0);
            assertThat(score.matchedOptions()).containsExactly(0, 2);
        }

        @Test
        void a_blank_answer_with_partial_credit_earns_its_share_of_the_weight() {
            QuestionContent partial = question(QuestionType.CLOZE, "{1} then {2}.",
                    Option.blankAnswer(1, "Russia", 1, null),
                    Option.blankAnswer(2, "China", 1, null),
                    Option.blankAnswer(2, "PRC", 0.5, null));
            Score score = scorer.score(partial, Answer.of("Russia", "prc"));
            assertThat(score.fraction()).isEqualTo(0.75);
            assertThat(score.parts()).containsExactly(1.0, 0.5);
        }

        @Test
        void an_answer_belongs_only_to_its_own_blank() {
            assertThat(scorer.score(q, Answer.of("China", "Russia")).fraction()).isZero();
        }

        @Test
        void a_missing_trailing_blank_counts_as_unanswered() {
            assertThat(scorer.score(q, Answer.of("Russia")).fraction()).isEqualTo(0.5);
        }

        @Test
        void more_values_than_blanks_score_zero() {
            assertThat(scorer.score(q, Answer.of("Russia", "China", "Cuba"))).isEqualTo(Score.zero());
        }
    }

    @Nested
    class Essay {

        private final QuestionContent q = question(QuestionType.ESSAY);

        @Test
        void an_answered_essay_waits_for_a_teacher_with_no_credit_yet() {
            Score score = scorer.score(q, Answer.of("Russia rose because..."));
            assertThat(score.needsManualGrading()).isTrue();
            assertThat(score.fraction()).isZero();
        }

        @Test
        void an_empty_essay_scores_zero_and_does_not_wait_for_grading() {
            Score score = scorer.score(q, Answer.of(""));
            assertThat(score.needsManualGrading()).isFalse();
            assertThat(score.fraction()).isZero();
        }
    }

    @Test
    void an_empty_or_null_answer_scores_zero_for_every_type() {
        QuestionContent single = question(QuestionType.SINGLE_CHOICE, Option.choice("a", 1, null));
        assertThat(scorer.score(single, Answer.empty())).isEqualTo(Score.zero());
        assertThat(scorer.score(single, null)).isEqualTo(Score.zero());
        for (QuestionType type : QuestionType.values()) {
            QuestionContent any = question(type, Option.choice("a", 1, null));
            assertThat(scorer.score(any, Answer.empty()).fraction()).as(type.name()).isZero();
        }
    }

    @Test
    void a_question_whose_content_is_broken_scores_zero_rather_than_throwing() {
        QuestionContent noValue = question(QuestionType.NUMERIC, Option.choice("no value", 1, null));
        assertThat(scorer.score(noValue, Answer.of("1"))).isEqualTo(Score.zero());
        QuestionContent noBlanks = question(QuestionType.CLOZE, Option.choice("a", 1, null));
        assertThat(scorer.score(noBlanks, Answer.of("a"))).isEqualTo(Score.zero());
    }
}

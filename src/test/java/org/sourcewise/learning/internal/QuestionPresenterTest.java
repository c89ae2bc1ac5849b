package org.sourcewise.learning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sourcewise.learning.Answers;
import org.sourcewise.learning.CheckResult;
import org.sourcewise.learning.StudentAnswer;
import org.sourcewise.learning.StudentQuestion;
import org.sourcewise.questions.Option;
import org.sourcewise.questions.QuestionContent;
import org.sourcewise.questions.QuestionType;

/** Showing questions without their keys, and marking answers given in display order. */
class QuestionPresenterTest {

    private final QuestionPresenter presenter = new QuestionPresenter();

    private static final QuestionContent SINGLE = new QuestionContent(QuestionType.SINGLE_CHOICE, "Which came first?", List.of(
            Option.choice("Russia", 1, "Yes."), Option.choice("China", 0, "China came second."),
            Option.choice("Cuba", 0, "Cuba is not on the list."), Option.choice("Laos", 0, null)),
            "KCNA put Russia first.", "Well done for trying.");
    private static final QuestionContent MULTIPLE = new QuestionContent(QuestionType.MULTIPLE_RESPONSE, "Pick two", List.of(
            Option.choice("A", 0.5, null), Option.choice("B", 0.5, null), Option.choice("C", -1, "C is wrong.")), "A and B.", null);
    private static final QuestionContent TRUE_FALSE = new QuestionContent(QuestionType.TRUE_FALSE, "True?", List.of(
            Option.choice("True", 0, "No."), Option.choice("False", 1, "Right.")), "It is false.", null);
    private static final QuestionContent SHORT = new QuestionContent(QuestionType.SHORT_ANSWER, "Which country?", List.of(
            Option.choice("Cuba", 1, null), Option.choice("Republic of Cuba", 1, null)), "Cuba.", null);
    private static final QuestionContent NUMERIC = new QuestionContent(QuestionType.NUMERIC, "How many?", List.of(
            Option.number(10000, 500, 1, null)), "About 10,000.", null);
    private static final QuestionContent MATCHING = new QuestionContent(QuestionType.MATCHING, "Match", List.of(
            Option.pair("Russia", "First"), Option.pair("China", "Second"), Option.pair("Cuba", "Kim Jong-il's ally"),
            new Option(null, "Left the railway", null, null, 1, null, null)), "As the article says.", null);
    private static final QuestionContent ORDERING = new QuestionContent(QuestionType.ORDERING, "Order", List.of(
            Option.item("Sell"), Option.item("Ship"), Option.item("Process"), Option.item("Resell")), "In that order.", null);
    private static final QuestionContent CLOZE = new QuestionContent(QuestionType.CLOZE, "{1} listed {2} first.", List.of(
            Option.blankAnswer(1, "KCNA", 1, null), Option.blankAnswer(1, "TASS", 0, "TASS is Russian."),
            Option.blankAnswer(2, "Russia", 1, null)), "KCNA listed Russia.", null);

    private static final List<QuestionContent> ALL = List.of(SINGLE, MULTIPLE, TRUE_FALSE, SHORT, NUMERIC, MATCHING, ORDERING, CLOZE);

    @Test
    void a_shown_question_carries_no_feedback_explanation_or_accepted_answers() {
        for (QuestionContent q : ALL) {
            String shown = presenter.present(1, "k", q, 42).toString();
            assertThat(shown).as(q.type().name()).doesNotContain(q.explanation());
            q.options().stream().filter(o -> o.feedback() != null).forEach(o -> assertThat(shown).doesNotContain(o.feedback()));
        }
        assertThat(presenter.present(1, "k", SHORT, 42).toString()).doesNotContain("Cuba");
        assertThat(presenter.present(1, "k", NUMERIC, 42).toString()).doesNotContain("10000");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 1234567})
    void the_right_answer_in_display_order_scores_full_marks_whatever_the_shuffle(long seed) {
        for (QuestionContent q : ALL) {
            StudentQuestion shown = presenter.present(1, "k", q, seed);
            CheckResult result = presenter.check(q, Answers.right(shown, q), seed);
            assertThat(result.correct()).as(q.type() + " with seed " + seed).isTrue();
            assertThat(result.explanation()).isEqualTo(q.explanation());
        }
    }

    @Test
    void choices_are_shuffled_by_seed_and_stay_put_for_the_same_seed() {
        var orders = LongStream.range(0, 20).mapToObj(seed -> presenter.present(1, "k", SINGLE, seed).choices()).distinct().count();
        assertThat(orders).isGreaterThan(1);
        assertThat(presenter.present(1, "k", SINGLE, 7).choices()).isEqualTo(presenter.present(1, "k", SINGLE, 7).choices());
        assertThat(presenter.present(1, "k", TRUE_FALSE, 7).choices()).containsExactly("True", "False");
    }

    @Test
    void an_ordering_question_never_starts_in_the_right_order() {
        for (long seed = 0; seed < 200; seed++) {
            assertThat(presenter.present(1, "k", ORDERING, seed).choices()).isNotEqualTo(List.of("Sell", "Ship", "Process", "Resell"));
        }
    }

    @Test
    void matching_shows_every_right_hand_text_with_the_distractor_and_the_left_items_in_order() {
        StudentQuestion shown = presenter.present(1, "k", MATCHING, 5);
        assertThat(shown.prompts()).containsExactly("Russia", "China", "Cuba");
        assertThat(shown.choices()).containsExactlyInAnyOrder("First", "Second", "Kim Jong-il's ally", "Left the railway");
    }

    @Test
    void a_cloze_blank_with_wrong_answers_listed_is_offered_as_a_choice_and_the_others_are_typed() {
        StudentQuestion shown = presenter.present(1, "k", CLOZE, 5);
        assertThat(shown.blanks()).hasSize(2);
        assertThat(shown.blanks().get(0).choices()).containsExactlyInAnyOrder("KCNA", "TASS");
        assertThat(shown.blanks().get(1).typed()).isTrue();
    }

    @Test
    void a_wrong_pick_gets_its_feedback_the_right_answer_and_the_position_of_the_right_choice() {
        StudentQuestion shown = presenter.present(1, "k", SINGLE, 9);
        CheckResult result = presenter.check(SINGLE, StudentAnswer.choice(shown.choices().indexOf("China")), 9);

        assertThat(result.correct()).isFalse();
        assertThat(result.answered()).isTrue();
        assertThat(result.feedback()).containsExactly("China came second.");
        assertThat(result.correctAnswer()).isEqualTo("Russia");
        assertThat(result.correctChoices()).containsExactly(shown.choices().indexOf("Russia"));
        assertThat(result.generalFeedback()).isEqualTo("Well done for trying.");
    }

    @Test
    void partly_right_answers_say_so_and_blank_answers_are_not_answered() {
        StudentQuestion shown = presenter.present(1, "k", MULTIPLE, 3);
        CheckResult half = presenter.check(MULTIPLE, StudentAnswer.choices(List.of(shown.choices().indexOf("A"))), 3);
        assertThat(half.partlyCorrect()).isTrue();
        assertThat(half.fraction()).isEqualTo(0.5);

        CheckResult blank = presenter.check(MULTIPLE, StudentAnswer.none(), 3);
        assertThat(blank.answered()).isFalse();
        assertThat(blank.fraction()).isZero();
        assertThat(blank.correctAnswer()).isEqualTo("A; B");
    }

    @Test
    void forged_indexes_score_nothing() {
        assertThat(presenter.check(SINGLE, StudentAnswer.choice(17), 1).fraction()).isZero();
        assertThat(presenter.check(SINGLE, StudentAnswer.text("Russia"), 1).fraction()).isZero();
        assertThat(presenter.check(TRUE_FALSE, StudentAnswer.choice(5), 1).fraction()).isZero();
        assertThat(presenter.check(ORDERING, StudentAnswer.order(List.of(0, 0, 1, 2)), 1).fraction()).isZero();
    }

    @Test
    void the_key_in_words_reads_naturally_for_every_type() {
        assertThat(QuestionPresenter.correctAnswer(NUMERIC)).isEqualTo("10000 (± 500)");
        assertThat(QuestionPresenter.correctAnswer(ORDERING)).isEqualTo("Sell → Ship → Process → Resell");
        assertThat(QuestionPresenter.correctAnswer(MATCHING)).isEqualTo("Russia → First; China → Second; Cuba → Kim Jong-il's ally");
        assertThat(QuestionPresenter.correctAnswer(CLOZE)).isEqualTo("(1) KCNA; (2) Russia");
        assertThat(QuestionPresenter.correctAnswer(TRUE_FALSE)).isEqualTo("False");
    }
}

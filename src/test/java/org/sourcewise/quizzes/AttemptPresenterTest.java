package org.sourcewise.quizzes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sourcewise.questions.Option;
import org.sourcewise.questions.QuestionContent;
import org.sourcewise.questions.QuestionType;
import org.sourcewise.quizzes.scoring.Answer;

/** What the page of an attempt shows, and how its answers map back to the authored options. */
class AttemptPresenterTest {

    private static final QuestionContent CHOICE = new QuestionContent(QuestionType.SINGLE_CHOICE, "Which?",
            List.of(Option.choice("Russia", 1, null), Option.choice("China", 0, null), Option.choice("Cuba", 0, null)), "Because.", null);
    private static final QuestionContent ORDER = new QuestionContent(QuestionType.ORDERING, "Order them.",
            List.of(Option.item("first"), Option.item("second"), Option.item("third"), Option.item("fourth")), null, null);
    private static final QuestionContent MATCH = new QuestionContent(QuestionType.MATCHING, "Match.",
            List.of(Option.pair("Russia", "1520 mm"), Option.pair("China", "1435 mm"), new Option(null, "1067 mm", null, null, 1, null, null)),
            null, null);

    @Test
    void choices_keep_their_authored_order_unless_the_quiz_shuffles_them() {
        assertThat(AttemptPresenter.newOrder(CHOICE, false, new Random(1))).isNull();
        assertThat(AttemptPresenter.newOrder(CHOICE, true, new Random(1))).containsExactlyInAnyOrder(0, 1, 2);
    }

    @Test
    void an_ordering_question_is_never_shown_in_its_key_order_nor_matching_rights_in_theirs() {
        for (int seed = 0; seed < 200; seed++) {
            assertThat(AttemptPresenter.newOrder(ORDER, false, new Random(seed))).isNotEqualTo(List.of(0, 1, 2, 3));
            assertThat(AttemptPresenter.newOrder(MATCH, false, new Random(seed))).containsExactlyInAnyOrder(0, 1, 2).isNotEqualTo(List.of(0, 1, 2));
        }
    }

    @Test
    void the_page_gets_texts_in_display_order_and_never_a_weight() {
        StudentQuestion shown = AttemptPresenter.present(3, CHOICE, List.of(2, 0, 1), 2);

        assertThat(shown.choices()).containsExactly("Cuba", "Russia", "China");
        assertThat(shown.position()).isEqualTo(3);
        assertThat(shown.toString()).doesNotContain("weight", "Because.");
        StudentQuestion matching = AttemptPresenter.present(1, MATCH, List.of(1, 2, 0), 1);
        assertThat(matching.matchLefts()).containsExactly("Russia", "China");
        assertThat(matching.matchRights()).containsExactly("1435 mm", "1067 mm", "1520 mm");
    }

    @Test
    void display_indexes_go_back_to_authored_ones_and_return_the_same_way() {
        List<Integer> order = List.of(2, 0, 1);
        Answer authored = AttemptPresenter.toAuthored(CHOICE, order, List.of("1"));

        assertThat(authored.values()).containsExactly("0");
        assertThat(AttemptPresenter.toDisplay(CHOICE, order, authored)).containsExactly("1");
        // a forged or stale index maps to nothing rather than to another option
        assertThat(AttemptPresenter.toAuthored(CHOICE, order, List.of("7", "x")).values()).containsExactly("", "");
        // text answers pass through untouched
        QuestionContent text = new QuestionContent(QuestionType.SHORT_ANSWER, "Who?", List.of(Option.choice("Kim", 1, null)), null, null);
        assertThat(AttemptPresenter.toAuthored(text, null, List.of("Kim Jong-un")).values()).containsExactly("Kim Jong-un");
    }

    @Test
    void every_order_round_trips_for_every_display_value() {
        Random random = new Random(42);
        Set<List<Integer>> orders = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            List<Integer> order = AttemptPresenter.newOrder(ORDER, false, random);
            orders.add(order);
            for (int shown = 0; shown < 4; shown++) {
                Answer back = AttemptPresenter.toAuthored(ORDER, order, List.of(String.valueOf(shown)));
                assertThat(AttemptPresenter.toDisplay(ORDER, order, back)).containsExactly(String.valueOf(shown));
            }
        }
        assertThat(orders).hasSizeGreaterThan(5);
    }

    @Test
    void the_review_words_answers_and_keys_in_authored_terms() {
        assertThat(AttemptPresenter.describe(CHOICE, new Answer(List.of("1")))).isEqualTo("China");
        assertThat(AttemptPresenter.key(CHOICE)).isEqualTo("Russia");
        assertThat(AttemptPresenter.describe(ORDER, new Answer(new ArrayList<>(List.of("1", "0", "2", "3"))))).isEqualTo("second → first → third → fourth");
        assertThat(AttemptPresenter.key(ORDER)).isEqualTo("first → second → third → fourth");
        assertThat(AttemptPresenter.describe(MATCH, new Answer(List.of("1435 mm")))).isEqualTo("Russia → 1435 mm\nChina → (none)");
        assertThat(AttemptPresenter.describe(CHOICE, Answer.empty())).isEmpty();
    }

    @Test
    void a_true_false_answer_is_shown_in_the_questions_own_words_as_its_key_is() {
        QuestionContent statement = new QuestionContent(QuestionType.TRUE_FALSE, "Moscow forgave the debt.",
                List.of(Option.choice("True", 0, null), Option.choice("False", 1, null)), null, null);

        assertThat(AttemptPresenter.describe(statement, new Answer(List.of("false")))).isEqualTo("False");
        assertThat(AttemptPresenter.describe(statement, new Answer(List.of("true")))).isEqualTo("True");
        assertThat(AttemptPresenter.key(statement)).isEqualTo("False");
    }
}

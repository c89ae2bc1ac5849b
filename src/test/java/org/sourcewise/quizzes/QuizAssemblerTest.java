package org.sourcewise.quizzes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sourcewise.questions.BankEntry;
import org.sourcewise.questions.Difficulty;
import org.sourcewise.questions.QuestionStatus;
import org.sourcewise.questions.QuestionType;
import org.sourcewise.quizzes.QuizAssembler.DrawFilter;
import org.sourcewise.quizzes.QuizAssembler.Drawn;
import org.sourcewise.quizzes.QuizAssembler.Slot;

/** Drawing an attempt's questions, on a hand-made bank of twelve questions. */
class QuizAssemblerTest {

    /** Questions 1-12: claim (id % 3) + 100, tag "even"/"odd", category "A" for 1-6 and "B" for 7-12. */
    private static final List<BankEntry> BANK = bank();

    private static List<BankEntry> bank() {
        List<BankEntry> entries = new ArrayList<>();
        for (long id = 1; id <= 12; id++) {
            entries.add(new BankEntry(id, "q" + id, 1, QuestionType.TRUE_FALSE, id <= 6 ? "A" : "B",
                    Set.of(id % 2 == 0 ? "even" : "odd"), Set.of(100 + id % 3), Difficulty.MEDIUM, QuestionStatus.PUBLISHED, id * 10));
        }
        return entries;
    }

    @Test
    void draws_match_their_filter_in_slot_order_and_never_repeat_a_question() {
        List<Slot> slots = List.of(Slot.fixed(1, 2, 2), Slot.draw(2, 3, DrawFilter.tag("even"), 1),
                Slot.draw(3, 4, DrawFilter.category("B"), 1.5));
        for (int seed = 0; seed < 50; seed++) {
            List<Drawn> drawn = QuizAssembler.assemble(slots, BANK, Set.of(), new Random(seed));

            assertThat(drawn).extracting(Drawn::slotPosition).containsExactly(1, 2, 2, 2, 3, 3, 3, 3);
            assertThat(drawn.getFirst()).isEqualTo(new Drawn(1, 2, 2));
            assertThat(drawn.subList(1, 4)).allSatisfy(d -> assertThat(d.questionId() % 2).isZero());
            assertThat(drawn.subList(4, 8)).allSatisfy(d -> assertThat(d.questionId()).isGreaterThan(6));
            assertThat(drawn).extracting(Drawn::questionId).doesNotHaveDuplicates();
            assertThat(drawn.subList(4, 8)).extracting(Drawn::points).containsOnly(1.5);
        }
    }

    @Test
    void excluded_check_questions_are_never_drawn_and_a_fixed_question_is_not_drawn_again() {
        Set<Long> checks = Set.of(3L, 6L, 9L, 12L); // every question of claim 100
        for (int seed = 0; seed < 50; seed++) {
            List<Drawn> drawn = QuizAssembler.assemble(List.of(Slot.fixed(1, 1, 1), Slot.draw(2, 7, DrawFilter.claims(Set.of(100L, 101L, 102L)), 1)),
                    BANK, checks, new Random(seed));
            assertThat(drawn).extracting(Drawn::questionId).doesNotContainAnyElementsOf(checks).doesNotHaveDuplicates();
        }
    }

    @Test
    void the_same_seed_draws_the_same_attempt_and_other_seeds_vary_it() {
        List<Slot> slots = List.of(Slot.draw(1, 5, DrawFilter.category("A"), 1));
        assertThat(QuizAssembler.assemble(slots, BANK, Set.of(), new Random(7)))
                .isEqualTo(QuizAssembler.assemble(slots, BANK, Set.of(), new Random(7)));
        Set<List<Drawn>> seen = new HashSet<>();
        for (int seed = 0; seed < 30; seed++) {
            seen.add(QuizAssembler.assemble(slots, BANK, Set.of(), new Random(seed)));
        }
        assertThat(seen).hasSizeGreaterThan(5);
    }

    @Test
    void the_narrowest_draw_is_filled_first_so_a_wide_draw_cannot_starve_it() {
        // slot 1 may take any odd question, slot 2 needs the odd questions of category B (7, 9, 11)
        List<Slot> slots = List.of(Slot.draw(1, 3, DrawFilter.tag("odd"), 1), Slot.draw(2, 3, DrawFilter.category("B"), 1));
        for (int seed = 0; seed < 50; seed++) {
            assertThat(QuizAssembler.assemble(slots, BANK, Set.of(), new Random(seed))).hasSize(6);
        }
    }

    @Test
    void a_slot_the_bank_cannot_fill_names_itself_and_what_was_left() {
        assertThatThrownBy(() -> QuizAssembler.assemble(List.of(Slot.draw(4, 7, DrawFilter.category("A"), 1)), BANK, Set.of(1L), new Random(1)))
                .isInstanceOfSatisfying(QuizAssembler.NotEnoughQuestionsException.class, e -> {
                    assertThat(e.slotPosition()).isEqualTo(4);
                    assertThat(e.available()).isEqualTo(5);
                    assertThat(e.getMessage()).contains("slot 4 draws 7 questions but only 5");
                });
    }
}

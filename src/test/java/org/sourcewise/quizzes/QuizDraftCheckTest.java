package org.sourcewise.quizzes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sourcewise.questions.QuestionType;
import org.sourcewise.quizzes.QuizDraft.DrawSource;
import org.sourcewise.quizzes.QuizDraft.SlotDraft;
import org.sourcewise.quizzes.scoring.GradingMethod;

/** What the quiz builder refuses, with the field it names, on a hand-made catalogue. */
class QuizDraftCheckTest {

    /** Questions 1-6 on claim 10 (lesson 100), 7-8 on claim 20 (lesson 200); question 8 is a lesson check (not drawable). */
    private static final QuizCatalog CATALOG = catalog();

    private static QuizCatalog catalog() {
        List<QuizCatalog.Question> questions = new ArrayList<>();
        for (long id = 1; id <= 8; id++) {
            questions.add(new QuizCatalog.Question(id, "q" + id, QuestionType.TRUE_FALSE, "Stem " + id, "cat", Set.of("tag"),
                    Set.of(id <= 6 ? 10L : 20L), id != 8));
        }
        return new QuizCatalog(1, "course", "Course", questions,
                List.of(new QuizCatalog.Lesson(100, 1, "One", Set.of(10L)), new QuizCatalog.Lesson(200, 2, "Two", Set.of(20L))),
                List.of(new QuizCatalog.Claim(10, "c10", 1, "Ten"), new QuizCatalog.Claim(20, "c20", 2, "Twenty")), List.of("tag"), List.of("cat"));
    }

    private static QuizDraft draft(String title, Integer minutes, int attempts, double passMark, Instant open, Instant close,
                                   List<SlotDraft> slots) {
        return new QuizDraft(null, 1, 0, title, "", minutes, attempts, GradingMethod.HIGHEST, open, close, false, false,
                ReviewPolicy.AFTER_SUBMIT, passMark, slots);
    }

    private static List<String> fields(QuizDraft d) {
        return QuizDraftCheck.problems(d, CATALOG).stream().map(QuizProblem::field).toList();
    }

    @Test
    void a_sound_quiz_has_no_problem() {
        assertThat(QuizDraftCheck.problems(draft("Check", 20, 2, 60, null, null,
                List.of(SlotDraft.fixed(8, 1), SlotDraft.draw(3, DrawSource.LESSON, 100L, null, 1))), CATALOG)).isEmpty();
    }

    @Test
    void each_setting_out_of_range_names_its_field() {
        Instant t = Instant.parse("2026-03-01T10:00:00Z");
        assertThat(fields(draft(" ", 0, 101, 120, t, t, List.of())))
                .containsExactlyInAnyOrder("title", "timeLimit", "attempts", "passMark", "closeAt", "slots");
        assertThat(fields(draft("x".repeat(201), 24 * 60 + 1, -1, Double.NaN, null, null, List.of(SlotDraft.fixed(1, 1)))))
                .containsExactlyInAnyOrder("title", "timeLimit", "attempts", "passMark");
    }

    @Test
    void a_slot_names_what_is_wrong_with_it() {
        List<QuizProblem> problems = QuizDraftCheck.problems(draft("Slots", null, 1, 50, null, null, List.of(
                SlotDraft.fixed(99, 1),
                SlotDraft.fixed(1, 1), SlotDraft.fixed(1, 1),
                SlotDraft.draw(0, DrawSource.TAG, null, "tag", 1),
                SlotDraft.draw(1, DrawSource.LESSON, 999L, null, 1),
                SlotDraft.draw(1, DrawSource.CATEGORY, null, " ", 1),
                SlotDraft.fixed(2, 0))), CATALOG);

        assertThat(problems).extracting(QuizProblem::field).containsExactly("slot.0.question", "slot.2.question", "slot.3.count",
                "slot.4.source", "slot.5.source", "slot.6.points");
        assertThat(problems.get(1).message()).contains("already slot 2");
    }

    @Test
    void a_draw_larger_than_its_pool_is_refused_and_check_questions_do_not_count() {
        List<QuizProblem> problems = QuizDraftCheck.problems(draft("Draw", null, 1, 50, null, null,
                List.of(SlotDraft.draw(2, DrawSource.LESSON, 200L, null, 1))), CATALOG);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("slot.0.count");
            assertThat(p.message()).contains("only 1 published question").contains("asks for 2");
        });
    }

    @Test
    void slots_that_together_need_more_than_the_bank_has_are_refused_at_the_draw() {
        // each draw fits alone (6 questions of lesson one), but not 4 + 4 together
        List<QuizProblem> problems = QuizDraftCheck.problems(draft("Together", null, 1, 50, null, null, List.of(
                SlotDraft.draw(4, DrawSource.LESSON, 100L, null, 1), SlotDraft.draw(4, DrawSource.CLAIM, 10L, null, 1))), CATALOG);

        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("left for this draw"));
    }
}

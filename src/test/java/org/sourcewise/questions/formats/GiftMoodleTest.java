package org.sourcewise.questions.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcewise.questions.formats.Specs.draft;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcewise.questions.Option;
import org.sourcewise.questions.QuestionSpec;
import org.sourcewise.questions.QuestionType;

/**
 * GIFT that Moodle imports and Sourcewise once refused: each is read with Moodle's meaning, or skipped
 * with a warning naming its line where Sourcewise has no such thing, and the rest of the file comes in.
 */
class GiftMoodleTest {

    private static ImportResult read(String text) {
        return QuestionFormats.parse(QuestionFormat.GIFT, text);
    }

    private static List<String> warnings(ImportResult r) {
        return r.warnings().stream().map(ImportProblem::toString).toList();
    }

    @Test
    void a_numeric_catch_all_answer_is_skipped_with_a_warning_and_the_numbers_are_kept() {
        ImportResult r = read("What is 3 plus or minus 2?\n{#3:2~#Completely wrong}");

        assertThat(r.questions()).containsExactly(draft(null, QuestionType.NUMERIC, "What is 3 plus or minus 2?",
                Option.number(3, 2, 1, null)));
        assertThat(warnings(r)).containsExactly("line 2: the feedback for any other answer ('~#Completely wrong') is"
                + " skipped: Sourcewise numeric questions have no catch-all answer");
    }

    @Test
    void a_catch_all_answer_is_skipped_with_a_warning_and_a_star_inside_an_answer_is_kept_as_moodles_wildcard() {
        ImportResult r = read("Name an amphibian.\n{=Frog =%0%*#Completely wrong}\n\nSpell it.\n{=Fr*g}");

        assertThat(r.questions()).extracting(q -> q.content().options()).containsExactly(
                List.of(Option.choice("Frog", 1, null)), List.of(Option.choice("Fr*g", 1, null)));
        assertThat(warnings(r)).containsExactly(
                "line 2: the answer '*' (any other answer, with feedback 'Completely wrong') is skipped: Sourcewise"
                        + " short answers have no catch-all answer");
    }

    @Test
    void a_description_is_skipped_with_a_warning_and_the_questions_around_it_come_in() {
        ImportResult r = read("First {T}\n\n::Intro::Read the passage below.\n\nSecond {F}");

        assertThat(r.questions()).hasSize(2);
        assertThat(warnings(r)).containsExactly("line 3: no answer block {...}: Moodle reads this as a description (text"
                + " shown between questions), which Sourcewise does not hold; skipped");
    }

    @Test
    void several_answers_marked_equal_are_each_worth_full_marks_in_one_single_choice() {
        ImportResult r = read("Which are fruits? {=apple =pear ~carrot}");

        QuestionSpec q = draft(null, QuestionType.SINGLE_CHOICE, "Which are fruits?", Option.choice("apple", 1, null),
                Option.choice("pear", 1, null), Option.choice("carrot", 0, null));
        assertThat(r.questions()).containsExactly(q);
        assertThat(QuestionFormats.parse(QuestionFormat.GIFT, QuestionFormats.export(QuestionFormat.GIFT, List.of(q)).text())
                .questions()).containsExactly(q);
    }

    @Test
    void a_title_without_its_closing_colons_becomes_part_of_the_text_as_in_moodle() {
        ImportResult r = read("::Capital of France {=Paris ~Rome}");

        assertThat(r.questions()).containsExactly(draft(null, QuestionType.SINGLE_CHOICE, "Capital of France",
                Option.choice("Paris", 1, null), Option.choice("Rome", 0, null)));
        assertThat(warnings(r)).singleElement().asString().startsWith("line 1: the title opened with '::' is never closed");
    }

    @Test
    void moodle_tag_and_id_comments_give_tags_and_the_key() {
        ImportResult r = read("// question: 12  name: Gauge\n// [id:Q-12] [tag:rail] [tag:gauge]\n"
                + "// tags: history, rail\n::Gauge::Which gauge? {=broad ~standard}");

        QuestionSpec q = r.questions().getFirst();
        assertThat(q.key()).isEqualTo("Q-12");
        assertThat(q.tags()).containsExactly("history", "rail", "gauge");
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void a_sourcewise_key_wins_over_a_moodle_id_with_a_warning() {
        ImportResult r = read("// key: q-1\n// [id:Q-12]\nQ {T}");

        assertThat(r.questions().getFirst().key()).isEqualTo("q-1");
        assertThat(warnings(r)).containsExactly("line 3: Moodle's [id:...] is not used as the key: the '// key:' line"
                + " gives one");
    }

    @Test
    void a_double_backslash_is_one_backslash_as_in_moodle() {
        assertThat(read("C:\\\\temp {T}").questions().getFirst().content().stem()).isEqualTo("C:\\temp");
    }
}

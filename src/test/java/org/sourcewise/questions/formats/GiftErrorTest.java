package org.sourcewise.questions.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/** GIFT files with mistakes: the import fails as a whole and names every problem with its line. */
class GiftErrorTest {

    private static List<ImportProblem> errors(String text) {
        ImportException e = catchThrowableOfType(ImportException.class,
                () -> QuestionFormats.parse(QuestionFormat.GIFT, text));
        assertThat(e).as("the import should fail").isNotNull();
        return e.errors();
    }

    @Test
    void every_problem_in_the_error_corpus_is_reported_with_its_line_and_reason() {
        List<ImportProblem> errors = errors(Resources.text("gift/errors.gift"));

        assertThat(errors).extracting(ImportProblem::line)
                .containsExactly(3, 5, 7, 9, 11, 13, 17, 20, 22, 25, 31);
        assertThat(errors).extracting(ImportProblem::message).satisfiesExactly(
                m -> assertThat(m).startsWith("'{' opens an answer block that is never closed"),
                m -> assertThat(m).startsWith("a second answer block: GIFT allows one per question"),
                m -> assertThat(m).isEqualTo("weight %150% is outside -100% to 100%"),
                m -> assertThat(m).startsWith("the positive weights add up to 75%"),
                m -> assertThat(m).startsWith("'five' is not a number"),
                m -> assertThat(m).startsWith("a matching question needs at least two pairs (item -> match), found 1"),
                m -> assertThat(m).isEqualTo("empty answer"),
                m -> assertThat(m).startsWith("HTML image (<img>) cannot be imported"),
                m -> assertThat(m).isEqualTo("unknown difficulty 'impossible' (easy, medium or hard)"),
                m -> assertThat(m).startsWith("a missing-word choice needs a wrong answer"),
                m -> assertThat(m).isEqualTo("key 'dup' is already used by the question at line 28"));
    }

    @Test
    void one_bad_question_fails_the_whole_import_and_good_ones_are_not_returned() {
        ImportException e = catchThrowableOfType(ImportException.class,
                () -> QuestionFormats.parse(QuestionFormat.GIFT, "Good {T}\n\nBad {#x}\n\nAlso good {F}\n"));

        assertThat(e.errors()).extracting(ImportProblem::line).containsExactly(3);
        assertThat(e.getMessage()).isEqualTo("1 error: line 3: 'x' is not a number (write numbers like 3.14, -2 or 1e-3)");
    }

    @Test
    void several_problems_in_one_question_are_all_reported() {
        List<ImportProblem> errors = errors("Q {\n=%200%a#x\n~\n}\n");

        // =%200% is text after '=' (as in Moodle), so only the empty answer and the weight sum are wrong here.
        assertThat(errors).extracting(ImportProblem::line).containsExactly(3);
        List<ImportProblem> more = errors("Q {\n~%200%a\n~%abc\n~\n}\n");
        assertThat(more).extracting(ImportProblem::message).containsExactly(
                "weight %200% is outside -100% to 100%",
                "no answer carries credit: mark the right answer with '=' or give the right answers positive"
                        + " weights such as ~%50%",
                "empty answer");
        assertThat(more).extracting(ImportProblem::line).containsExactly(2, 2, 4);
    }

    @Test
    void braces_out_of_place_are_named() {
        assertThat(errors("Text } then {T}")).extracting(ImportProblem::message)
                .containsExactly("'}' before the answer block's '{' (write \\} for a literal brace)");
        assertThat(errors("Text {=a {=b} }")).extracting(ImportProblem::message)
                .containsExactly("'{' inside an answer block (write \\{ for a literal brace)");
        assertThat(errors("Text {T} stray }")).extracting(ImportProblem::message)
                .containsExactly("'}' without an opening '{' (write \\} for a literal brace)");
        assertThat(errors("::Title::{T}")).extracting(ImportProblem::message)
                .containsExactly("the question has no text");
    }

    @Test
    void numeric_answers_that_are_not_numbers_moodle_would_accept_are_errors() {
        assertThat(errors("Only any number {#*}")).extracting(ImportProblem::message)
                .containsExactly("a numeric answer block needs at least one number besides '*'");
        assertThat(errors("Backwards {#5..1}")).extracting(ImportProblem::message)
                .containsExactly("the range 5..1 ends below its start");
        assertThat(errors("Negative {#5:-1}")).extracting(ImportProblem::message)
                .containsExactly("the tolerance in 5:-1 is negative");
        assertThat(errors("Half only {#=%50%5}")).extracting(ImportProblem::message)
                .containsExactly("no answer gives full credit: one answer must be worth 100% (an answer without a"
                        + " percentage is)");
    }

    @Test
    void missing_word_short_answer_with_a_zero_answer_would_become_a_drop_down_so_it_is_refused() {
        assertThat(errors("The capital is {=Paris =%0%Lyon} in France.")).extracting(ImportProblem::message)
                .containsExactly("a missing-word short answer cannot list answers worth 0% or less: Sourcewise would"
                        + " offer the blank as a drop-down of its answers");
    }

    @Test
    void a_cloze_made_from_missing_word_refuses_a_literal_blank_marker_in_its_text() {
        assertThat(errors("Blank \\{2\\} and {=a ~b} here.")).extracting(ImportProblem::message)
                .containsExactly("the text contains a literal {n}, which a Sourcewise cloze would read as a blank");
    }

    @Test
    void repeated_and_malformed_sourcewise_comments_are_errors() {
        List<ImportProblem> errors = errors("// tags: a\n// tags: b\n// claims: c1,,c2\nQ {T}\n");

        assertThat(errors).containsExactly(
                new ImportProblem(2, "'// tags:' is given twice for the same question"),
                new ImportProblem(3, "empty claim key in 'c1,,c2' (separate claim keys with single commas)"));
    }
}

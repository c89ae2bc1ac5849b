package org.sourcewise.questions.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Files made to break an importer: huge blocks, huge numbers, a flood of mistakes. Each is refused (or
 * read) with a documented answer; how long they take is measured by FormatsBenchmark, not here.
 */
class HostileFileTest {

    private static ImportException refused(QuestionFormat format, String text) {
        ImportException e = catchThrowableOfType(ImportException.class, () -> QuestionFormats.parse(format, text));
        assertThat(e).as("the import should fail").isNotNull();
        return e;
    }

    private static String json(String option) {
        return "{\"format\": \"sourcewise-questions\", \"version\": 1, \"questions\": [\n"
                + "{\"type\": \"NUMERIC\", \"stem\": \"N?\", \"options\": [\n" + option + "\n]}]}";
    }

    @Test
    void infinite_numbers_are_refused_in_every_format_with_a_message_that_says_so() {
        String tooLarge = "'1e400' is too large a number: numbers must lie between -1.8e308 and 1.8e308";
        assertThat(refused(QuestionFormat.GIFT, "N {#1:1e400}").errors()).containsExactly(new ImportProblem(1, tooLarge));
        assertThat(refused(QuestionFormat.GIFT, "N {#1e400}").errors()).containsExactly(new ImportProblem(1, tooLarge));
        assertThat(refused(QuestionFormat.GIFT, "N {#-1e400..1}").errors())
                .containsExactly(new ImportProblem(1, "'-1e400' is too large a number: numbers must lie between -1.8e308 and 1.8e308"));
        assertThat(refused(QuestionFormat.CSV, "type,stem,option_1\nnumeric,N,1:1e400\n").errors())
                .containsExactly(new ImportProblem(2, "column option_1: " + tooLarge));
        assertThat(refused(QuestionFormat.JSON, json("{\"value\": 1, \"tolerance\": 1e400}")).errors())
                .containsExactly(new ImportProblem(3, "questions[0].options[0].tolerance is a number too large to hold"));
    }

    @Test
    void an_exponent_too_large_for_the_parser_is_a_refused_number_not_a_crash() {
        assertThat(refused(QuestionFormat.GIFT, "N {#1e99999999999}").errors()).extracting(ImportProblem::message)
                .containsExactly("'1e99999999999' is too large a number: numbers must lie between -1.8e308 and 1.8e308");
        assertThat(QuestionFormats.parse(QuestionFormat.GIFT, "N {#1e-99999999999}").questions().getFirst()
                .content().options().getFirst().value()).isZero();
    }

    @Test
    void a_number_of_thousands_of_digits_is_read_and_quoted_only_in_part() {
        String digits = "0." + "3".repeat(5000);
        assertThat(QuestionFormats.parse(QuestionFormat.GIFT, "N {#" + digits + "}").questions().getFirst()
                .content().options().getFirst().value()).isEqualTo(1.0 / 3);
        String message = refused(QuestionFormat.GIFT, "N {#" + "9".repeat(5000) + "}").errors().getFirst().message();
        assertThat(message).hasSizeLessThan(200).startsWith("'999").contains("…' is too large a number");
    }

    @Test
    void a_matching_block_whose_items_lack_arrows_names_the_first_hundred_and_counts_the_rest() {
        String block = "Match {\n=a -> b\n" + "=c\n".repeat(20_000) + "=d -> e\n}";

        ImportException e = refused(QuestionFormat.GIFT, block);

        assertThat(e.errors()).hasSize(ProblemList.LISTED);
        assertThat(e.errors().getFirst()).isEqualTo(new ImportProblem(3, "matching answer 'c' has no '->' between the item and its match"));
        assertThat(e.errors().getLast().line()).isEqualTo(102);
        assertThat(e.more()).isEqualTo(20_000 - ProblemList.LISTED);
        assertThat(e.getMessage()).startsWith("20000 errors: line 3: ").endsWith("; and 19995 more");
    }

    @Test
    void a_flood_of_aiken_mistakes_lists_the_first_hundred_by_line() {
        ImportException e = refused(QuestionFormat.AIKEN, "A. option\n".repeat(5000));

        assertThat(e.errors()).hasSize(100).extracting(ImportProblem::line).startsWith(1, 2, 3).endsWith(100);
        assertThat(e.more()).isEqualTo(4900);
    }

    @Test
    void warnings_are_bounded_like_errors() {
        ImportResult r = QuestionFormats.parse(QuestionFormat.GIFT, "[plain]2*3 {T}\n\n".repeat(300));

        assertThat(r.questions()).hasSize(300);
        assertThat(r.warnings()).hasSize(100);
        assertThat(r.moreWarnings()).isEqualTo(200);
    }

    @Test
    void the_problem_list_keeps_the_first_problems_by_line_whatever_order_they_come_in() {
        ProblemList list = new ProblemList();
        for (int line = 300; line >= 1; line--) {
            list.add(new ImportProblem(line, "second at " + line));
            list.add(new ImportProblem(line, "third at " + line));
        }
        list.add(new ImportProblem(1, "fourth at 1"));

        assertThat(list.total()).isEqualTo(601);
        assertThat(list.more()).isEqualTo(501);
        assertThat(list.listed()).hasSize(100).startsWith(new ImportProblem(1, "second at 1"),
                new ImportProblem(1, "third at 1"), new ImportProblem(1, "fourth at 1"), new ImportProblem(2, "second at 2"));
    }

    @Test
    void a_fault_of_ours_while_reading_a_question_becomes_an_error_at_its_line() {
        ImportCollector out = new ImportCollector();
        out.guarded(7, () -> {
            throw new IllegalStateException("a bug");
        });
        out.guarded(9, () -> out.warning(9, "questions.import.problem.no-questions")); // any warning: a key of the words files

        ImportException e = catchThrowableOfType(ImportException.class, out::finish);

        assertThat(e.errors()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(7);
            assertThat(p.message()).startsWith("Sourcewise could not read this part of the file (an internal error:"
                    + " IllegalStateException)");
        });
    }

    @Test
    void deeply_nested_json_is_a_syntax_error_not_a_stack_overflow() {
        ImportException e = refused(QuestionFormat.JSON, "[".repeat(100_000));

        assertThat(e.errors()).singleElement().extracting(ImportProblem::message).asString().startsWith("JSON syntax error");
    }

    @Test
    void every_format_answers_an_empty_or_binary_file_with_errors_or_nothing_found() {
        for (QuestionFormat format : QuestionFormat.values()) {
            for (String text : List.of("", "\u0000\u0001\u0002", "\uFEFF", "\r\r\r")) {
                try {
                    assertThat(QuestionFormats.parse(format, text).questions()).as(format + " " + text).isEmpty();
                } catch (ImportException e) {
                    assertThat(e.errors()).isNotEmpty();
                }
            }
        }
    }
}

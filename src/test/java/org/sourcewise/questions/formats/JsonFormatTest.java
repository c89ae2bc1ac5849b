package org.sourcewise.questions.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.sourcewise.questions.formats.Specs.distractor;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcewise.questions.Difficulty;
import org.sourcewise.questions.Option;
import org.sourcewise.questions.QuestionContent;
import org.sourcewise.questions.QuestionSpec;
import org.sourcewise.questions.QuestionStatus;
import org.sourcewise.questions.QuestionType;

/** Sourcewise JSON: lossless round trip, defaults for hand-written files, and every error with its line. */
class JsonFormatTest {

    private static List<ImportProblem> errors(String text) {
        ImportException e = catchThrowableOfType(ImportException.class,
                () -> QuestionFormats.parse(QuestionFormat.JSON, text));
        assertThat(e).as("the import should fail").isNotNull();
        return e.errors();
    }

    @Test
    void export_then_import_gives_equal_questions_for_every_type_and_field() {
        ExportResult export = QuestionFormats.export(QuestionFormat.JSON, SampleBank.all());

        assertThat(export.skipped()).isEmpty();
        assertThat(QuestionFormats.parse(QuestionFormat.JSON, export.text()).questions()).isEqualTo(SampleBank.all());
    }

    @Test
    void the_round_trip_keeps_what_text_formats_lose_empty_strings_whitespace_and_odd_numbers() {
        QuestionSpec odd = new QuestionSpec("  spaced key ", "", new QuestionContent(QuestionType.NUMERIC,
                "  indented\r\n\tstem\n", List.of(new Option("", "", 1e-300, -0.0, -1, "", 2147483647),
                        new Option(null, null, 0.1 + 0.2, 1.7976931348623157e308, 0.3333333333333333, null, null)),
                "", " "), List.of(""), "", List.of("a, b"), Difficulty.HARD, QuestionStatus.ARCHIVED);

        String text = QuestionFormats.export(QuestionFormat.JSON, List.of(odd)).text();

        assertThat(QuestionFormats.parse(QuestionFormat.JSON, text).questions()).containsExactly(odd);
    }

    @Test
    void the_export_writes_every_field_nulls_included() {
        String text = QuestionFormats.export(QuestionFormat.JSON, List.of(SampleBank.matching())).text();

        assertThat(text).startsWith("{\n  \"format\" : \"sourcewise-questions\",\n  \"version\" : 1,\n");
        assertThat(text).contains("        {\n"
                + "          \"text\" : null,\n"
                + "          \"match\" : \"1067 mm\",\n"
                + "          \"value\" : null,\n"
                + "          \"tolerance\" : null,\n"
                + "          \"weight\" : 0.0,\n"
                + "          \"feedback\" : null,\n"
                + "          \"blank\" : null\n"
                + "        }");
        assertThat(text).contains("\"generalFeedback\" : null,", "\"tags\" : [ ],", "\"status\" : \"DRAFT\"");
    }

    @Test
    void a_hand_written_file_may_leave_out_optional_fields_and_write_enums_in_lower_case() {
        List<QuestionSpec> questions = QuestionFormats.parse(QuestionFormat.JSON, Resources.text("json/questions.json"))
                .questions();

        assertThat(questions).containsExactly(
                new QuestionSpec("q-sc", null, new QuestionContent(QuestionType.SINGLE_CHOICE,
                        "Which country did KCNA list first?",
                        List.of(Option.choice("Russia", 1, "Да."), Option.choice("China", 0, null)),
                        "KCNA put Russia first.", null), List.of("c01"), null, List.of(), Difficulty.EASY,
                        QuestionStatus.PUBLISHED),
                new QuestionSpec(null, null, new QuestionContent(QuestionType.MATCHING, "Match.",
                        List.of(Option.pair("Russia", "1520 mm"), Option.pair("China", "1435 mm"), distractor("1067 mm")),
                        null, null), List.of(), null, List.of(), Difficulty.MEDIUM, QuestionStatus.DRAFT));
    }

    @Test
    void every_schema_problem_is_reported_with_its_line() {
        List<ImportProblem> errors = errors(Resources.text("json/errors.json"));

        assertThat(errors).containsExactly(
                new ImportProblem(3, "version 2 is not supported; this Sourcewise reads version 1"),
                new ImportProblem(6, "questions[0].type: unknown value 'riddle' (SINGLE_CHOICE, MULTIPLE_RESPONSE,"
                        + " TRUE_FALSE, SHORT_ANSWER, NUMERIC, MATCHING, ORDERING, CLOZE, ESSAY)"),
                new ImportProblem(7, "questions[0].stem must be a string, not a number"),
                new ImportProblem(9, "questions[0].options[0].weight must lie between -1 and 1, was 1.5"),
                new ImportProblem(10, "questions[0].options[1].colour is not a known property (known: text, match,"
                        + " value, tolerance, weight, feedback, blank)"),
                new ImportProblem(10, "questions[0].options[1].blank must be a whole number from 1, was 0"),
                new ImportProblem(12, "questions[0].claims[1] must be a string, not a number"),
                new ImportProblem(14, "questions[1].type is missing"),
                new ImportProblem(18, "questions[2] must be an object, not a string"),
                new ImportProblem(22, "property 'stem' appears twice in one object"));
    }

    @Test
    void a_syntax_error_is_reported_at_jacksons_line() {
        List<ImportProblem> errors = errors(Resources.text("json/broken.json"));

        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).line()).isEqualTo(6);
        assertThat(errors.get(0).message()).startsWith("JSON syntax error: Unexpected character ('\"'");
    }

    @Test
    void the_document_must_be_a_sourcewise_questions_object() {
        assertThat(errors("[]")).containsExactly(new ImportProblem(1, "the document must be an object with format,"
                + " version and questions, not an array"));
        assertThat(errors("{\"format\": \"moodle\", \"version\": 1, \"questions\": []}")).containsExactly(
                new ImportProblem(1, "format must be \"sourcewise-questions\", was \"moodle\""));
        assertThat(errors("{}")).extracting(ImportProblem::message)
                .containsExactly("format is missing", "version is missing", "questions is missing");
        assertThat(errors("{\"format\": \"sourcewise-questions\", \"version\": 1, \"questions\": []} {}"))
                .containsExactly(new ImportProblem(1, "unexpected content after the end of the document"));
        assertThat(errors("")).containsExactly(new ImportProblem(0, "the file is empty"));
    }

    @Test
    void a_number_too_large_to_hold_is_an_error_on_its_line_not_a_crash() {
        assertThat(errors("{\"format\": \"sourcewise-questions\",\n \"version\": 1e400, \"questions\": []}"))
                .containsExactly(new ImportProblem(2, "version is a number too large to hold"));
    }
}

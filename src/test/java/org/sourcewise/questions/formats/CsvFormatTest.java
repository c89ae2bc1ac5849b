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

/** Sourcewise CSV: the column layout in docs/formats.md, RFC 4180 quoting, errors per line, round trip. */
class CsvFormatTest {

    private static List<QuestionSpec> read(String text) {
        return QuestionFormats.parse(QuestionFormat.CSV, text).questions();
    }

    private static List<ImportProblem> errors(String text) {
        ImportException e = catchThrowableOfType(ImportException.class,
                () -> QuestionFormats.parse(QuestionFormat.CSV, text));
        assertThat(e).as("the import should fail").isNotNull();
        return e.errors();
    }

    private static QuestionSpec q(String key, QuestionType type, String stem, Option... options) {
        return new QuestionSpec(key, null, new QuestionContent(type, stem, List.of(options), null, null), List.of(),
                null, List.of(), null, null);
    }

    @Test
    void every_type_reads_from_its_option_cells_with_quoting_and_multi_line_cells() {
        List<QuestionSpec> questions = read(Resources.text("csv/questions.csv"));

        assertThat(questions).containsExactly(
                new QuestionSpec("q-1", "Top", new QuestionContent(QuestionType.SINGLE_CHOICE,
                        "Which country did KCNA list first, in 2017?",
                        List.of(Option.choice("Russia — Россия", 1, "Yes, \"Russia\"."), Option.choice("China", 0, null)),
                        "KCNA put Russia first.", null), List.of("c01"), "Lesson 1/Allies", List.of("allies", "kcna"),
                        Difficulty.EASY, QuestionStatus.PUBLISHED),
                new QuestionSpec("q-2", null, new QuestionContent(QuestionType.MULTIPLE_RESPONSE, "Which are gauges?",
                        List.of(Option.choice("1520 mm", 0.5, null), Option.choice("1435 mm", 0.5, null),
                                Option.choice("42 mm", -1, null)), null, null),
                        List.of("c02", "c03"), null, List.of(), null, null),
                q("q-3", QuestionType.MULTIPLE_RESPONSE, "Weighted?", Option.choice("a", 0.75, null),
                        Option.choice("b", 0.25, null), Option.choice("c", -1, null)),
                q("q-4", QuestionType.TRUE_FALSE, "Russia's track is wider.", Option.choice("True", 1, "Right."),
                        Option.choice("False", 0, "It is wider.")),
                q("q-5", QuestionType.SHORT_ANSWER, "Capital of France?", Option.choice("Paris", 1, null),
                        Option.choice("Lutetia", 0.5, "Its Roman name.")),
                q("q-6", QuestionType.NUMERIC, "Numbers?", Option.number(1520, 0, 1, null), Option.number(3, 2, 0.5, null),
                        Option.number(3.14, 0.01, 0.25, null)),
                q("q-7", QuestionType.MATCHING, "Match.", Option.pair("Russia", "1520 mm"), Option.pair("China", "1435 mm"),
                        distractor("1067 mm")),
                q("q-8", QuestionType.ORDERING, "Order them.", Option.item("first"), Option.item("second"),
                        Option.item("third")),
                q("q-9", QuestionType.CLOZE, "{1} uses 1520 mm;\n{2} uses 1435 mm.",
                        Option.blankAnswer(1, "Russia", 1, null), Option.blankAnswer(2, "China", 1, null),
                        Option.blankAnswer(2, "Korea", 0, null)),
                new QuestionSpec("q-10", null, new QuestionContent(QuestionType.ESSAY, "Explain the break of gauge.",
                        List.of(), "Graded by hand.", "Mention Zabaykalsk. 😀 카페"), List.of(), null, List.of(), null,
                        null));
    }

    @Test
    void every_problem_is_reported_at_the_line_its_row_starts_on() {
        List<ImportProblem> errors = errors(Resources.text("csv/errors.csv"));

        assertThat(errors).containsExactly(
                new ImportProblem(3, "column type: unknown type 'riddle' (single_choice, multiple_response,"
                        + " true_false, short_answer, numeric, matching, ordering, cloze, essay)"),
                new ImportProblem(4, "column correct: '3' names no option (give option numbers N of filled option_N"
                        + " columns)"),
                new ImportProblem(6, "column stem: every question needs a stem"),
                new ImportProblem(6, "column difficulty: unknown difficulty 'hardest' (easy, medium, hard)"),
                new ImportProblem(7, "column weight_1: give either 'correct' or weight_N values, not both"),
                new ImportProblem(8, "column weight_1: '2' is not a weight between -1 and 1"),
                new ImportProblem(8, "column option_1: 'five' is not a number like 3.14, 3.14:0.01 or 1..5"),
                new ImportProblem(8, "column option_2: '1..x' is not a range like 1..5"),
                new ImportProblem(9, "column correct: 'maybe' is neither true nor false"),
                new ImportProblem(9, "column option_1: a true/false question takes only feedback_1 (shown after True)"
                        + " and feedback_2 (shown after False)"),
                new ImportProblem(10, "column option_1: matching pairs take no weight or feedback"),
                new ImportProblem(10, "column option_1: write a pair as 'item -> match', or '-> match' for a distractor"),
                new ImportProblem(11, "key 'k1' is already used by the question at line 2"),
                new ImportProblem(12, "CSV syntax error: EOF reached before encapsulated token finished (a double quote"
                        + " inside a quoted cell is written twice: \"\")"));
    }

    @Test
    void the_header_is_required_and_checked() {
        assertThat(errors("")).containsExactly(new ImportProblem(0, "the file is empty: the first row must name the"
                + " columns, such as type,stem,option_1,option_2,correct"));
        assertThat(errors("single_choice,Which?,a,b,1\n")).extracting(ImportProblem::message).containsExactly(
                "unknown column 'single_choice' (columns: key, type, title, category, tags, claims, difficulty, status,"
                        + " stem, correct, explanation, general_feedback, and option_N, weight_N, feedback_N)",
                "unknown column 'Which?' (columns: key, type, title, category, tags, claims, difficulty, status, stem,"
                        + " correct, explanation, general_feedback, and option_N, weight_N, feedback_N)",
                "unknown column 'a' (columns: key, type, title, category, tags, claims, difficulty, status, stem,"
                        + " correct, explanation, general_feedback, and option_N, weight_N, feedback_N)",
                "unknown column 'b' (columns: key, type, title, category, tags, claims, difficulty, status, stem,"
                        + " correct, explanation, general_feedback, and option_N, weight_N, feedback_N)",
                "unknown column '1' (columns: key, type, title, category, tags, claims, difficulty, status, stem,"
                        + " correct, explanation, general_feedback, and option_N, weight_N, feedback_N)",
                "the header has no 'type' column (the first row must name the columns)",
                "the header has no 'stem' column (the first row must name the columns)");
        assertThat(errors("type,stem,Stem\n")).containsExactly(new ImportProblem(1, "column 'stem' appears twice"));
        assertThat(errors("type,stem\nessay,Why?,extra\n")).containsExactly(
                new ImportProblem(2, "the row has 3 cells, the header 2"));
    }

    @Test
    void export_then_import_gives_every_question_back_with_status_and_all_types() {
        ExportResult export = QuestionFormats.export(QuestionFormat.CSV, SampleBank.all());

        assertThat(export.skipped()).isEmpty();
        assertThat(read(export.text())).isEqualTo(SampleBank.all());
    }

    @Test
    void the_export_uses_correct_when_it_says_all_and_weights_otherwise() {
        String text = QuestionFormats.export(QuestionFormat.CSV,
                List.of(SampleBank.trueFalse(), SampleBank.multipleResponse())).text();

        assertThat(text).startsWith("key,type,title,category,tags,claims,difficulty,status,stem,correct,explanation,"
                + "general_feedback,option_1,weight_1,feedback_1,option_2,weight_2,feedback_2,option_3,weight_3,"
                + "feedback_3,option_4,weight_4,feedback_4\r\n");
        assertThat(text).contains("q-tf,true_false,,Lesson 2,rail,c02,medium,published,Russia's track is wider than"
                + " China's.,true,Broad gauge.,,,,Yes: 1520 against 1435 mm.,,,It is wider.,,,,,,\r\n");
        assertThat(text).contains("q-mr,multiple_response,,Lesson 1/Allies,,c02;c03,easy,draft,Which two are rail"
                + " gauges?,,Both are gauges.,,1520 mm,0.5,Russia's.,1435 mm,0.5,,42 mm,-1,Far too narrow.,Cheese,0,\r\n");
    }

    @Test
    void a_single_choice_row_may_mark_several_options_right_and_each_is_worth_full_marks() {
        QuestionSpec fruit = q("k", QuestionType.SINGLE_CHOICE, "Which is a fruit?", Option.choice("apple", 1, null),
                Option.choice("pear", 1, null), Option.choice("carrot", 0, null));

        assertThat(read("key,type,stem,option_1,option_2,option_3,correct\nk,single_choice,Which is a fruit?,apple,pear,"
                + "carrot,1;2\n")).containsExactly(fruit);
        String text = QuestionFormats.export(QuestionFormat.CSV, List.of(fruit)).text();
        assertThat(text).contains(",1;2,");
        assertThat(read(text)).containsExactly(fruit);
    }

    @Test
    void a_question_csv_would_change_is_skipped_with_the_reason() {
        QuestionSpec arrowInItem = q("k", QuestionType.MATCHING, "Match.", Option.pair("a -> b", "c"),
                Option.pair("d", "e"));

        ExportResult export = QuestionFormats.export(QuestionFormat.CSV, List.of(arrowInItem));

        assertThat(export.skipped()).containsExactly("k: CSV cannot carry it exactly (option 1 text: 'a -> b' would come"
                + " back as 'a')");
        assertThat(export.text()).doesNotContain("Match.");
    }
}

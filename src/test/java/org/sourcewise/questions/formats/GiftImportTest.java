package org.sourcewise.questions.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sourcewise.questions.formats.Specs.distractor;
import static org.sourcewise.questions.formats.Specs.draft;
import static org.sourcewise.questions.formats.Specs.falseOption;
import static org.sourcewise.questions.formats.Specs.inCategory;
import static org.sourcewise.questions.formats.Specs.trueOption;
import static org.sourcewise.questions.formats.Specs.withGeneralFeedback;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcewise.questions.Difficulty;
import org.sourcewise.questions.Option;
import org.sourcewise.questions.QuestionContent;
import org.sourcewise.questions.QuestionSpec;
import org.sourcewise.questions.QuestionStatus;
import org.sourcewise.questions.QuestionType;

/** The GIFT corpus in src/test/resources/formats/gift, one file per construct, read as Moodle reads it. */
class GiftImportTest {

    private static ImportResult read(String file) {
        return QuestionFormats.parse(QuestionFormat.GIFT, Resources.text("gift/" + file));
    }

    @Test
    void single_choice_keeps_titles_feedback_and_partial_and_negative_weights() {
        List<QuestionSpec> questions = read("choice.gift").questions();

        assertThat(questions.get(0)).isEqualTo(draft("Colours", QuestionType.SINGLE_CHOICE,
                "What colour is between orange and green in the spectrum?",
                Option.choice("yellow", 1, "right; good!"),
                Option.choice("red", 0, "wrong, it's yellow"),
                Option.choice("blue", -0.5, "far off")));
        assertThat(questions.get(1)).isEqualTo(draft("Hometown", QuestionType.SINGLE_CHOICE,
                "Jesus Christ was from which town?",
                Option.choice("Jerusalem", 0, "This was an important city, but the wrong answer."),
                Option.choice("Bethlehem", 0.25, "He was born here, but not raised here."),
                Option.choice("Galilee", 0.5, "You need to be more specific."),
                Option.choice("Nazareth", 1, "Yes! That's right!")));
    }

    @Test
    void choice_without_an_equals_sign_is_multiple_response_with_its_percentages() {
        List<QuestionSpec> questions = read("choice.gift").questions();

        assertThat(questions.get(2)).isEqualTo(draft(null, QuestionType.MULTIPLE_RESPONSE,
                "What two people are entombed in Grant's tomb?",
                Option.choice("No one", -1, null),
                Option.choice("Grant", 0.5, null),
                Option.choice("Grant's wife", 0.5, null),
                Option.choice("Grant's father", -1, null)));
        // Moodle rounds the sum to two decimals, so thirds written to five places make 100%.
        assertThat(questions.get(3).content().options()).extracting(Option::weight)
                .containsExactly(0.3333333, 0.3333333, 0.3333333, 0.0);
        assertThat(read("choice.gift").warnings()).isEmpty();
    }

    @Test
    void true_false_gives_the_first_feedback_to_a_wrong_answer_and_the_second_to_a_right_one() {
        List<QuestionSpec> questions = read("truefalse.gift").questions();

        assertThat(questions).containsExactly(
                draft("Sunrise", QuestionType.TRUE_FALSE, "The sun rises in the east.",
                        trueOption(1, "Yes, it does."), falseOption(0, "No, it rises in the east.")),
                draft("Sunset", QuestionType.TRUE_FALSE, "The sun rises in the west.",
                        trueOption(0, "It rises in the east."), falseOption(1, "Right, it does not.")),
                draft(null, QuestionType.TRUE_FALSE, "Grant is buried in Grant's tomb.",
                        trueOption(1, null), falseOption(0, null)),
                withGeneralFeedback(draft(null, QuestionType.TRUE_FALSE, "The moon is made of cheese.",
                        trueOption(0, null), falseOption(1, null)), "Rock, mostly."));
    }

    @Test
    void short_answer_keeps_alternatives_with_their_weights_and_feedback() {
        ImportResult result = read("short-answer.gift");

        assertThat(result.questions()).containsExactly(
                draft(null, QuestionType.SHORT_ANSWER, "Who's buried in Grant's tomb?",
                        Option.choice("Grant", 1, null), Option.choice("Ulysses S. Grant", 1, null),
                        Option.choice("Ulysses Grant", 0.5, "Half marks: give his initial.")),
                draft(null, QuestionType.SHORT_ANSWER, "Two plus two equals",
                        Option.choice("four", 1, null), Option.choice("4", 1, null)),
                draft(null, QuestionType.SHORT_ANSWER, "Say true.", Option.choice("true", 1, null)));
        assertThat(result.warnings()).containsExactly(new ImportProblem(6, "'true' is read as a short answer, as Moodle"
                + " does: true/false answers are written T, TRUE, F or FALSE, in capitals"));
    }

    @Test
    void numeric_reads_tolerances_ranges_and_several_weighted_answers() {
        List<QuestionSpec> questions = read("numeric.gift").questions();

        assertThat(questions).containsExactly(
                draft(null, QuestionType.NUMERIC, "When was Ulysses S. Grant born?", Option.number(1822, 5, 1, null)),
                draft(null, QuestionType.NUMERIC, "What is pi to three decimal places?",
                        Option.number(3.14159, 0.0005, 1, null)),
                draft(null, QuestionType.NUMERIC, "What is a number from 1 to 5?", Option.number(3, 2, 1, null)),
                draft("Grant, precisely", QuestionType.NUMERIC, "When was Ulysses S. Grant born?",
                        Option.number(1822, 0, 1, "Correct! Full credit."),
                        Option.number(1822, 2, 0.5, "He was born in 1822. Half credit for being close.")),
                draft(null, QuestionType.NUMERIC, "A number from -5 to -1.", Option.number(-3, 2, 1, null)),
                draft(null, QuestionType.NUMERIC, "The answer to everything.", Option.number(42, 0, 1, null)));
    }

    @Test
    void matching_reads_pairs_and_distractors_and_warns_about_two_pairs() {
        ImportResult result = read("matching.gift");

        assertThat(result.questions()).containsExactly(
                draft(null, QuestionType.MATCHING, "Match the countries with their capitals.",
                        Option.pair("Canada", "Ottawa"), Option.pair("Italy", "Rome"), Option.pair("Japan", "Tokyo"),
                        distractor("Canberra")),
                draft(null, QuestionType.MATCHING, "Match the letters.", Option.pair("a", "1"), Option.pair("b", "2")));
        assertThat(result.warnings()).extracting(ImportProblem::line).containsExactly(9);
        assertThat(result.warnings().get(0).message()).contains("at least three matching pairs");
    }

    @Test
    void an_empty_answer_block_is_an_essay_and_general_feedback_survives() {
        List<QuestionSpec> questions = read("essay.gift").questions();

        assertThat(questions).containsExactly(
                draft("Biography", QuestionType.ESSAY, "Write a short biography of Dag Hammarskjöld."),
                withGeneralFeedback(draft(null, QuestionType.ESSAY, "Describe the break of gauge at the border."),
                        "Good answers mention that Russia's track is wider than China's."));
    }

    @Test
    void missing_word_choice_and_short_answer_become_a_cloze_with_one_blank() {
        List<QuestionSpec> questions = read("missing-word.gift").questions();

        assertThat(questions.subList(0, 3)).containsExactly(
                draft(null, QuestionType.CLOZE, "Moodle costs {1} to download from moodle.org.",
                        Option.blankAnswer(1, "lots of money", 0, null), Option.blankAnswer(1, "nothing", 1, null),
                        Option.blankAnswer(1, "a small amount", 0, null)),
                draft(null, QuestionType.CLOZE, "The capital of France is {1} on most maps.",
                        Option.blankAnswer(1, "Paris", 1, null), Option.blankAnswer(1, "Lutetia", 1, "Its Roman name.")),
                draft(null, QuestionType.CLOZE, "{1} is buried in Grant's tomb.",
                        Option.blankAnswer(1, "Grant", 1, null), Option.blankAnswer(1, "Lee", 0, null)));
    }

    @Test
    void missing_word_of_other_types_keeps_the_type_with_moodles_blank_line_and_a_warning() {
        ImportResult result = read("missing-word.gift");

        assertThat(result.questions().subList(3, 5)).containsExactly(
                draft(null, QuestionType.TRUE_FALSE, "The sun rises in the east _____ every morning.",
                        trueOption(1, null), falseOption(0, null)),
                draft(null, QuestionType.NUMERIC, "Grant was born in _____ in Ohio.", Option.number(1822, 0, 1, null)));
        assertThat(result.warnings()).extracting(ImportProblem::line).containsExactly(8, 10);
        assertThat(result.warnings().get(0).message()).startsWith("missing-word form of a TRUE_FALSE question");
    }

    @Test
    void category_lines_apply_to_the_questions_after_them_without_moodles_context() {
        ImportResult result = read("categories.gift");

        assertThat(result.questions()).extracting(QuestionSpec::category)
                .containsExactly("Lesson 1/Rail", "Lesson 1/Rail", "Lesson 2", null);
        assertThat(result.warnings()).containsExactly(new ImportProblem(8,
                "category context '$course$/top/' dropped: Sourcewise categories belong to the course"));
    }

    @Test
    void markdown_is_kept_html_is_converted_and_plain_text_is_flagged() {
        ImportResult result = read("text-formats.gift");
        List<QuestionSpec> q = result.questions();

        assertThat(q.get(0)).isEqualTo(draft(null, QuestionType.SINGLE_CHOICE, "Which one is **bold**?",
                Option.choice("**this**", 1, null), Option.choice("_that_", 0, null)));
        assertThat(q.get(1)).isEqualTo(draft(null, QuestionType.SINGLE_CHOICE, "What is **2+2**?",
                Option.choice("4", 1, null), Option.choice("<b>5</b>", 0, null)));
        assertThat(q.get(2).content().stem()).isEqualTo("See [the source](https://example.org) & think.");
        assertThat(q.get(3).content().stem()).isEqualTo("Is 2*3 six?");
        assertThat(q.get(4).content().stem()).isEqualTo("Plain words only.");
        assertThat(q.get(5).content().stem()).isEqualTo("[unknown] is not a format, so it stays text.");
        assertThat(result.warnings()).extracting(ImportProblem::line).containsExactly(3, 3, 5, 7);
        assertThat(result.warnings()).extracting(ImportProblem::message).containsExactly(
                "[html] text converted to Markdown; check the formatting",
                "text in [plain] format is kept as written but shown as Markdown, so characters such as * _ ` [ < #"
                        + " and line breaks may render differently; check it",
                "[html] text converted to Markdown; check the formatting (tags dropped, their text kept: span)",
                "text in [plain] format is kept as written but shown as Markdown, so characters such as * _ ` [ < #"
                        + " and line breaks may render differently; check it");
    }

    @Test
    void escapes_give_the_special_characters_and_lines_join_into_one_text() {
        List<QuestionSpec> questions = read("escapes.gift").questions();

        assertThat(questions.get(0)).isEqualTo(draft("Escapes: all of them", QuestionType.SINGLE_CHOICE,
                "Which of these is a GIFT special character: ~ = # { }?",
                Option.choice("All of them: ~ = # { }", 1, "Right: each needs a backslash."),
                Option.choice("None", 0, null)));
        assertThat(questions.get(1).content().stem()).isEqualTo("A question text\nthat spans lines,\n"
                + "with an escaped line break\nand a backslash \\ that stays one. Markdown's \\* stays too.");
    }

    @Test
    void sourcewise_comment_lines_set_key_claims_tags_difficulty_and_explanation() {
        List<QuestionSpec> questions = read("extensions.gift").questions();

        QuestionContent content = new QuestionContent(QuestionType.SINGLE_CHOICE, "Which gauge does Russia use?",
                List.of(Option.choice("broad", 1, null), Option.choice("standard", 0, null)),
                "Russia's track is wider than China's.\nSee claim c01.", null);
        assertThat(questions).containsExactly(
                new QuestionSpec("q-rail-01", "Gauge", content, List.of("c01", "c02"), null, List.of("rail", "gauge"),
                        Difficulty.HARD, QuestionStatus.DRAFT),
                draft(null, QuestionType.TRUE_FALSE, "Plain.", trueOption(1, null), falseOption(0, null)));
    }

    @Test
    void accents_cyrillic_hangul_and_emoji_come_through_unchanged() {
        QuestionSpec q = read("unicode.gift").questions().get(0);

        assertThat(q).isEqualTo(draft("Café", QuestionType.SINGLE_CHOICE,
                "Où se trouve le café ? Где кафе? 카페는 어디에 있나요? 😀",
                Option.choice("Ici — здесь — 여기 🎉", 1, "Très bien, отлично, 좋아요 👍"), Option.choice("Là-bas", 0, null)));
    }

    @Test
    void byte_order_mark_and_windows_line_endings_are_read_like_any_file() {
        String text = Resources.text("gift/windows.gift");
        String valid = text.substring(0, text.indexOf("Broken"));

        assertThat(QuestionFormats.parse(QuestionFormat.GIFT, valid).questions()).containsExactly(
                draft("Windows", QuestionType.SINGLE_CHOICE, "A question\nover two lines.",
                        Option.choice("right", 1, "Good."), Option.choice("wrong", 0, null)),
                draft(null, QuestionType.TRUE_FALSE, "Second question", trueOption(0, null), falseOption(1, null)));
        // Line numbers count CRLF as one line ending.
        assertThatThrownBy(() -> QuestionFormats.parse(QuestionFormat.GIFT, text))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.errors()).containsExactly(
                        new ImportProblem(10, "'{' opens an answer block that is never closed with '}'"
                                + " (write \\{ for a literal brace)")));
    }

    @Test
    void a_file_of_comments_only_imports_nothing_with_a_warning() {
        ImportResult result = QuestionFormats.parse(QuestionFormat.GIFT, "// nothing here\n\n// key: q1\n");

        assertThat(result.questions()).isEmpty();
        assertThat(result.warnings()).extracting(ImportProblem::line).containsExactly(0, 3);
    }

    @Test
    void a_question_right_after_a_category_line_is_read_but_flagged_as_moodle_reads_it_otherwise() {
        ImportResult result = QuestionFormats.parse(QuestionFormat.GIFT, "$CATEGORY: Rail\nTrains run on rails. {T}\n");

        assertThat(result.questions()).extracting(QuestionSpec::category).containsExactly("Rail");
        assertThat(result.warnings()).extracting(ImportProblem::line).containsExactly(2);
    }
}

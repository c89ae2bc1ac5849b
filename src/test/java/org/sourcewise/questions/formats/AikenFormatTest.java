package org.sourcewise.questions.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.sourcewise.questions.formats.Specs.draft;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcewise.questions.Option;
import org.sourcewise.questions.QuestionSpec;
import org.sourcewise.questions.QuestionType;

/** Aiken: strict single-choice import as Moodle reads it, and an export that round-trips. */
class AikenFormatTest {

    @Test
    void questions_read_as_single_choice_drafts_with_the_answer_letter_marking_the_right_option() {
        ImportResult result = QuestionFormats.parse(QuestionFormat.AIKEN, Resources.text("aiken/questions.txt"));

        assertThat(result.questions()).containsExactly(
                draft(null, QuestionType.SINGLE_CHOICE, "What is the correct answer to this question?",
                        Option.choice("Is it this one?", 0, null), Option.choice("Maybe this answer?", 0, null),
                        Option.choice("Possibly this one?", 0, null), Option.choice("Must be this one!", 1, null)),
                draft(null, QuestionType.SINGLE_CHOICE, "Which LMS has the most quiz import formats?",
                        Option.choice("Moodle", 1, null), Option.choice("ATutor", 0, null),
                        Option.choice("Claroline", 0, null)),
                draft(null, QuestionType.SINGLE_CHOICE, "Où est le café ? Где кафе? 카페는? 😀",
                        Option.choice("Ici — здесь — 여기", 1, null), Option.choice("Là-bas 🎉", 0, null)));
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void every_mistake_is_reported_with_its_line() {
        ImportException e = catchThrowableOfType(ImportException.class,
                () -> QuestionFormats.parse(QuestionFormat.AIKEN, Resources.text("aiken/errors.txt")));

        assertThat(e.errors()).containsExactly(
                new ImportProblem(1, "option A comes before any question text"),
                new ImportProblem(4, "the question needs at least two options before its ANSWER line"),
                new ImportProblem(8, "option C out of sequence: expected B"),
                new ImportProblem(14, "ANSWER C names no option (options run A to B)"),
                new ImportProblem(16, "the question has no 'ANSWER: X' line before line 20"),
                new ImportProblem(23, "write 'ANSWER:' in capitals, as Aiken requires"),
                new ImportProblem(25, "the question has no 'ANSWER: X' line before line 26 (Aiken question text is"
                        + " one line)"),
                new ImportProblem(29, "'ANSWER: B) b' must name one capital letter"),
                new ImportProblem(31, "the question has no 'ANSWER: X' line"));
    }

    @Test
    void plain_text_that_markdown_would_render_differently_is_kept_and_flagged() {
        ImportResult result = QuestionFormats.parse(QuestionFormat.AIKEN, "Is 2*3*4 = 24?\nA) yes\nB) no\nANSWER: A\n");

        assertThat(result.questions().get(0).content().stem()).isEqualTo("Is 2*3*4 = 24?");
        assertThat(result.warnings()).extracting(ImportProblem::line).containsExactly(1);
    }

    @Test
    void export_then_import_gives_the_content_back_and_skips_what_aiken_cannot_hold() {
        QuestionSpec plain = draft(null, QuestionType.SINGLE_CHOICE, "Где кафе? 카페 😀",
                Option.choice("Ici", 0, null), Option.choice("Là-bas", 1, null));
        QuestionSpec twoLines = draft(null, QuestionType.SINGLE_CHOICE, "Two\nlines",
                Option.choice("a", 1, null), Option.choice("b", 0, null));

        ExportResult export = QuestionFormats.export(QuestionFormat.AIKEN,
                List.of(plain, SampleBank.singleChoice(), SampleBank.trueFalse(), twoLines));

        assertThat(export.text()).isEqualTo("Где кафе? 카페 😀\nA) Ici\nB) Là-bas\nANSWER: B\n\n");
        assertThat(QuestionFormats.parse(QuestionFormat.AIKEN, export.text()).questions()).containsExactly(plain);
        assertThat(export.skipped()).containsExactly(
                "q-sc: Aiken has no partial credit",
                "q-tf: Aiken holds single-choice questions only, not TRUE_FALSE",
                "question 4 (no key): Aiken cannot carry it (the question has no 'ANSWER: X' line before line 2"
                        + " (Aiken question text is one line))");
    }
}

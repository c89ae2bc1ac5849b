package org.sourcewise.questions.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcewise.questions.formats.Specs.draft;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcewise.questions.Option;
import org.sourcewise.questions.QuestionContent;
import org.sourcewise.questions.QuestionSpec;
import org.sourcewise.questions.QuestionStatus;
import org.sourcewise.questions.QuestionType;

/** GIFT export: what it writes, what it skips and why, and that importing the export gives the bank back. */
class GiftExportTest {

    private static List<QuestionSpec> drafts(List<QuestionSpec> specs) {
        return specs.stream().map(s -> Specs.withStatus(s, QuestionStatus.DRAFT)).toList();
    }

    @Test
    void export_then_import_gives_every_representable_question_back_as_a_draft() {
        ExportResult export = QuestionFormats.export(QuestionFormat.GIFT, SampleBank.giftable());

        assertThat(export.skipped()).isEmpty();
        ImportResult back = QuestionFormats.parse(QuestionFormat.GIFT, export.text());
        assertThat(back.questions()).isEqualTo(drafts(SampleBank.giftable()));
        assertThat(back.warnings()).isEmpty();
    }

    @Test
    void ordering_and_multi_blank_cloze_are_skipped_with_their_reasons_and_the_rest_is_written() {
        ExportResult export = QuestionFormats.export(QuestionFormat.GIFT, SampleBank.all());

        assertThat(export.skipped()).containsExactly("q-order: ORDERING has no GIFT form",
                "q-cloze-3: CLOZE with 2 blanks has no GIFT form (GIFT's missing-word format holds one)");
        assertThat(QuestionFormats.parse(QuestionFormat.GIFT, export.text()).questions())
                .extracting(QuestionSpec::key).containsExactly("q-sc", "q-mr", "q-tf", "q-sa", "q-num", "q-match",
                        "q-essay", "q-cloze-1", "q-cloze-2");
    }

    @Test
    void the_export_is_moodle_style_gift_with_sourcewise_comments_and_escapes() {
        String text = QuestionFormats.export(QuestionFormat.GIFT,
                List.of(SampleBank.singleChoice(), SampleBank.shortAnswer(), SampleBank.trueFalse())).text();

        assertThat(text).isEqualTo("""
                $CATEGORY: Lesson 1/Allies

                // key: q-sc
                // claims: c01
                // tags: allies, kcna
                // difficulty: hard
                // explanation: KCNA put Russia at the top (claim c01).
                ::Top of the list\\: KCNA::[markdown]Which country did **KCNA** list first in 2017?\\n\\nPick one — выберите один.{
                \t=Russia — Россия#Да\\: KCNA put Russia first.
                \t~China#China came second that year.
                \t~%25%한국#Partly 👍
                \t####Café ☕ for everyone 😀
                }

                $CATEGORY:\s

                // key: q-sa
                // explanation: See the escapes table.
                ::Specials\\: \\~ \\= \\# \\{ \\} \\\\::[markdown]In GIFT, which characters need a backslash\\: \\~ \\= \\# \\{ \\} \\: and \\\\ itself? Use `a \\=\\= b` \\{not a blank\\}.{
                \t=all of them#Right\\: \\~\\=\\#\\{\\}\\: all.
                \t=%50%some \\= few#Half \\#marks
                }

                $CATEGORY: Lesson 2

                // key: q-tf
                // claims: c02
                // tags: rail
                // explanation: Broad gauge.
                [markdown]Russia's track is wider than China's.{TRUE#It is wider.#Yes\\: 1520 against 1435 mm.}

                """);
    }

    @Test
    void a_one_blank_cloze_is_written_in_missing_word_form() {
        String text = QuestionFormats.export(QuestionFormat.GIFT, List.of(SampleBank.clozeDropDown())).text();

        assertThat(text).contains("[markdown]Moscow is the capital of {=Russia#Верно. ~Belarus#Minsk is.}, as every"
                + " atlas shows.\n");
    }

    @Test
    void a_cloze_whose_blank_ends_the_stem_is_skipped_because_gift_would_read_another_type() {
        QuestionSpec endsWithBlank = draft(null, QuestionType.CLOZE, "The capital is {1}",
                Option.blankAnswer(1, "Paris", 1, null));

        ExportResult export = QuestionFormats.export(QuestionFormat.GIFT, List.of(endsWithBlank));

        assertThat(export.text()).isEmpty();
        assertThat(export.skipped()).containsExactly("question 1 (no key): the blank ends the stem, and GIFT reads an"
                + " answer block at the end as an ordinary question");
    }

    @Test
    void a_question_gift_would_read_differently_is_skipped_with_the_field_that_would_change() {
        QuestionSpec pairFeedback = draft(null, QuestionType.MATCHING, "Match.",
                new Option("a", "1", null, null, 1.0, "no place for this", null), Option.pair("b", "2"));
        QuestionSpec commaTag = new QuestionSpec("k", null, SampleBank.trueFalse().content(), List.of(), null,
                List.of("a, b"), null, null);

        ExportResult export = QuestionFormats.export(QuestionFormat.GIFT, List.of(pairFeedback, commaTag));

        assertThat(export.skipped()).containsExactly(
                "question 1 (no key): GIFT cannot carry it exactly (option 1 feedback: 'no place for this' would come"
                        + " back as nothing)",
                "k: GIFT cannot carry it exactly (tags: ['a, b'] would come back as ['a', 'b'])");
        assertThat(export.text()).isEmpty();
    }

    @Test
    void texts_that_gift_trims_still_round_trip_apart_from_the_surrounding_whitespace() {
        QuestionSpec padded = new QuestionSpec("k", null, new QuestionContent(QuestionType.TRUE_FALSE,
                "  Stem from a YAML block.\n", List.of(Option.choice("True", 1, null), Option.choice("False", 0, null)),
                "", null), List.of(), null, List.of(), null, null);

        ExportResult export = QuestionFormats.export(QuestionFormat.GIFT, List.of(padded));

        assertThat(export.skipped()).isEmpty();
        QuestionSpec back = QuestionFormats.parse(QuestionFormat.GIFT, export.text()).questions().get(0);
        assertThat(back.content().stem()).isEqualTo("Stem from a YAML block.");
        assertThat(back.content().explanation()).isNull();
    }
}

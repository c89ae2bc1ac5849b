package org.sourcewise.questions.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcewise.questions.Option;
import org.sourcewise.questions.QuestionSpec;
import org.sourcewise.questions.QuestionType;

/** Moodle XML: read as Moodle reads it, written so that Moodle and Sourcewise read it back whole. */
class MoodleXmlFormatTest {

    private static ImportResult read(String path) {
        return QuestionFormats.parse(QuestionFormat.MOODLEXML, Resources.text(path));
    }

    @Test
    void every_shared_type_is_read_with_moodles_meaning() {
        ImportResult r = read("moodlexml/questions.xml");

        assertThat(r.questions()).extracting(QuestionSpec::type).containsExactly(QuestionType.SINGLE_CHOICE,
                QuestionType.MULTIPLE_RESPONSE, QuestionType.TRUE_FALSE, QuestionType.SHORT_ANSWER, QuestionType.NUMERIC,
                QuestionType.MATCHING, QuestionType.ORDERING, QuestionType.ESSAY);
        QuestionSpec gauge = r.questions().getFirst();
        assertThat(gauge.key()).isEqualTo("q-gauge");
        assertThat(gauge.title()).isEqualTo("Gauge");
        assertThat(gauge.category()).isEqualTo("Lesson 1/Rail");
        assertThat(gauge.tags()).containsExactly("rail", "gauge");
        assertThat(gauge.content().stem()).isEqualTo("Which gauge does **Russia** use?");
        assertThat(gauge.content().generalFeedback()).isEqualTo("Russia uses broad gauge.");
        assertThat(gauge.content().options()).containsExactly(Option.choice("broad", 1, "Yes."),
                Option.choice("standard", 0, null));
        assertThat(r.questions().get(1).content().options()).extracting(Option::weight).containsExactly(0.5, 0.5, -1.0);
        assertThat(r.questions().get(2).content().options()).containsExactly(Option.choice("True", 1, "Right."),
                Option.choice("False", 0, null));
        assertThat(r.questions().get(3).content().options()).containsExactly(Option.choice("Moscow", 1, null),
                Option.choice("Moskva", 0.5, "The Russian name."));
        QuestionSpec length = r.questions().get(4);
        assertThat(length.category()).isEqualTo("Lesson 2");
        assertThat(length.content().options()).containsExactly(Option.number(300, 10, 1, null));
        assertThat(r.questions().get(5).content().options()).containsExactly(Option.pair("Russia", "1520 mm"),
                Option.pair("China", "1435 mm"), Option.distractor("1067 mm"));
        assertThat(r.questions().get(6).content().options()).containsExactly(Option.item("first"), Option.item("second"),
                Option.item("third"));
    }

    @Test
    void what_sourcewise_cannot_hold_is_skipped_with_a_warning_naming_its_line() {
        List<String> warnings = read("moodlexml/questions.xml").warnings().stream().map(ImportProblem::toString).toList();

        assertThat(warnings).contains(
                "line 4: category context '$course$/top/' dropped: Sourcewise categories belong to the course",
                "line 10: penalties for each try are ignored: Sourcewise marks one answer per question",
                "line 106: the answer '*' (any other answer) is skipped: Sourcewise short answers have no catch-all answer",
                "line 130: the answer '*' (any other answer) is skipped: Sourcewise numeric answers are numbers",
                "line 135: units are ignored: Sourcewise numeric answers are plain numbers",
                "line 192: a description (text shown between questions) is skipped: Sourcewise does not hold one");
    }

    @Test
    void moodles_own_fixture_of_nested_categories_is_read_as_moodle_reads_it() {
        ImportResult r = read("moodlexml/moodle/nested_categories_with_questions.xml");

        assertThat(r.questions()).extracting(QuestionSpec::title).containsExactly("Iota Question",
                "Kappa Essay Question", "Kappa Question", "Lambda Question", "Mu Question");
        assertThat(r.questions()).extracting(QuestionSpec::category).containsExactly("Iota", "Iota/Kappa", "Iota/Kappa",
                "Iota/Kappa/Lambda", "Iota/Mu");
        assertThat(r.questions().getFirst().content().stem()).isEqualTo("Testing Iota Question");
        assertThat(r.questions().getFirst().content().options()).containsExactly(Option.choice("True", 1, null),
                Option.choice("False", 0, null));
    }

    @Test
    void the_export_reads_back_equal_field_by_field_and_skips_only_cloze() {
        List<QuestionSpec> bank = SampleBank.all();

        ExportResult export = QuestionFormats.export(QuestionFormat.MOODLEXML, bank);

        List<QuestionSpec> written = bank.stream().filter(q -> q.type() != QuestionType.CLOZE).toList();
        assertThat(export.skipped()).allMatch(s -> s.contains("CLOZE is not written as Moodle XML yet"));
        assertThat(QuestionFormats.parse(QuestionFormat.MOODLEXML, export.text()).questions()).isEqualTo(written);
    }

    @Test
    void external_entities_and_doctypes_are_refused_and_nothing_is_read_from_disk() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
                + "<quiz><question type=\"essay\"><questiontext format=\"html\"><text>&secret;</text></questiontext>"
                + "</question></quiz>";

        ImportException e = catchThrowableOfType(ImportException.class,
                () -> QuestionFormats.parse(QuestionFormat.MOODLEXML, xxe));

        assertThat(e.errors()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).doesNotContain("root:");
        });
    }

    @Test
    void html_escaped_without_cdata_is_read_however_much_of_it_a_bank_holds() {
        String q = "<question type=\"essay\"><questiontext format=\"html\"><text>"
                + "&lt;p&gt;Why &amp;amp; how?&lt;/p&gt;".repeat(5) + "</text></questiontext></question>\n";

        ImportResult r = QuestionFormats.parse(QuestionFormat.MOODLEXML, "<quiz>\n" + q.repeat(3000) + "</quiz>");

        assertThat(r.questions()).hasSize(3000);
        assertThat(r.questions().getFirst().content().stem()).startsWith("Why & how?");
    }

    @Test
    void a_broken_file_is_an_error_at_its_line() {
        ImportException e = catchThrowableOfType(ImportException.class,
                () -> QuestionFormats.parse(QuestionFormat.MOODLEXML, "<quiz>\n<question type=\"essay\">\n</quiz>"));

        assertThat(e.errors()).singleElement().extracting(ImportProblem::line).isEqualTo(3);
    }
}

package org.sourcewise.questions.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcewise.questions.Option;
import org.sourcewise.questions.QuestionContent;
import org.sourcewise.questions.QuestionValidator;
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
    void the_export_reads_back_equal_field_by_field_cloze_included() {
        List<QuestionSpec> bank = SampleBank.all();

        ExportResult export = QuestionFormats.export(QuestionFormat.MOODLEXML, bank);

        assertThat(export.skipped()).isEmpty();
        assertThat(export.text()).contains("<question type=\"cloze\">")
                .contains("Moscow is the capital of {1:MULTICHOICE:=Russia#Верно.~%0%Belarus#Minsk is.}, as every atlas shows.")
                .contains("Russian track is {1:SHORTANSWER:=1520~%50%1524#Old value.} mm wide.");
        assertThat(QuestionFormats.parse(QuestionFormat.MOODLEXML, export.text()).questions()).isEqualTo(bank);
    }

    @Test
    void a_cloze_is_read_from_moodles_embedded_answers_blank_by_blank() {
        ImportResult r = read("moodlexml/cloze.xml");

        QuestionSpec rail = r.questions().getFirst();
        assertThat(rail.type()).isEqualTo(QuestionType.CLOZE);
        assertThat(rail.key()).isEqualTo("q-rail-cloze");
        assertThat(rail.category()).isEqualTo("Lesson 3");
        assertThat(rail.content().stem()).isEqualTo("The line from **Khasan** runs to {1}.\n\nIts gauge is {2} mm, and its"
                + " builder was {3}.");
        assertThat(rail.content().options()).containsExactly(
                Option.blankAnswer(1, "Rajin", 1, "Yes, the port."),
                Option.blankAnswer(1, "Pyongyang", 0, "No, that is the capital."),
                Option.blankAnswer(1, "Tumangang", 0.5, "Only the first station."),
                Option.blankAnswer(2, "1520", 1, "Right."),
                Option.blankAnswer(3, "Russ*", 1, "Right, Russian Railways."),
                Option.blankAnswer(3, "RZD", 0.5, "The company's initials."));
        assertThat(rail.content().generalFeedback()).isEqualTo("See claim c07.");
        assertThat(QuestionValidator.validate(rail.content())).isEmpty();
        assertThat(r.questions()).extracting(QuestionSpec::title).containsExactly("Rail facts", "Buttons");
    }

    @Test
    void a_cloze_that_sourcewise_cannot_hold_is_skipped_with_a_warning_naming_its_line_and_why() {
        List<String> warnings = read("moodlexml/cloze.xml").warnings().stream().map(ImportProblem::toString).toList();

        assertThat(warnings).contains(
                "line 11: blank 2 {:NUMERICAL:...}: the answer '*' (any other answer) is skipped: Sourcewise cloze blanks"
                        + " have no catch-all answer",
                "line 20: a cloze question is skipped: its blanks are worth different marks (2, 1), and Sourcewise gives"
                        + " every blank an equal share",
                "line 26: a cloze question is skipped: blank 1 {1:MULTIRESPONSE:...} lets students pick several answers,"
                        + " and a Sourcewise blank takes one",
                "line 32: a cloze question is skipped: blank 1 {1:SHORTANSWER_C:...} marks case, and Sourcewise ignores"
                        + " case when it marks",
                "line 38: a cloze question is skipped: blank 1 {1:NUMERICAL:...} accepts 1.0 give or take 0.1, and a"
                        + " Sourcewise blank takes its answers as written, without a tolerance",
                "line 44: a cloze question is skipped: blank 1 {1:SHORTANSWER:...} lists a wrong answer (worth 0% or less),"
                        + " and Sourcewise would show the blank as a drop-down of its answers instead of a box to type in",
                "line 53: choices shown as buttons in Moodle (MCV) are shown as a drop-down in Sourcewise");
    }

    @Test
    void a_cloze_that_moodle_itself_refuses_is_an_error_at_its_line_as_moodles_import_fails() {
        String file = "<quiz>\n"
                + cloze("Please select the fruits.")
                + cloze("Please select the fruits {1:MULTICHOICE}")
                + cloze("Please select {1:MULTICHOICE:=Apple#Correct}")
                + cloze("Please select {1:MULTICHOICE:Pear#No~%50%Apple#Half}")
                + cloze("Grade it: {3:NUMERICAL:=zero}")
                + "</quiz>";

        ImportException e = catchThrowableOfType(ImportException.class,
                () -> QuestionFormats.parse(QuestionFormat.MOODLEXML, file));

        assertThat(e.errors()).extracting(ImportProblem::toString).containsExactly(
                "line 2: a cloze question needs embedded answers, such as {1:SHORTANSWER:=Berlin}; this one has none"
                        + " (Moodle refuses it too)",
                "line 3: a cloze question needs embedded answers, such as {1:SHORTANSWER:=Berlin}; this one has none"
                        + " (Moodle refuses it too)",
                "line 4: blank 1 {1:MULTICHOICE:...} offers fewer than two choices",
                "line 5: blank 1 {1:MULTICHOICE:...} has no answer worth 100% (Moodle refuses it too)",
                "line 6: blank 1 {3:NUMERICAL:...}: 'zero' is not a number (Moodle refuses it too)");
    }

    private static String cloze(String text) {
        return "<question type=\"cloze\"><questiontext format=\"html\"><text>" + text + "</text></questiontext></question>\n";
    }

    @Test
    void braces_and_hashes_in_blank_answers_go_through_moodles_escapes_and_what_it_cannot_escape_is_skipped() {
        QuestionSpec escaped = new QuestionSpec("k1", null, new QuestionContent(QuestionType.CLOZE, "Write {1}.",
                List.of(Option.blankAnswer(1, "C# {x}", 1, "Yes: #1 {ok}")), null, null), null, null, null, null, null);
        QuestionSpec tilde = new QuestionSpec("k2", null, new QuestionContent(QuestionType.CLOZE, "Write {1}.",
                List.of(Option.blankAnswer(1, "a~b", 1, null)), null, null), null, null, null, null, null);

        ExportResult export = QuestionFormats.export(QuestionFormat.MOODLEXML, List.of(escaped, tilde));

        assertThat(export.text()).contains("Write {1:SHORTANSWER:=C\\# {x\\}#Yes: \\#1 {ok\\}}.");
        assertThat(QuestionFormats.parse(QuestionFormat.MOODLEXML, export.text()).questions()).containsExactly(escaped);
        assertThat(export.skipped()).singleElement().asString().startsWith("k2: Moodle XML would skip it (a cloze question"
                + " is skipped: blank 1 {1:SHORTANSWER:...} lists a wrong answer");
    }

    @Test
    void an_embedded_answer_that_never_closes_costs_linear_time() {
        String text = "{1:SHORTANSWER:=a~b#c".repeat(60_000);

        long start = System.nanoTime();
        ImportException e = catchThrowableOfType(ImportException.class,
                () -> QuestionFormats.parse(QuestionFormat.MOODLEXML, "<quiz>\n" + cloze(text) + "</quiz>"));

        assertThat(e.errors()).singleElement().asString().contains("needs embedded answers");
        assertThat(System.nanoTime() - start).as("nanoseconds").isLessThan(3_000_000_000L);
    }

    @Test
    void pictures_and_attached_files_are_left_out_with_a_warning_naming_the_question_and_the_alt_text_stays() {
        ImportResult r = read("moodlexml/images.xml");

        QuestionSpec bridge = r.questions().getFirst();
        assertThat(bridge.content().stem()).isEqualTo("The bridge (image: Friendship Bridge) carries trains across the Tumen.");
        assertThat(bridge.content().generalFeedback()).as("a link to an attached file keeps its words").isEqualTo("The map shows it.");
        assertThat(bridge.content().options()).containsExactly(Option.choice("True", 1, "Right."),
                Option.choice("False", 0, null));
        assertThat(r.questions().get(1).content().stem()).as("Moodle's auto-format shows HTML as HTML")
                .isEqualTo("Describe the picture.\\\nSay what it shows.");
        assertThat(r.warnings()).extracting(ImportProblem::toString).contains(
                "line 4: pictures and attached files are left out, since Sourcewise questions hold none; the text around"
                        + " them is kept: 'bridge.jpg' (its alt text 'Friendship Bridge' kept as text), 'up.png', 'map.pdf',"
                        + " 'unused.png'",
                "line 26: pictures and attached files are left out, since Sourcewise questions hold none; the text around"
                        + " them is kept: 'port.png' (Moodle 1.9's question image)");
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
    void a_name_with_tags_becomes_plain_text_as_moodle_cleans_it() {
        String q = "<quiz><question type=\"truefalse\"><name><text><![CDATA[A <strong>bold</strong> &amp; plain name]]></text></name>"
                + "<questiontext format=\"html\"><text>Water is wet.</text></questiontext>"
                + "<answer fraction=\"100\"><text>true</text></answer><answer fraction=\"0\"><text>false</text></answer>"
                + "</question></quiz>";

        ImportResult r = QuestionFormats.parse(QuestionFormat.MOODLEXML, q);

        assertThat(r.questions()).singleElement().extracting(QuestionSpec::title).isEqualTo("A bold & plain name");
    }

    @Test
    void a_broken_file_is_an_error_at_its_line() {
        ImportException e = catchThrowableOfType(ImportException.class,
                () -> QuestionFormats.parse(QuestionFormat.MOODLEXML, "<quiz>\n<question type=\"essay\">\n</quiz>"));

        assertThat(e.errors()).singleElement().extracting(ImportProblem::line).isEqualTo(3);
    }
}

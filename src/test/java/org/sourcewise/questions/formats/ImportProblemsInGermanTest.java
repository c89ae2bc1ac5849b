package org.sourcewise.questions.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * An import's problems read in German on a German page (issue 18), through the app's words files, while
 * {@link ImportProblem#message()}, which the REST API gives, stays the English it always was.
 */
class ImportProblemsInGermanTest {

    private static List<ImportProblem> errors(QuestionFormat format, String text) {
        ImportException e = catchThrowableOfType(ImportException.class, () -> QuestionFormats.parse(format, text));
        assertThat(e).as("the import should fail").isNotNull();
        return e.errors();
    }

    @Test
    void a_csv_files_problems_read_in_german_with_their_column_and_stay_english_for_the_api() {
        List<ImportProblem> errors = errors(QuestionFormat.CSV, "type,stem,difficulty\nessay,,hardest\n");

        assertThat(errors).extracting(ImportProblem::message).containsExactly(
                "column stem: every question needs a stem",
                "column difficulty: unknown difficulty 'hardest' (easy, medium, hard)");
        assertThat(errors).extracting(p -> p.in(Locale.GERMAN)).containsExactly(
                "Spalte stem: Jede Frage braucht einen Fragetext",
                "Spalte difficulty: Unbekannte Schwierigkeit „hardest“ (easy, medium, hard)");
        assertThat(errors).extracting(p -> p.in(Locale.UK)).containsExactly(
                errors.get(0).message(), errors.get(1).message());
        assertThat(errors.get(0)).hasToString("line 2: column stem: every question needs a stem");
    }

    @Test
    void the_kind_of_a_json_value_is_said_in_german_too() {
        List<ImportProblem> errors = errors(QuestionFormat.JSON,
                "{\"format\": \"sourcewise-questions\", \"version\": 1,\n\"questions\": [5]}");

        assertThat(errors).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).isEqualTo("questions[0] must be an object, not a number");
            assertThat(p.in(Locale.GERMAN)).isEqualTo("questions[0] muss ein Objekt sein, ist aber eine Zahl");
        });
    }

    @Test
    void a_skipped_cloze_gives_its_reasons_in_german_and_a_file_that_is_not_utf8_says_so() {
        ImportResult r = QuestionFormats.parse(QuestionFormat.MOODLEXML, Resources.text("moodlexml/cloze.xml"));

        ImportProblem skipped = r.warnings().stream().filter(w -> w.line() == 26).findFirst().orElseThrow();
        assertThat(skipped.message()).isEqualTo("a cloze question is skipped: blank 1 {1:MULTIRESPONSE:...} lets students"
                + " pick several answers, and a Sourcewise blank takes one");
        assertThat(skipped.in(Locale.GERMAN)).isEqualTo("Ein Lückentext wird übersprungen: Lücke 1 {1:MULTIRESPONSE:...}"
                + " lässt Studierende mehrere Antworten wählen, und eine Sourcewise-Lücke nimmt nur eine");

        ImportException e = catchThrowableOfType(ImportException.class,
                () -> QuestionFormats.parse(QuestionFormat.GIFT, new byte[] {'a', '\n', (byte) 0xff}));
        assertThat(e.errors()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("the file is not UTF-8 (byte 3); save it as UTF-8 and import it again");
            assertThat(p.in(Locale.GERMAN)).isEqualTo("Die Datei ist nicht in UTF-8 gespeichert (Byte 3); speichern Sie sie"
                    + " als UTF-8 und importieren Sie sie erneut");
        });
    }

    @Test
    void an_english_sentence_given_as_it_is_reads_the_same_in_every_language_and_equals_the_worded_problem() {
        ImportProblem worded = ImportProblem.of(4, "questions.import.problem.csv.correct-twice", "2");

        assertThat(worded).isEqualTo(new ImportProblem(4, "option 2 is named twice"));
        assertThat(new ImportProblem(4, "option 2 is named twice").in(Locale.GERMAN)).isEqualTo("option 2 is named twice");
        assertThat(worded.in(Locale.GERMAN)).isEqualTo("Option 2 wird zweimal genannt");
    }
}

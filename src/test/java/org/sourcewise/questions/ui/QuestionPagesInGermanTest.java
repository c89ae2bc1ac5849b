package org.sourcewise.questions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The question bank's pages for an instructor who reads German (issue 18). Nothing is stored. */
@IntegrationTest
@WithUserDetails("instructor")
class QuestionPagesInGermanTest extends SpringBrowserlessTest {

    private static final String SLUG = "russia-north-korea-2017";

    @BeforeEach
    void readGerman() {
        UI.getCurrent().setLocale(Locale.GERMAN);
    }

    @AfterEach
    void readEnglishAgain() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    private static String textOf(Component c) {
        return c.getElement().getTextRecursively();
    }

    private String title() {
        return ((HasDynamicTitle) getCurrentView()).getPageTitle();
    }

    @Test
    void the_question_bank_speaks_german() {
        BankView bank = navigate("course/" + SLUG + "/bank", BankView.class);

        assertThat(textOf(bank)).contains("Fragenpool", "Neue Frage", "Fragen importieren", " Fragen", "← Kurse")
                .doesNotContain("Question bank", "New question", "Import questions", " questions", "Courses");
        assertThat(title()).startsWith("Fragenpool: ");
        assertThat(find(Select.class).all()).extracting(Select::getLabel).contains("Typ", "Status", "Schwierigkeit", "Kategorie");
        @SuppressWarnings("unchecked")
        Select<Object> status = find(Select.class).all().stream().filter(s -> "Status".equals(s.getLabel())).findFirst().orElseThrow();
        assertThat(test(status).getSuggestions()).contains("Entwurf", "Veröffentlicht", "Archiviert");
    }

    @Test
    void the_question_editor_speaks_german_and_says_why_it_refuses_a_save_in_german() {
        QuestionEditorView editor = navigate("course/" + SLUG + "/bank/new", QuestionEditorView.class);

        assertThat(textOf(editor)).contains("Neue Frage", "Speichern", "Antworten", "Erklärung und Rückmeldung", "Live-Vorschau",
                "Option hinzufügen").doesNotContain("New question", "Save", "Answers", "Live preview", "Add option");
        assertThat(title()).startsWith("Neue Frage: ");
        assertThat(find(TextArea.class).id("edit-stem").getLabel()).isEqualTo("Frage (Fragetext)");
        assertThat(find(Checkbox.class).withAriaLabel("Option 1 ist richtig").all()).hasSize(1);

        // a new question without claims is refused; nothing is stored
        test(find(Button.class).id("save-question")).click();

        assertThat(textOf(find(Div.class).id("edit-problems"))).startsWith("Noch nicht gespeichert: ")
                .doesNotContain("Not saved yet", "needs");
        assertThat(textOf(find(Div.class).id("answers-errors"))).contains("Jede Option braucht einen Text.");
        assertThat(find(MultiSelectComboBox.class).id("edit-claims").getErrorMessage())
                .isEqualTo("Verknüpfen Sie die Frage mit mindestens einer Aussage, die sie prüft.");
    }

    @Test
    void the_import_page_and_the_courses_page_speak_german() {
        ImportView page = navigate("course/" + SLUG + "/import", ImportView.class);
        assertThat(textOf(page)).contains("Fragen importieren", "In den Fragenpool von „", "Vorschau", "Import bestätigen")
                .doesNotContain("Import questions", "Preview", "Confirm import");

        // a file with problems, previewed (a dry run stores nothing): each problem in German, with its line
        test(find(TextArea.class).id("import-text")).setValue("// key: zz-de-1\n// claims: c99\nWhich sign?{=?!}\n");
        test(find(Button.class).id("import-preview")).click();
        assertThat(textOf(find(UnorderedList.class).id("import-errors"))).contains("Zeile 3",
                "Frage „zz-de-1“: Dieser Kurs hat keine Aussage „c99“",
                "Frage „zz-de-1“: Die Antwort „?!“ besteht nur aus Satzzeichen")
                .doesNotContain("Line", "question", "no claim", "punctuation");

        CoursesView courses = navigate("courses", CoursesView.class);
        assertThat(textOf(courses)).contains("Kurse", " Aussagen", " Fragen", "Bearbeitet von ")
                .doesNotContain("Quizzes", "Edited by", "Add co-editor");
        assertThat(title()).isEqualTo("Kurse · Sourcewise");
    }
}

package org.sourcewise.content.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.content.CourseInfo;
import org.sourcewise.content.CourseService;
import org.sourcewise.content.drafting.Articles;
import org.sourcewise.questions.QuestionBankService;
import org.sourcewise.questions.QuestionSpec;
import org.sourcewise.questions.QuestionStatus;
import org.sourcewise.questions.QuestionType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The article page as an instructor uses it: paste, propose, accept, edit, merge, create; and refusals at the field. */
@IntegrationTest
@WithUserDetails("instructor")
class ArticleDraftViewTest extends SpringBrowserlessTest {

    @Autowired
    CourseService courses;
    @Autowired
    QuestionBankService bank;

    private <T extends Component> T byId(Class<T> type, String id) {
        return find(type).all().stream().filter(c -> c.getId().filter(id::equals).isPresent()).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " #" + id));
    }

    private <T extends Component> List<T> byIdPrefix(Class<T> type, String prefix) {
        return find(type).all().stream().filter(c -> c.getId().filter(i -> i.startsWith(prefix)).isPresent()).toList();
    }

    private ArticleDraftView pasteAndPropose(String title) {
        ArticleDraftView view = navigate(ArticleDraftView.class);
        test(byId(TextField.class, "article-title")).setValue(title);
        test(byId(TextField.class, "article-author")).setValue("Ines Marwick");
        test(byId(TextArea.class, "article-text")).setValue(Articles.text(Articles.TRAM));
        test(byId(Button.class, "propose-claims")).click();
        return view;
    }

    @SuppressWarnings("unchecked")
    private Grid<ArticleDraftView.Row> grid() {
        return byId(Grid.class, "candidate-grid");
    }

    /** Opens a row in the editor as a click on it in the grid would. */
    private void open(ArticleDraftView.Row row) {
        var tester = test(grid());
        for (int i = 0; i < tester.size(); i++) {
            if (tester.getRow(i) == row) {
                tester.clickRow(i);
                return;
            }
        }
        throw new AssertionError("row not in the grid: " + row.candidate.text());
    }

    @Test
    void pasted_text_becomes_ranked_candidates_in_a_grid_and_accepted_ones_a_course_with_draft_questions_in_the_bank() {
        ArticleDraftView view = pasteAndPropose("Tram from the view");

        assertThat(view.rows()).hasSize(12);
        assertThat(test(grid()).size()).isEqualTo(12);
        assertThat(test(grid()).getRow(0).candidate.rank()).isEqualTo(1);
        long ticked = view.rows().stream().filter(r -> r.accepted).count();
        assertThat(ticked).isPositive();
        assertThat(byId(com.vaadin.flow.component.html.Span.class, "accepted-count").getText())
                .startsWith(ticked + " claims accepted of 12");

        // accept the vague last one too, in its editor, and reword the first ticked claim
        ArticleDraftView.Row last = test(grid()).getRow(11);
        assertThat(last.accepted).isFalse();
        open(last);
        assertThat(view.current()).isSameAs(last);
        test(byId(Checkbox.class, "candidate-accept")).click();
        assertThat(last.accepted).isTrue();
        ArticleDraftView.Row firstTicked = view.rows().stream().filter(r -> r.accepted).findFirst().orElseThrow();
        open(firstTicked);
        TextArea statement = byId(TextArea.class, "candidate-statement");
        assertThat(statement.getValue()).isEqualTo(firstTicked.statement);
        test(statement).setValue("In our words: " + firstTicked.statement);
        assertThat(firstTicked.statement).startsWith("In our words: ");

        test(byId(Button.class, "create-course")).click();

        assertThat(byId(com.vaadin.flow.component.html.Div.class, "draft-result").getElement().getTextRecursively())
                .contains("Course \u201cTram from the view\u201d created", (ticked + 1) + " claims", "draft questions");
        CourseInfo course = courses.listCourses().stream().filter(c -> c.title().equals("Tram from the view")).findFirst().orElseThrow();
        List<QuestionSpec> questions = bank.export(course.id());
        assertThat(questions).isNotEmpty().allMatch(q -> q.status() == QuestionStatus.DRAFT);
        assertThat(questions).anySatisfy(q -> assertThat(q.content().stem()).contains("In our words"));
        Map<QuestionType, Long> types = bank.countByType(course.id());
        assertThat(types).containsKeys(QuestionType.CLOZE, QuestionType.TRUE_FALSE);
        assertThat(courses.claims(course.id())).hasSize((int) ticked + 1);
    }

    @Test
    void the_grid_shows_accepted_only_or_in_article_order_when_asked() {
        ArticleDraftView view = pasteAndPropose("Filtered tram");
        long ticked = view.rows().stream().filter(r -> r.accepted).count();

        test(byId(Select.class, "candidate-filter")).selectItem("Accepted");
        assertThat(test(grid()).size()).isEqualTo((int) ticked);
        test(byId(Select.class, "candidate-filter")).selectItem("All candidates");
        test(byId(Select.class, "candidate-order")).selectItem("In article order");

        assertThat(test(grid()).size()).isEqualTo(12);
        assertThat(test(grid()).getRow(0).candidate.paragraph()).isEqualTo(1);
        assertThat(test(grid()).getRow(0).candidate.sentence()).isEqualTo(1);
        assertThat(test(grid()).getRow(11).candidate.paragraph()).isEqualTo(6);
    }

    @Test
    void marked_candidates_merge_into_one_accepted_claim_in_article_order() {
        ArticleDraftView view = pasteAndPropose("Merged tram");
        List<ArticleDraftView.Row> rows = view.rows();
        ArticleDraftView.Row a = rows.stream().filter(r -> r.candidate.text().startsWith("Mayor Teodora Vance")).findFirst().orElseThrow();
        ArticleDraftView.Row b = rows.stream().filter(r -> r.candidate.text().startsWith("However, shop owners")).findFirst().orElseThrow();

        open(b);
        test(byId(Checkbox.class, "candidate-mark")).click();
        open(a);
        test(byId(Checkbox.class, "candidate-mark")).click();
        test(byId(Button.class, "merge-marked")).click();

        assertThat(view.rows()).hasSize(11);
        assertThat(test(grid()).size()).isEqualTo(11);
        assertThat(a.statement).startsWith("Mayor Teodora Vance said").contains("However, shop owners");
        assertThat(a.accepted).isTrue();
        assertThat(view.current()).isSameAs(a);
        assertThat(byId(TextArea.class, "candidate-statement").getValue()).isEqualTo(a.statement);
    }

    @Test
    void a_candidate_that_needs_context_is_unticked_and_its_editor_shows_the_sentence_before() {
        ArticleDraftView view = navigate(ArticleDraftView.class);
        test(byId(TextField.class, "article-title")).setValue("Plastic");
        test(byId(TextArea.class, "article-text")).setValue("Plastic makes up 80% of the waste in the oceans, a 2024 survey"
                + " of 40 countries found.\n\nThese encompass 60% of the world's coastline, the survey said in 2024. The"
                + " Marine Safety Agency counted 9,000 tonnes of waste on the coast in 2023. It will publish a report in April.");
        test(byId(Button.class, "propose-claims")).click();

        ArticleDraftView.Row these = view.rows().stream().filter(r -> r.candidate.text().startsWith("These")).findFirst().orElseThrow();
        assertThat(these.accepted).isFalse();
        open(these);
        assertThat(byId(com.vaadin.flow.component.html.Div.class, "candidate-context").getElement().getTextRecursively())
                .contains("Needs context", "Plastic makes up 80%");
        test(byId(Select.class, "candidate-filter")).selectItem("Needing context");
        assertThat(test(grid()).size()).isEqualTo(1);
        test(byId(Select.class, "candidate-filter")).selectItem("All candidates");

        ArticleDraftView.Row it = view.rows().stream().filter(r -> r.candidate.text().startsWith("It will")).findFirst().orElseThrow();
        open(it);
        assertThat(byId(TextArea.class, "candidate-statement").getValue()).isEqualTo("The Marine Safety Agency will publish a report in April.");
        assertThat(byId(com.vaadin.flow.component.html.Div.class, "candidate-context").getElement().getTextRecursively())
                .contains("The article says: \u201cIt will publish a report in April.\u201d");
    }

    @Test
    void a_title_corrected_after_proposing_is_the_course_title() {
        pasteAndPropose("Tram wiht a typo");
        test(byId(TextField.class, "article-title")).setValue("Tram without a typo");
        test(byId(Button.class, "create-course")).click();

        assertThat(courses.listCourses()).anyMatch(c -> c.title().equals("Tram without a typo"))
                .noneMatch(c -> c.title().equals("Tram wiht a typo"));
    }

    @Test
    void merging_fewer_than_two_says_what_to_do() {
        pasteAndPropose("Merge nothing");
        test(byId(Button.class, "merge-marked")).click();

        assertThat(find(ListItem.class).all()).anySatisfy(li -> assertThat(li.getText()).contains("Mark two or more"));
    }

    @Test
    void a_missing_title_is_shown_at_the_field_and_the_pasted_text_is_kept() {
        navigate(ArticleDraftView.class);
        test(byId(TextArea.class, "article-text")).setValue(Articles.text(Articles.TRAM));
        test(byId(Button.class, "propose-claims")).click();

        TextField title = byId(TextField.class, "article-title");
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Give the article's title");
        assertThat(byId(TextArea.class, "article-text").getValue()).contains("Eleven years after its last run");
        assertThat(byIdPrefix(com.vaadin.flow.component.html.Div.class, "candidates")).as("no candidates shown").isEmpty();
    }

    @Test
    void a_key_phrase_edited_away_from_the_article_is_refused_at_that_claim_and_nothing_is_created() {
        ArticleDraftView view = pasteAndPropose("Refused in the view");
        ArticleDraftView.Row first = view.rows().stream().filter(r -> r.accepted).findFirst().orElseThrow();
        open(first);
        test(byId(TextField.class, "candidate-keyphrase")).setValue("nothing like the article");
        // look at another row, so that the refusal has to bring this one back into the editor
        open(view.rows().stream().filter(r -> r != first).findFirst().orElseThrow());

        test(byId(Button.class, "create-course")).click();

        TextField keyPhrase = byId(TextField.class, "candidate-keyphrase");
        assertThat(view.current()).isSameAs(first);
        assertThat(keyPhrase.isInvalid()).isTrue();
        assertThat(keyPhrase.getErrorMessage()).contains("is not in paragraph " + first.candidate.paragraph());
        assertThat(keyPhrase.getValue()).isEqualTo("nothing like the article");
        assertThat(courses.listCourses()).noneMatch(c -> c.title().equals("Refused in the view"));
    }

    @Test
    void an_uploaded_html_file_fills_the_text_and_its_format() {
        ArticleDraftView view = navigate(ArticleDraftView.class);
        view.useUpload("club.html", Articles.text(Articles.CHESS).getBytes(StandardCharsets.UTF_8));
        test(byId(TextField.class, "article-title")).setValue("Chess club");
        test(byId(Button.class, "propose-claims")).click();

        assertThat(view.rows()).hasSize(6);
        assertThat(find(H2.class).all()).anySatisfy(h -> assertThat(h.getText()).isEqualTo("2. Claims and lessons"));
    }

    @Test
    void the_article_page_speaks_german_and_the_course_it_drafts_stays_english() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        ArticleDraftView view = navigate(ArticleDraftView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Neuer Kurs aus einem Artikel");
        assertThat(view.getPageTitle()).isEqualTo("Neuer Kurs aus einem Artikel \u00b7 Sourcewise");
        assertThat(byId(Button.class, "propose-claims").getText()).isEqualTo("Aussagen vorschlagen");
        assertThat(byId(TextField.class, "article-title").getLabel()).isEqualTo("Titel");

        // a refusal at its field, in German
        test(byId(TextArea.class, "article-text")).setValue(Articles.text(Articles.TRAM));
        test(byId(Button.class, "propose-claims")).click();
        assertThat(byId(TextField.class, "article-title").getErrorMessage()).isEqualTo("Geben Sie den Titel des Artikels an");

        test(byId(TextField.class, "article-title")).setValue("Tram auf Deutsch");
        test(byId(Button.class, "propose-claims")).click();
        assertThat(find(H2.class).all()).extracting(H2::getText).contains("1. Der Artikel", "2. Aussagen und Lektionen");
        assertThat(byId(com.vaadin.flow.component.html.Span.class, "accepted-count").getText()).endsWith("von 12 Kandidaten \u00fcbernommen");
        assertThat(byId(Button.class, "create-course").getText()).isEqualTo("Kursentwurf erstellen");
        assertThat(byId(com.vaadin.flow.component.html.H3.class, "editor-title").getText()).startsWith("Kandidat #1 \u00b7 Absatz ");
        test(byId(Select.class, "candidate-filter")).selectItem("\u00dcbernommen");
        assertThat(test(grid()).size()).isEqualTo((int) view.rows().stream().filter(r -> r.accepted).count());
        // the lessons' titles are the course's, in the article's language
        assertThat(byId(TextField.class, "lesson-title-1").getValue()).startsWith("Lesson 1: paragraphs ");

        String page = view.getElement().getTextRecursively();
        assertThat(page).contains("Punktzahl ", "Schl\u00fcsselphrase")
                .doesNotContain("New course from an article", "Propose claims", "Claims and lessons", "Create draft course",
                        "accepted of", "Key phrase", "Score ");
    }
}

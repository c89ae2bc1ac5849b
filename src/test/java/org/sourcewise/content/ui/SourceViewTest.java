package org.sourcewise.content.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.base.ui.PageNotFound;
import org.sourcewise.content.DraftCourse;
import org.sourcewise.content.DraftedCourses;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The source page, as a citation opens it: the reference, the paragraphs, the cited one marked. */
@IntegrationTest
class SourceViewTest extends SpringBrowserlessTest {

    @Autowired
    DraftedCourses drafted;

    /** Opens the page as a citation's link does, with the paragraph as a query parameter (navigate(String) takes none). */
    private void open(String path, Class<? extends Component> expected) {
        String[] parts = path.split("\\?", 2);
        UI.getCurrent().navigate(parts[0], parts.length == 2 ? QueryParameters.fromString(parts[1]) : QueryParameters.empty());
        assertThat(getCurrentView()).isInstanceOf(expected);
    }

    private List<ListItem> paragraphs() {
        return find(ListItem.class).withClassName("source-paragraph").all();
    }

    private ListItem paragraph(int number) {
        return find(ListItem.class).withId("p" + number).single();
    }

    private List<String> marks(Component in) {
        return find(Mark.class, in).all().stream().map(Mark::getText).toList();
    }

    @Test
    @WithUserDetails("student")
    void a_citation_of_the_first_course_opens_its_paragraph_marked_with_its_claims_and_key_phrases_and_no_article_text() {
        open("course/russia-north-korea-2017/source?p=8", SourceView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Russia's Love Affair With North Korea");
        assertThat(find(Paragraph.class).withClassName("source-byline").single().getText())
                .isEqualTo("Samuel Ramani · The Diplomat · 13 February 2017");
        Anchor original = find(Anchor.class).withClassName("button-link").single();
        assertThat(original.getHref()).isEqualTo("https://thediplomat.com/2017/02/russias-love-affair-with-north-korea/");
        assertThat(original.getTarget()).hasValue("_blank");
        assertThat(original.getElement().getAttribute("rel")).contains("noopener");

        assertThat(paragraphs()).hasSize(16);
        assertThat(paragraphs()).filteredOn(p -> p.hasClassName("cited")).containsExactly(paragraph(8));
        ListItem cited = paragraph(8);
        assertThat(cited.getElement().getTextRecursively()).contains("Paragraph 8", "Cited", "In the article:");
        assertThat(marks(cited)).hasSize(4);
        // never the article's text: its paragraphs carry our claims and the article's words that locate them
        assertThat(find(Paragraph.class).withClassName("source-text").all()).isEmpty();
        Anchor toOriginal = find(Anchor.class).withClassName("source-original").all().stream()
                .filter(a -> a.getText().startsWith("Read paragraph 8")).findFirst().orElseThrow();
        assertThat(toOriginal.getHref()).startsWith(original.getHref() + "#:~:text=");
        assertThat(toOriginal.getElement().getAttribute("rel")).contains("noopener");
        // students never see internal claim keys
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContainPattern("\\bc\\d\\d\\b");
    }

    @Test
    @WithUserDetails("instructor")
    void a_course_drafted_from_an_article_shows_its_text_with_the_key_phrases_highlighted() {
        DraftCourse course = drafted.tram();
        open("course/" + course.slug() + "/source?p=1", SourceView.class);

        assertThat(find(Paragraph.class).withClassName("source-text").all()).hasSize(6);
        ListItem first = paragraph(1);
        assertThat(first.hasClassName("cited")).isTrue();
        assertThat(first.getElement().getTextRecursively()).contains("Eleven years after its last run");
        assertThat(marks(first)).isNotEmpty().allSatisfy(m -> assertThat(first.getElement().getTextRecursively()).contains(m));
    }

    @Test
    @WithUserDetails("student")
    void without_a_paragraph_nothing_is_marked_and_a_paragraph_the_source_lacks_is_said_so() {
        open("course/russia-north-korea-2017/source", SourceView.class);
        assertThat(paragraphs()).noneMatch(p -> p.hasClassName("cited"));

        open("course/russia-north-korea-2017/source?p=99", SourceView.class);
        assertThat(find(Paragraph.class).withId("no-such-paragraph").single().getText()).contains("no paragraph 99", "1 to 16");
    }

    @Test
    @WithUserDetails("student")
    void a_course_outside_the_students_classes_and_an_unknown_one_are_not_found_alike() {
        DraftCourse course = drafted.tram();
        open("course/" + course.slug() + "/source?p=1", PageNotFound.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");

        open("course/no-such-course/source", PageNotFound.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");
    }

    @Test
    @WithUserDetails("student")
    void the_source_page_speaks_german_and_the_article_and_claims_stay_as_written() {
        UI.getCurrent().setLocale(Locale.GERMAN);
        open("course/russia-north-korea-2017/source?p=8", SourceView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Russia's Love Affair With North Korea");
        assertThat(find(Paragraph.class).withClassName("source-byline").single().getText())
                .isEqualTo("Samuel Ramani \u00b7 The Diplomat \u00b7 13. Februar 2017");
        assertThat(find(Anchor.class).withClassName("button-link").single().getText()).startsWith("Original lesen");
        assertThat(((SourceView) getCurrentView()).getPageTitle()).isEqualTo("Quelle: Russia's Love Affair With North Korea \u00b7 Sourcewise");
        ListItem cited = paragraph(8);
        assertThat(cited.getElement().getTextRecursively()).contains("Absatz 8", "Zitiert", "Im Artikel: \u201e", "Absatz 8 im Original lesen");
        String page = getCurrentView().getElement().getTextRecursively();
        assertThat(page).contains("Sourcewise gibt diesen Artikel nicht wieder", "\u2190 Lektionen")
                .doesNotContain("Paragraph 8", "Cited", "In the article:", "Read the original", "does not reproduce");

        open("course/russia-north-korea-2017/source?p=99", SourceView.class);
        assertThat(find(Paragraph.class).withId("no-such-paragraph").single().getText())
                .isEqualTo("Die Quelle hat keinen Absatz 99; ihre Abs\u00e4tze reichen von 1 bis 16.");
    }
}

package org.sourcewise.questions.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.accounts.SystemTask;
import org.sourcewise.content.ClaimInfo;
import org.sourcewise.content.CourseService;
import org.sourcewise.questions.EditableQuestion;
import org.sourcewise.questions.QuestionEditingService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The question bank opened from claim mastery: a claim filter and a selected question from the URL. */
@IntegrationTest
@WithUserDetails("instructor")
class BankViewTest extends SpringBrowserlessTest {

    private static final String SLUG = "russia-north-korea-2017";

    @Autowired
    CourseService courses;
    @Autowired
    QuestionEditingService editing;

    private long courseId() {
        return SystemTask.call(() -> courses.findCourse(SLUG).orElseThrow().id());
    }

    private ClaimInfo claim(String key) {
        long courseId = courseId();
        return SystemTask.call(() -> courses.claims(courseId)).stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    }

    private List<EditableQuestion> all() {
        long courseId = courseId();
        return editing.list(courseId);
    }

    @SuppressWarnings("unchecked")
    private List<EditableQuestion> shown() {
        Grid<EditableQuestion> grid = find(Grid.class).id("bank-grid");
        return test(grid).size() == 0 ? List.of()
                : java.util.stream.IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i)).toList();
    }

    /** Opens the bank with a query string, as a link from claim mastery does. */
    private void open(String query) {
        UI.getCurrent().navigate("course/" + SLUG + "/bank", QueryParameters.fromString(query));
        assertThat(getCurrentView()).isInstanceOf(BankView.class);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<ClaimInfo> claimFilter() {
        return find(ComboBox.class).id("bank-claim");
    }

    @Test
    void a_claim_in_the_url_filters_the_bank_to_its_questions_and_shows_as_an_active_filter() {
        ClaimInfo c05 = claim("c05");
        open("claim=c05");

        List<String> expected = all().stream().filter(q -> q.spec().claimKeys().contains("c05")).map(q -> q.spec().key()).sorted().toList();
        assertThat(expected).isNotEmpty();
        assertThat(shown()).extracting(q -> q.spec().key()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(claimFilter().getValue()).isEqualTo(c05);
        Div chip = find(Div.class).id("active-claim-filter");
        assertThat(chip.isVisible()).isTrue();
        assertThat(find(Span.class, chip).withClassName("active-filter-text").single().getElement().getTextRecursively()).contains("c05").contains(c05.statement());
    }

    @Test
    void clearing_the_active_filter_shows_every_question_again() {
        open("claim=c05");
        int all = all().size();
        assertThat(shown()).hasSizeLessThan(all);

        test(find(Button.class).id("clear-claim-filter")).click();

        assertThat(claimFilter().getValue()).isNull();
        assertThat(shown()).hasSize(all);
        assertThat(find(Div.class).withId("active-claim-filter").all()).isEmpty();
    }

    @Test
    void a_claim_id_works_too_and_a_question_key_selects_that_question() {
        ClaimInfo c05 = claim("c05");
        String key = all().stream().filter(q -> q.spec().claimKeys().contains("c05")).map(q -> q.spec().key()).sorted().toList().getLast();
        open("claim=" + c05.id() + "&question=" + key);

        assertThat(claimFilter().getValue()).isEqualTo(c05);
        @SuppressWarnings("unchecked")
        Grid<EditableQuestion> grid = find(Grid.class).id("bank-grid");
        assertThat(grid.asSingleSelect().getValue().spec().key()).isEqualTo(key);
        assertThat(find(QuestionPreview.class).all()).hasSize(1);
    }

    @Test
    void an_unknown_claim_in_the_url_shows_every_question_without_a_filter() {
        open("claim=no-such-claim");
        assertThat(claimFilter().getValue()).isNull();
        assertThat(shown()).hasSize(all().size());
    }
}

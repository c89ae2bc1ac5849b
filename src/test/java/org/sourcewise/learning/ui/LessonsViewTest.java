package org.sourcewise.learning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.learning.LessonProgress;
import org.sourcewise.learning.LessonService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
@WithUserDetails("student")
class LessonsViewTest extends SpringBrowserlessTest {

    @Autowired
    LessonService lessons;

    @Test
    void the_lesson_list_links_every_lesson_with_its_progress_and_mastery_counts() {
        navigate("lessons", LessonsView.class);
        List<LessonProgress> mine = lessons.myLessons();

        assertThat(find(H1.class).single().getText()).isEqualTo("Lessons");
        List<RouterLink> links = find(RouterLink.class).withClassName("card-title").all();
        assertThat(links).extracting(RouterLink::getHref)
                .containsExactlyElementsOf(mine.stream().map(l -> "lesson/" + l.lessonId()).toList());
        assertThat(links.getFirst().getText()).isEqualTo("1. A new hierarchy of allies");
        String page = Texts.of((com.vaadin.flow.component.Component) getCurrentView());
        assertThat(page).contains(LessonsView.counts(mine.getFirst()));
        assertThat(page).contains(mine.getFirst().claimCount() + " claims · ");
    }

    @Test
    void a_lesson_link_opens_the_lesson() {
        navigate("lessons", LessonsView.class);
        test(find(RouterLink.class).withText("2. Lifelines: rail and energy").single()).click();

        assertThat(getCurrentView()).isInstanceOf(LessonView.class);
        assertThat(find(H1.class).single().getText()).isEqualTo("Lifelines: rail and energy");
    }
}

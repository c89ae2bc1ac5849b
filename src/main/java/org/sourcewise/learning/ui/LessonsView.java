package org.sourcewise.learning.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sourcewise.base.ui.CourseText;
import org.sourcewise.browser.ui.Words;
import org.sourcewise.content.CourseInfo;
import org.sourcewise.content.CourseService;
import org.sourcewise.content.ui.SourceReference;
import org.sourcewise.learning.LessonProgress;
import org.sourcewise.learning.LessonService;
import org.sourcewise.learning.PracticeService;
import org.sourcewise.learning.PracticeSummary;

/** The student's lessons, course by course, with what they have done and how well they know each. */
@Route("lessons")
@RolesAllowed("STUDENT")
@StyleSheet("context://styles/learning.css")
class LessonsView extends Div implements HasDynamicTitle {

    LessonsView(LessonService lessons, PracticeService practice, CourseService courses) {
        addClassNames("page", "learning", "lessons-view");
        add(new H1(getTranslation("learning.lessons.heading")));
        add(practiceBanner(practice.summary()));

        List<LessonProgress> mine = lessons.myLessons();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("learning.lessons.none")));
            return;
        }
        Long course = null;
        Div list = null;
        String language = "en";
        for (LessonProgress lesson : mine) {
            if (list == null || !Objects.equals(course, lesson.courseId())) {
                course = lesson.courseId();
                Optional<CourseInfo> info = courses.findCourse(lesson.courseId());
                // the course's words (its title, its lessons' titles) carry its language, for screen readers
                language = info.map(CourseInfo::language).orElse("en");
                add(CourseText.in(language, new H2(lesson.courseTitle())));
                info.ifPresent(c -> add(new SourceReference(c)));
                list = new Div();
                list.addClassName("stack");
                list.getElement().setAttribute("role", "list");
                add(list);
            }
            list.add(card(lesson, language));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("learning.lessons.title");
    }

    private static Div practiceBanner(PracticeSummary summary) {
        Div banner = new Div();
        banner.addClassNames("card", "practice-banner");
        Span text = new Span(PracticeView.dueText(summary.dueNow()));
        text.addClassName("card-title");
        banner.add(text);
        if (summary.dueNow() > 0) {
            RouterLink go = new RouterLink(Words.of("learning.lessons.practise-now"), PracticeView.class);
            go.addClassName("button-link");
            banner.add(go);
        } else if (summary.inPractice() == 0) {
            banner.add(new Span(Words.of("learning.lessons.practice-starts")));
        } else if (summary.nextDueAt() != null) {
            banner.add(new Span(Words.of("learning.lessons.next-review", When.relative(summary.nextDueAt()))));
        }
        return banner;
    }

    private static Div card(LessonProgress lesson, String language) {
        RouterLink title = new RouterLink(lesson.ordinal() + ". " + lesson.title(), LessonView.class, lesson.lessonId());
        CourseText.in(language, title);
        title.addClassName("card-title");
        Span state = new Span(state(lesson));
        state.addClassNames("badge", lesson.done() ? "badge-done" : lesson.opened() ? "badge-started" : "badge-new");
        Div head = new Div(title, state);
        head.addClassName("lesson-card-head");

        Span counts = new Span(counts(lesson));
        counts.addClassName("muted");
        Div card = new Div(head, counts, bar(lesson));
        card.addClassNames("card", "lesson-card");
        card.getElement().setAttribute("role", "listitem");
        return card;
    }

    static String counts(LessonProgress lesson) {
        return Words.of("learning.lessons.counts", lesson.claimCount(), lesson.mastered(), lesson.shaky(), lesson.notSeen());
    }

    /** Done, started or not started, as a lesson's badge says it. */
    static String state(LessonProgress lesson) {
        return lesson.done() ? Words.of("learning.lesson-state.done")
                : lesson.opened() ? Words.of("learning.lesson-state.started") : Words.of("learning.lesson-state.not-started");
    }

    // a bar of three parts in proportion to the counts; the text above says the same for screen readers
    private static Div bar(LessonProgress lesson) {
        Div bar = new Div();
        bar.addClassName("mastery-bar");
        bar.getElement().setAttribute("aria-hidden", "true");
        addPart(bar, "mastered", lesson.mastered());
        addPart(bar, "shaky", lesson.shaky());
        addPart(bar, "not-seen", lesson.notSeen());
        return bar;
    }

    private static void addPart(Div bar, String kind, int count) {
        if (count > 0) {
            Div part = new Div();
            part.addClassName("part-" + kind);
            part.getStyle().set("flex-grow", Integer.toString(count));
            bar.add(part);
        }
    }
}

package org.sourcewise.quizzes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sourcewise.base.ui.MarkdownText;
import org.sourcewise.browser.ui.Words;
import org.sourcewise.content.CourseService;
import org.sourcewise.quizzes.QuizBuilderException;
import org.sourcewise.quizzes.QuizBuilderService;
import org.sourcewise.quizzes.QuizInfo;
import org.sourcewise.quizzes.QuizPreview;
import org.sourcewise.quizzes.StudentQuestion;
import org.springframework.security.access.AccessDeniedException;

/**
 * A quiz drawn once as a student would get it, with the answering controls, for staff to try.
 * Nothing is recorded: the service reads only, and the controls keep their answers in the page.
 */
@Route("quizzes/:id/preview")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
@StyleSheet("styles/quiz-builder.css")
class QuizPreviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final QuizBuilderService builder;
    private final CourseService courses;
    private String title = getTranslation("quizzes.preview.page-title");
    private long quizId;

    QuizPreviewView(QuizBuilderService builder, CourseService courses) {
        this.builder = builder;
        this.courses = courses;
        addClassNames("page", "quiz-preview");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            quizId = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            draw();
        } catch (NumberFormatException | AccessDeniedException e) {
            add(new Anchor("courses", getTranslation("quizzes.list.back")), new H1(getTranslation("quizzes.preview.no-quiz")),
                    new Paragraph(getTranslation("quizzes.preview.no-quiz-text")));
        }
    }

    private void draw() {
        removeAll();
        QuizPreview preview;
        try {
            preview = builder.preview(quizId);
        } catch (QuizBuilderException e) {
            add(new Anchor("quizzes/" + quizId + "/edit", getTranslation("quizzes.preview.back")), new H1(getTranslation("quizzes.preview.cannot-draw")));
            Paragraph why = new Paragraph(Words.of(e));
            why.addClassName("error-text");
            add(why);
            return;
        }
        QuizInfo quiz = preview.quiz();
        title = getTranslation("quizzes.preview.quiz-title", quiz.title());
        var course = courses.findCourse(quiz.courseId());
        String slug = course.map(c -> c.slug()).orElse("");
        String language = course.map(c -> c.language()).orElse("en");
        add(new Anchor("course/" + slug + "/quizzes", getTranslation("quizzes.preview.to-list")));

        Div banner = new Div();
        banner.addClassName("preview-banner");
        banner.setId("preview-banner");
        banner.getElement().setAttribute("role", "note");
        Span what = new Span(getTranslation("quizzes.preview.banner"));
        Button again = new Button(getTranslation("quizzes.preview.again"), VaadinIcon.REFRESH.create(), e -> draw());
        again.setId("draw-again");
        banner.add(VaadinIcon.EYE.create(), what, again);
        add(banner);

        H1 heading = new H1(quiz.title());
        heading.addClassName("quiz-title");
        heading.getElement().setAttribute("lang", language);
        add(heading);
        Span facts = new Span(getTranslation("quizzes.preview.facts", BuilderWords.questions(preview.questions().size()),
                BuilderWords.points(preview.totalPoints()), quiz.timeLimitSeconds() == null ? getTranslation("quizzes.preview.untimed")
                        : QuizFormat.minutes(java.time.Duration.ofSeconds(quiz.timeLimitSeconds())),
                quiz.attemptsAllowed() == 0 ? getTranslation("quizzes.unlimited-attempts") : getTranslation("quizzes.attempts", quiz.attemptsAllowed()),
                QuizFormat.points(quiz.passMark())));
        facts.addClassName("muted");
        facts.setId("preview-facts");
        add(facts);
        if (quiz.description() != null && !quiz.description().isBlank()) {
            var description = MarkdownText.of(quiz.description(), "quiz-description");
            description.getElement().setAttribute("lang", language);
            add(description);
        }
        Div questions = new Div();
        questions.addClassName("preview-questions");
        for (StudentQuestion q : preview.questions()) {
            questions.add(PreviewAnswer.card(q, preview.questions().size(), language));
        }
        add(questions);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

package org.sourcewise.quizzes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import java.util.ArrayList;
import java.util.List;
import org.sourcewise.content.CourseInfo;
import org.sourcewise.content.CourseService;
import org.sourcewise.content.ui.SourceReference;
import org.sourcewise.quizzes.QuizBuilderService;
import org.sourcewise.quizzes.QuizInfo;
import org.sourcewise.quizzes.QuizListItem;

/**
 * A course's quizzes for staff: size, settings and attempts of each, with edit, preview and assign;
 * under the course's title, its source.
 */
@Route("course/:slug/quizzes")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
@StyleSheet("styles/authoring.css")
@StyleSheet("styles/quiz-builder.css")
class CourseQuizzesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseService courses;
    private final QuizBuilderService builder;
    private String title = getTranslation("quizzes.list.page-title");

    CourseQuizzesView(CourseService courses, QuizBuilderService builder) {
        this.courses = courses;
        this.builder = builder;
        addClassNames("page", "quiz-list-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String slug = event.getRouteParameters().get("slug").orElse("");
        var found = courses.findCourse(slug);
        if (found.isEmpty()) {
            add(new Anchor("courses", getTranslation("quizzes.list.back")), new H1(getTranslation("quizzes.list.no-course")),
                    new Paragraph(getTranslation("quizzes.list.no-course-text", slug)));
            return;
        }
        show(found.get());
    }

    private void show(CourseInfo course) {
        title = getTranslation("quizzes.list.course-title", course.title());
        Button create = new Button(getTranslation("quizzes.list.new"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("quizzes/new", com.vaadin.flow.router.QueryParameters.of("course", course.slug()))));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-quiz");
        Div head = new Div(new H1(getTranslation("quizzes.list.heading")), create);
        head.addClassName("card-top");
        Span courseTitle = new Span(course.title());
        courseTitle.addClassName("muted");
        add(new Anchor("courses", getTranslation("quizzes.list.back")), head, courseTitle, new SourceReference(course));

        List<QuizListItem> items = builder.quizzesOf(course.id());
        if (items.isEmpty()) {
            add(new Paragraph(getTranslation("quizzes.list.empty")));
            return;
        }
        Div list = new Div();
        list.addClassName("card-list");
        for (QuizListItem item : items) {
            list.add(card(item));
        }
        add(list);
    }

    private Div card(QuizListItem item) {
        QuizInfo q = item.quiz();
        Div card = new Div();
        card.addClassNames("card", "quiz-list-card");
        card.setId("quiz-" + q.id());
        Span name = new Span(q.title());
        name.addClassName("card-title");
        List<String> facts = new ArrayList<>();
        facts.add(BuilderWords.questions(q.questionCount()));
        facts.add(BuilderWords.points(item.totalPoints()));
        facts.add(q.timeLimitSeconds() == null ? getTranslation("quizzes.list.untimed")
                : getTranslation("quizzes.list.minutes", (q.timeLimitSeconds() + 59) / 60));
        facts.add(q.attemptsAllowed() == 0 ? getTranslation("quizzes.unlimited-attempts") : getTranslation("quizzes.attempts", q.attemptsAllowed()));
        facts.add(getTranslation("quizzes.list.pass", QuizFormat.points(q.passMark())));
        Div badges = new Div();
        badges.addClassName("badges");
        facts.forEach(f -> {
            Span b = new Span(f);
            b.addClassName("badge");
            badges.add(b);
        });
        Div top = new Div(name, badges);
        top.addClassName("card-top");
        card.add(top);
        String origin = item.fromCourseFile() ? getTranslation("quizzes.list.from-file") : getTranslation("quizzes.list.from-builder");
        String taken = getTranslation("quizzes.list.attempts-so-far", item.attempts());
        Span meta = new Span(q.closeAt() == null ? getTranslation("quizzes.list.meta", origin, taken)
                : getTranslation("quizzes.list.meta-closes", origin, taken, QuizFormat.when(q.closeAt())));
        meta.addClassName("muted");
        card.add(meta);

        Div actions = new Div();
        actions.addClassName("button-row");
        if (item.editable()) {
            Button edit = new Button(getTranslation("quizzes.list.edit"), VaadinIcon.EDIT.create(), e -> navigate("quizzes/" + q.id() + "/edit"));
            edit.setAriaLabel(getTranslation("quizzes.list.edit-named", q.title()));
            actions.add(edit);
        }
        Button preview = new Button(getTranslation("quizzes.preview-as-student"), VaadinIcon.EYE.create(), e -> navigate("quizzes/" + q.id() + "/preview"));
        preview.setAriaLabel(getTranslation("quizzes.list.preview-named", q.title()));
        Button assign = new Button(getTranslation("quizzes.assign"), VaadinIcon.USERS.create(), e -> navigate("quizzes/" + q.id() + "/assign"));
        assign.setAriaLabel(getTranslation("quizzes.list.assign-named", q.title()));
        actions.add(preview, assign);
        card.add(actions);
        return card;
    }

    private void navigate(String location) {
        getUI().ifPresent(ui -> ui.navigate(location));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

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
    private String title = "Quizzes · Sourcewise";

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
            add(new Anchor("courses", "← Courses"), new H1("No such course"), new Paragraph("There is no course '" + slug + "'."));
            return;
        }
        show(found.get());
    }

    private void show(CourseInfo course) {
        title = "Quizzes: " + course.title() + " · Sourcewise";
        Button create = new Button("New quiz", VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("quizzes/new", com.vaadin.flow.router.QueryParameters.of("course", course.slug()))));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-quiz");
        Div head = new Div(new H1("Quizzes"), create);
        head.addClassName("card-top");
        Span courseTitle = new Span(course.title());
        courseTitle.addClassName("muted");
        add(new Anchor("courses", "← Courses"), head, courseTitle, new SourceReference(course));

        List<QuizListItem> items = builder.quizzesOf(course.id());
        if (items.isEmpty()) {
            add(new Paragraph("This course has no quiz yet. Make one with New quiz."));
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
        facts.add(q.timeLimitSeconds() == null ? "untimed" : (q.timeLimitSeconds() + 59) / 60 + " min");
        facts.add(q.attemptsAllowed() == 0 ? "unlimited attempts" : q.attemptsAllowed() == 1 ? "1 attempt" : q.attemptsAllowed() + " attempts");
        facts.add("pass " + QuizFormat.points(q.passMark()) + "%");
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
        String origin = item.fromCourseFile() ? "From the course files" : "Made in the builder";
        Span meta = new Span(origin + " · " + (item.attempts() == 1 ? "1 attempt so far" : item.attempts() + " attempts so far")
                + (q.closeAt() != null ? " · closes " + QuizFormat.when(q.closeAt()) : ""));
        meta.addClassName("muted");
        card.add(meta);

        Div actions = new Div();
        actions.addClassName("button-row");
        if (item.editable()) {
            Button edit = new Button("Edit", VaadinIcon.EDIT.create(), e -> navigate("quizzes/" + q.id() + "/edit"));
            edit.setAriaLabel("Edit " + q.title());
            actions.add(edit);
        }
        Button preview = new Button("Preview as a student", VaadinIcon.EYE.create(), e -> navigate("quizzes/" + q.id() + "/preview"));
        preview.setAriaLabel("Preview " + q.title() + " as a student");
        Button assign = new Button("Assign to classes", VaadinIcon.USERS.create(), e -> navigate("quizzes/" + q.id() + "/assign"));
        assign.setAriaLabel("Assign " + q.title() + " to classes");
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

package org.sourcewise.questions.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.TextField;
import org.sourcewise.content.CourseEditorException;
import org.sourcewise.content.CourseEditors;
import org.sourcewise.content.CourseInfo;
import org.sourcewise.content.CourseService;
import org.sourcewise.content.SourceRef;
import org.sourcewise.questions.QuestionBankService;

/** Every course with its source and the size of its claims and bank, each leading to its bank. */
@Route("courses")
@PageTitle("Courses · Sourcewise")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
@StyleSheet("styles/authoring.css")
class CoursesView extends VerticalLayout {

    private final CourseEditors editors;

    CoursesView(CourseService courses, QuestionBankService bank, CourseEditors editors) {
        this.editors = editors;
        addClassName("page");
        add(new H1("Courses"));
        var all = courses.listCourses();
        if (all.isEmpty()) {
            add(new Paragraph("No course is imported yet."));
            return;
        }
        Div list = new Div();
        list.addClassName("card-list");
        for (CourseInfo course : all) {
            Div card = new Div();
            card.addClassName("card");
            card.setId("course-" + course.slug());
            RouterLink title = new RouterLink(course.title(), BankView.class, new RouteParameters("slug", course.slug()));
            title.addClassName("card-title");
            Div top = new Div(title, badges(course.claimCount() + " claims", bank.count(course.id()) + " questions"));
            top.addClassName("card-top");
            card.add(top);
            Span source = new Span(source(course.source()));
            source.addClassName("muted");
            card.add(source);
            // the quizzes feature depends on questions, so its view is linked by address, not by class
            com.vaadin.flow.component.html.Anchor quizzes = new com.vaadin.flow.component.html.Anchor(
                    "course/" + course.slug() + "/quizzes", "Quizzes");
            quizzes.setId("quizzes-" + course.slug());
            card.add(quizzes);
            card.add(editorsOf(course));
            list.add(card);
        }
        add(list);
    }

    /**
     * Who edits the course, and for its creator or an admin a field to add a co-editor. Others read the
     * course and assign its quizzes; the bank and the quiz builder refuse their changes.
     */
    private Div editorsOf(CourseInfo course) {
        Div box = new Div();
        box.addClassName("course-editors");
        Span names = new Span();
        names.addClassName("muted");
        Runnable show = () -> {
            var all = editors.editors(course.id());
            names.setText(all.isEmpty() ? "Edited by admins only"
                    : "Edited by " + all.stream().map(e -> e.displayName() + (e.creator() ? " (creator)" : ""))
                    .collect(java.util.stream.Collectors.joining(", "))
                    + (editors.mayEdit(course.id()) ? "" : " · you can read it and assign its quizzes"));
        };
        show.run();
        box.add(names);
        boolean creatorOrAdmin = currentUserIsAdminOrCreator(course);
        if (creatorOrAdmin) {
            TextField username = new TextField();
            username.setPlaceholder("instructor's username");
            username.setAriaLabel("Add a co-editor of " + course.title());
            Button add = new Button("Add co-editor", e -> {
                try {
                    editors.addEditor(course.id(), username.getValue());
                    username.clear();
                    username.setInvalid(false);
                    show.run();
                } catch (CourseEditorException refused) {
                    username.setErrorMessage(refused.getMessage());
                    username.setInvalid(true);
                }
            });
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Div row = new Div(username, add);
            row.addClassName("form-row");
            box.add(row);
        }
        return box;
    }

    private boolean currentUserIsAdminOrCreator(CourseInfo course) {
        return editors.mayManageEditors(course.id());
    }

    private static Div badges(String... texts) {
        Div badges = new Div();
        badges.addClassName("badges");
        for (String text : texts) {
            Span badge = new Span(text);
            badge.addClassName("badge");
            badges.add(badge);
        }
        return badges;
    }

    static String source(@Nullable SourceRef s) {
        if (s == null) {
            return "No source reference";
        }
        StringBuilder out = new StringBuilder("“").append(s.title()).append("”");
        if (s.author() != null) {
            out.append(", ").append(s.author());
        }
        if (s.publication() != null) {
            out.append(", ").append(s.publication());
        }
        if (s.date() != null) {
            out.append(", ").append(s.date());
        }
        return out.toString();
    }
}

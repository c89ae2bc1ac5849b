package org.sourcewise.questions.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.jspecify.annotations.Nullable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.TextField;
import org.sourcewise.browser.ui.Words;
import org.sourcewise.content.CourseEditorException;
import org.sourcewise.content.CourseEditors;
import org.sourcewise.content.CourseInfo;
import org.sourcewise.content.CourseService;
import org.sourcewise.content.SourceRef;
import org.sourcewise.questions.QuestionBankService;

/** Every course with its source and the size of its claims and bank, each leading to its bank. */
@Route("courses")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
@StyleSheet("styles/authoring.css")
class CoursesView extends VerticalLayout implements HasDynamicTitle {

    private final CourseEditors editors;

    CoursesView(CourseService courses, QuestionBankService bank, CourseEditors editors) {
        this.editors = editors;
        addClassName("page");
        add(new H1(getTranslation("questions.courses.heading")));
        var all = courses.listCourses();
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("questions.courses.none")));
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
            Div top = new Div(title, badges(getTranslation("questions.courses.claims", course.claimCount()),
                    getTranslation("questions.courses.questions", bank.count(course.id()))));
            top.addClassName("card-top");
            card.add(top);
            Span source = new Span(source(course.source()));
            source.addClassName("muted");
            card.add(source);
            // the quizzes feature depends on questions, so its view is linked by address, not by class
            com.vaadin.flow.component.html.Anchor quizzes = new com.vaadin.flow.component.html.Anchor(
                    "course/" + course.slug() + "/quizzes", getTranslation("questions.courses.quizzes"));
            quizzes.setId("quizzes-" + course.slug());
            card.add(quizzes);
            card.add(editorsOf(course));
            list.add(card);
        }
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("questions.courses.title");
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
            if (all.isEmpty()) {
                names.setText(getTranslation("questions.courses.edited-by-admins"));
                return;
            }
            String who = all.stream().map(e -> e.creator() ? getTranslation("questions.courses.creator", e.displayName()) : e.displayName())
                    .collect(java.util.stream.Collectors.joining(", "));
            names.setText(editors.mayEdit(course.id()) ? getTranslation("questions.courses.edited-by", who)
                    : getTranslation("questions.courses.edited-by-read-only", who));
        };
        show.run();
        box.add(names);
        boolean creatorOrAdmin = currentUserIsAdminOrCreator(course);
        if (creatorOrAdmin) {
            TextField username = new TextField();
            username.setPlaceholder(getTranslation("questions.courses.username"));
            username.setAriaLabel(getTranslation("questions.courses.add-editor-label", course.title()));
            Button add = new Button(getTranslation("questions.courses.add-editor"), e -> {
                try {
                    editors.addEditor(course.id(), username.getValue());
                    username.clear();
                    username.setInvalid(false);
                    show.run();
                } catch (CourseEditorException refused) {
                    username.setErrorMessage(Words.of(refused));
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

    /** The source's title in the language's quotation marks, then its author and publication as written, and its date. */
    static String source(@Nullable SourceRef s) {
        if (s == null) {
            return Words.of("questions.courses.no-source");
        }
        StringBuilder out = new StringBuilder(Words.of("questions.quoted", s.title()));
        if (s.author() != null) {
            out.append(", ").append(s.author());
        }
        if (s.publication() != null) {
            out.append(", ").append(s.publication());
        }
        if (s.date() != null) {
            out.append(", ").append(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Words.locale()).format(s.date()));
        }
        return out.toString();
    }
}

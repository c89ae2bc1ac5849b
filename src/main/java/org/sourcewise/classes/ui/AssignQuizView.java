package org.sourcewise.classes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sourcewise.browser.ui.BrowserZone;
import org.sourcewise.browser.ui.BuiltInWords;
import org.sourcewise.browser.ui.Words;
import org.sourcewise.classes.AssignmentInfo;
import org.sourcewise.classes.ClassException;
import org.sourcewise.classes.ClassInfo;
import org.sourcewise.classes.ClassService;
import org.sourcewise.content.CourseService;
import org.sourcewise.quizzes.QuizInfo;
import org.sourcewise.quizzes.QuizService;

/**
 * Assigns one quiz to one or more of the classes the caller teaches (of the quiz's course), with a
 * due date; shows where it is assigned already. The quiz builder links here.
 */
@Route("quizzes/:id/assign")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
@StyleSheet("styles/authoring.css")
@StyleSheet("styles/quiz-builder.css")
class AssignQuizView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    private final ClassService classes;
    private final QuizService quizzes;
    private final CourseService courses;
    private @Nullable QuizInfo shown;

    AssignQuizView(ClassService classes, QuizService quizzes, CourseService courses) {
        this.classes = classes;
        this.quizzes = quizzes;
        this.courses = courses;
        addClassNames("page", "assign-quiz");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        QuizInfo quiz;
        try {
            quiz = quizzes.find(Long.parseLong(event.getRouteParameters().get("id").orElse(""))).orElse(null);
        } catch (NumberFormatException e) {
            quiz = null;
        }
        if (quiz == null) {
            shown = null;
            add(new Anchor("courses", getTranslation("classes.assign.back-to-courses")), new H1(getTranslation("classes.assign.no-quiz")),
                    new Paragraph(getTranslation("classes.assign.no-quiz-text")));
            return;
        }
        show(quiz);
    }

    private void show(QuizInfo quiz) {
        removeAll();
        shown = quiz;
        String slug = courses.findCourse(quiz.courseId()).map(c -> c.slug()).orElse("");
        add(new Anchor("course/" + slug + "/quizzes", getTranslation("classes.assign.back-to-quizzes")),
                new H1(getTranslation("classes.assign.heading")));
        Span name = new Span(quiz.title());
        name.addClassName("muted");
        add(name);

        List<ClassInfo> mine = classes.teachingClasses().stream()
                .filter(c -> c.courseId() != null && c.courseId() == quiz.courseId()).toList();
        Map<Long, List<AssignmentInfo>> assigned = classes.teachingAssignments().stream()
                .filter(a -> a.quizId() != null && a.quizId() == quiz.id())
                .collect(Collectors.groupingBy(AssignmentInfo::classId));
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("classes.assign.no-class")));
            return;
        }
        Div form = new Div();
        form.addClassNames("card", "assign-form");
        CheckboxGroup<ClassInfo> choice = new CheckboxGroup<>(getTranslation("classes.assign.classes"));
        choice.setId("assign-classes");
        choice.addThemeName("vertical");
        choice.setItems(mine);
        choice.setItemLabelGenerator(c -> getTranslation(assigned.containsKey(c.id()) ? "classes.assign.class-assigned" : "classes.assign.class",
                c.name(), c.studentCount()));
        DateTimePicker due = new DateTimePicker(getTranslation("classes.assign.due"));
        due.setId("assign-due");
        due.setHelperText(getTranslation("classes.assign.due-helper"));
        due.setDatePickerI18n(BuiltInWords.datePicker());
        UnorderedList problems = new UnorderedList();
        problems.addClassName("problems");
        Button assign = new Button(getTranslation("classes.assign.assign"), VaadinIcon.CHECK.create(), e -> {
            problems.removeAll();
            if (choice.getValue().isEmpty()) {
                choice.setErrorMessage(getTranslation("classes.assign.choose-class"));
                choice.setInvalid(true);
                return;
            }
            choice.setInvalid(false);
            List<String> done = new ArrayList<>();
            for (ClassInfo c : choice.getValue()) {
                try {
                    classes.assignQuiz(c.id(), quiz.id(), due.getValue() == null ? null : due.getValue().atZone(BrowserZone.current()).toInstant());
                    done.add(c.name());
                } catch (ClassException ex) {
                    problems.add(new ListItem(getTranslation("classes.assign.refused", c.name(), Words.of(ex))));
                }
            }
            if (!done.isEmpty()) {
                Notification n = Notification.show(getTranslation("classes.assign.done", String.join(", ", done)), 4000,
                        Notification.Position.BOTTOM_START);
                n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
            if (problems.getChildren().findAny().isEmpty()) {
                show(quiz);
            }
        });
        assign.setId("assign");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div row = new Div(due, assign);
        row.addClassName("inline-form");
        form.add(choice, row, problems);
        add(form);

        add(new H2(getTranslation("classes.assign.now")));
        if (assigned.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("classes.assign.nowhere"));
            none.addClassName("muted");
            add(none);
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("current-assignments");
            list.addClassName("assignment-list");
            mine.stream().filter(c -> assigned.containsKey(c.id())).forEach(c -> assigned.getOrDefault(c.id(), List.of()).forEach(a ->
                    list.add(new ListItem(a.dueAt() == null ? getTranslation("classes.assign.assigned-undated", c.name())
                            : getTranslation("classes.assign.assigned-due", c.name(), BrowserZone.format(WHEN, a.dueAt()))))));
            add(list);
        }
    }

    @Override
    public String getPageTitle() {
        QuizInfo quiz = shown;
        return quiz == null ? getTranslation("classes.assign.title") : getTranslation("classes.assign.title-of", quiz.title());
    }
}

package org.sourcewise.learning.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.sourcewise.accounts.CurrentUser;
import org.sourcewise.classes.AssignmentInfo;
import org.sourcewise.classes.ClassService;
import org.sourcewise.quizzes.QuizService;

/** The student's home: their classes and what is assigned to them. */
@Route("student")
@PageTitle("My learning · Sourcewise")
@RolesAllowed("STUDENT")
class StudentHomeView extends VerticalLayout {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    StudentHomeView(ClassService classes, QuizService quizzes, CurrentUser currentUser) {
        addClassName("page");
        add(new H1("Welcome, " + currentUser.require().displayName()));
        var mine = classes.myClasses();
        add(new H2("My classes"));
        if (mine.isEmpty()) {
            add(new Paragraph("You are in no class yet."));
        }
        mine.forEach(c -> add(new Paragraph(c.name())));
        add(new H2("Assigned to me"));
        var assigned = classes.myAssignments();
        if (assigned.isEmpty()) {
            add(new Paragraph("Nothing is assigned to you."));
        }
        for (AssignmentInfo a : assigned) {
            Div card = new Div();
            card.addClassName("card");
            String title = a.quizId() == null ? "Lesson" : quizzes.find(a.quizId()).map(q -> q.title()).orElse("Quiz");
            Span name = new Span(title);
            name.addClassName("card-title");
            Span due = new Span(a.dueAt() == null ? "No due date" : "Due " + DUE.format(a.dueAt()));
            due.addClassName("muted");
            card.add(name, due);
            add(card);
        }
    }
}

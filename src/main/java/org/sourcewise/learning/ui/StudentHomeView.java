package org.sourcewise.learning.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sourcewise.accounts.CurrentUser;
import org.sourcewise.classes.AssignmentInfo;
import org.sourcewise.classes.ClassInfo;
import org.sourcewise.classes.ClassService;
import org.sourcewise.quizzes.AttemptService;
import org.sourcewise.quizzes.AttemptState;
import org.sourcewise.quizzes.AttemptSummary;
import org.sourcewise.quizzes.QuizInfo;
import org.sourcewise.quizzes.QuizService;

/** The student's home: classes, assigned quizzes with their status, lessons and practice. */
@Route("student")
@PageTitle("My learning · Sourcewise")
@RolesAllowed("STUDENT")
class StudentHomeView extends VerticalLayout {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(Locale.UK).withZone(ZoneId.systemDefault());

    private final Clock clock;

    StudentHomeView(ClassService classes, QuizService quizzes, AttemptService attempts, CurrentUser currentUser, Clock clock) {
        this.clock = clock;
        addClassName("page");
        addClassName("student-home");
        add(new H1("Welcome, " + currentUser.require().displayName()));
        List<ClassInfo> mine = classes.myClasses();
        if (mine.isEmpty()) {
            add(new Paragraph("You are in no class yet. Ask your instructor for a join code."));
            return;
        }
        Span classNames = new Span((mine.size() == 1 ? "Your class: " : "Your classes: ")
                + String.join(", ", mine.stream().map(ClassInfo::name).toList()));
        classNames.addClassName("muted");
        add(classNames);

        add(new H2("Quizzes"));
        List<AssignmentInfo> assigned = classes.myAssignments().stream().filter(a -> a.quizId() != null).toList();
        if (assigned.isEmpty()) {
            add(new Paragraph("No quiz is assigned to you yet."));
        }
        Map<Long, List<AttemptSummary>> myAttempts = attempts.myAttempts();
        Div quizList = new Div();
        quizList.addClassName("card-list");
        for (AssignmentInfo a : assigned) {
            quizzes.find(a.quizId()).ifPresent(quiz -> quizList.add(quizCard(a, quiz, myAttempts.getOrDefault(quiz.id(), List.of()))));
        }
        add(quizList);
    }

    private Div quizCard(AssignmentInfo assignment, QuizInfo quiz, List<AttemptSummary> attempts) {
        Div card = new Div();
        card.addClassName("card");
        card.addClassName("quiz-card");
        Anchor title = new Anchor("quiz/" + quiz.id(), quiz.title());
        title.addClassName("card-title");
        Instant now = clock.instant();
        AttemptSummary open = attempts.stream().filter(x -> x.state() == AttemptState.IN_PROGRESS).findFirst().orElse(null);
        List<Double> done = attempts.stream().filter(x -> x.state() == AttemptState.SUBMITTED && x.percent() != null)
                .map(AttemptSummary::percent).toList();
        boolean closed = quiz.closeAt() != null && !now.isBefore(quiz.closeAt());
        String status;
        String statusClass;
        if (open != null) {
            status = open.deadline() == null ? "In progress"
                    : "In progress · " + Math.max(0, Duration.between(now, open.deadline()).toMinutes()) + " min left";
            statusClass = "status-progress";
        } else if (!done.isEmpty()) {
            double grade = quiz.gradingMethod().grade(done).orElse(0);
            status = "Submitted · " + Math.round(grade) + "%" + (done.size() > 1 ? " (" + quiz.gradingMethod().name().toLowerCase() + " of " + done.size() + ")" : "");
            statusClass = grade + 1e-9 >= quiz.passMark() ? "status-pass" : "status-done";
        } else if (closed) {
            status = "Closed";
            statusClass = "status-closed";
        } else {
            status = "Not started";
            statusClass = "status-new";
        }
        Span badge = new Span(status);
        badge.addClassName("badge");
        badge.addClassName(statusClass);
        Div top = new Div(title, badge);
        top.addClassName("card-top");

        String attemptsText = quiz.attemptsAllowed() == 0 ? "Unlimited attempts"
                : Math.max(0, quiz.attemptsAllowed() - attempts.size()) + " of " + quiz.attemptsAllowed() + " attempts left";
        String time = quiz.timeLimitSeconds() == null ? "Untimed" : quiz.timeLimitSeconds() / 60 + " minutes";
        String due = assignment.dueAt() == null ? "No due date" : "Due " + DUE.format(assignment.dueAt());
        Span meta = new Span(String.join(" · ", due, quiz.questionCount() + " questions", time, attemptsText));
        meta.addClassName("muted");
        if (assignment.dueAt() != null && now.isAfter(assignment.dueAt()) && done.isEmpty()) {
            meta.addClassName("overdue");
        }
        card.add(top, meta);
        return card;
    }
}

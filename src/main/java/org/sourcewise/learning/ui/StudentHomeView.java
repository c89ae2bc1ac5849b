package org.sourcewise.learning.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.UI;
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
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sourcewise.browser.ui.BrowserZone;
import org.sourcewise.accounts.CurrentUser;
import org.sourcewise.classes.AssignmentInfo;
import org.sourcewise.classes.ClassInfo;
import org.sourcewise.classes.ClassService;
import org.sourcewise.classes.InvitationService;
import org.sourcewise.classes.Invitation;
import org.sourcewise.learning.LessonProgress;
import org.sourcewise.learning.LessonService;
import org.sourcewise.learning.PracticeService;
import org.sourcewise.learning.PracticeSummary;
import org.sourcewise.quizzes.AttemptReviewService;
import org.sourcewise.quizzes.AttemptSummary;
import org.sourcewise.quizzes.QuizInfo;
import org.sourcewise.quizzes.QuizService;
import org.sourcewise.quizzes.rules.GradeStatus;
import org.sourcewise.quizzes.rules.QuizRules;
import org.sourcewise.quizzes.rules.Standing;

/** The student's home: classes, assigned quizzes with their status, lessons and practice. */
@Route("student")
@PageTitle("My learning · Sourcewise")
@RolesAllowed("STUDENT")
class StudentHomeView extends VerticalLayout {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(Locale.UK);

    private final Clock clock;

    StudentHomeView(ClassService classes, QuizService quizzes, AttemptReviewService attempts, LessonService lessons,
                    PracticeService practice, CurrentUser currentUser, InvitationService invitations, Clock clock) {
        this.clock = clock;
        addClassName("page");
        addClassName("student-home");
        add(new H1("Welcome, " + currentUser.require().displayName()));
        for (Invitation invitation : invitations.mine()) {
            add(invitationCard(invitation, invitations));
        }
        List<ClassInfo> mine = classes.myClasses();
        if (mine.isEmpty()) {
            add(new Paragraph("You are in no class yet. Ask your instructor for a join code."));
            return;
        }
        Span classNames = new Span((mine.size() == 1 ? "Your class: " : "Your classes: ")
                + String.join(", ", mine.stream().map(ClassInfo::name).toList()));
        classNames.addClassName("muted");
        add(classNames);

        add(practiceCard(practice.summary()));

        add(new H2("Quizzes"));
        List<AssignmentInfo> assigned = classes.myAssignments().stream().filter(a -> a.quizId() != null).toList();
        if (assigned.isEmpty()) {
            add(new Paragraph("No quiz is assigned to you yet."));
        }
        Map<Long, Instant> dueAt = new java.util.HashMap<>();
        assigned.forEach(a -> dueAt.put(a.quizId(), a.dueAt()));
        Map<Long, Standing> standings = attempts.myStandings(dueAt);
        Map<Long, QuizInfo> quizInfos = quizzes.findAll(dueAt.keySet());
        Div quizList = new Div();
        quizList.addClassName("card-list");
        for (AssignmentInfo a : assigned) {
            Standing standing = standings.get(a.quizId());
            QuizInfo quiz = quizInfos.get(a.quizId());
            if (quiz != null && standing != null) {
                quizList.add(quizCard(a, quiz, standing));
            }
        }
        add(quizList);

        add(new H2("Lessons"));
        Div lessonList = new Div();
        lessonList.addClassName("card-list");
        for (LessonProgress lesson : lessons.myLessons()) {
            lessonList.add(lessonCard(lesson));
        }
        add(lessonList);
    }

    /** An instructor's invitation: the student joins the class only by accepting it. */
    private Div invitationCard(Invitation invitation, InvitationService invitations) {
        Div card = new Div();
        card.addClassNames("card", "invitation-card");
        Span text = new Span(invitation.invitedBy() + " invites you to join the class “" + invitation.className() + "”.");
        Button accept = new Button("Accept", e -> {
            invitations.accept(invitation.id());
            UI.getCurrent().getPage().reload();
        });
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button decline = new Button("Decline", e -> {
            invitations.decline(invitation.id());
            card.removeFromParent();
            Notification.show("Invitation declined.");
        });
        decline.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        accept.setAriaLabel("Accept the invitation to " + invitation.className());
        decline.setAriaLabel("Decline the invitation to " + invitation.className());
        card.add(text, new Div(accept, decline));
        return card;
    }

    private Div practiceCard(PracticeSummary summary) {
        Div card = new Div();
        card.addClassName("card");
        card.addClassName("practice-card");
        Span count = new Span(summary.dueNow() == 0 ? "Nothing to practise right now"
                : summary.dueNow() + (summary.dueNow() == 1 ? " claim is" : " claims are") + " due for practice");
        count.addClassName("card-title");
        Span detail = new Span(summary.inPractice() == 0
                ? "Claims enter practice when you mark a lesson done or a quiz tests them."
                : summary.inPractice() + " claims in practice" + (summary.dueNow() == 0 && summary.nextDueAt() != null
                ? "; the next is due " + BrowserZone.format(DUE, summary.nextDueAt()) : "") + ".");
        detail.addClassName("muted");
        card.add(count, detail);
        if (summary.dueNow() > 0) {
            Anchor go = new Anchor("practice", "Practise now");
            go.addClassName("button-link");
            card.add(go);
        }
        return card;
    }

    private static Div lessonCard(LessonProgress lesson) {
        Div card = new Div();
        card.addClassName("card");
        card.addClassName("lesson-card");
        Anchor title = new Anchor("lesson/" + lesson.lessonId(), lesson.ordinal() + ". " + lesson.title());
        title.addClassName("card-title");
        Span state = new Span(lesson.done() ? "Done" : lesson.opened() ? "Started" : "Not started");
        state.addClassName("badge");
        state.addClassName(lesson.done() ? "status-pass" : lesson.opened() ? "status-progress" : "status-new");
        Div top = new Div(title, state);
        top.addClassName("card-top");
        Div bar = new Div();
        bar.addClassName("mastery-bar");
        bar.getElement().setAttribute("role", "img");
        bar.getElement().setAttribute("aria-label", lesson.mastered() + " mastered, " + lesson.shaky() + " shaky, "
                + lesson.notSeen() + " not yet seen of " + lesson.claimCount() + " claims");
        bar.add(segment("mastered", lesson.mastered(), lesson.claimCount()), segment("shaky", lesson.shaky(), lesson.claimCount()),
                segment("unseen", lesson.notSeen(), lesson.claimCount()));
        Span legend = new Span(lesson.claimCount() + " claims: " + lesson.mastered() + " mastered · " + lesson.shaky()
                + " shaky · " + lesson.notSeen() + " not yet seen");
        legend.addClassName("muted");
        card.add(top, bar, legend);
        return card;
    }

    private static Span segment(String kind, int count, int total) {
        Span s = new Span();
        s.addClassName("mastery-" + kind);
        s.getStyle().set("flex-grow", String.valueOf(total == 0 ? 0 : count));
        return s;
    }

    private Div quizCard(AssignmentInfo assignment, QuizInfo quiz, Standing standing) {
        Div card = new Div();
        card.addClassName("card");
        card.addClassName("quiz-card");
        Anchor title = new Anchor("quiz/" + quiz.id(), quiz.title());
        title.addClassName("card-title");
        Instant now = clock.instant();
        AttemptSummary open = standing.openAttempt();
        String status;
        String statusClass;
        if (open != null) {
            status = open.deadline() == null ? "In progress"
                    : "In progress · " + Math.max(0, Duration.between(now, open.deadline()).toMinutes()) + " min left";
            statusClass = "status-progress";
        } else if (standing.status() == GradeStatus.AWAITING_GRADING) {
            status = "Submitted · awaiting grading" + (standing.gradePercent() == null ? ""
                    : " · " + Math.round(standing.gradePercent()) + "% so far");
            statusClass = "status-done";
        } else if (standing.gradePercent() != null) {
            status = "Submitted · " + Math.round(standing.gradePercent()) + "%" + (standing.markedAttempts() > 1
                    ? " (" + quiz.gradingMethod().name().toLowerCase(Locale.ROOT) + " of " + standing.markedAttempts() + ")" : "");
            statusClass = standing.passed() ? "status-pass" : "status-done";
        } else if (quiz.rules().window(now) == QuizRules.Window.CLOSED) {
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

        String attemptsText = standing.attemptsLeft() == null ? "Unlimited attempts"
                : standing.attemptsLeft() + " of " + quiz.attemptsAllowed() + " attempts left";
        String time = quiz.timeLimitSeconds() == null ? "Untimed" : quiz.timeLimitSeconds() / 60 + " minutes";
        String due = assignment.dueAt() == null ? "No due date" : "Due " + BrowserZone.format(DUE, assignment.dueAt());
        Span meta = new Span(String.join(" · ", due, quiz.questionCount() + " questions", time, attemptsText));
        meta.addClassName("muted");
        if (standing.overdue()) {
            meta.addClassName("overdue");
        }
        card.add(top, meta);
        return card;
    }
}

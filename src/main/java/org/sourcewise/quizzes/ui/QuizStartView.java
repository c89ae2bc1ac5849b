package org.sourcewise.quizzes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.List;
import org.sourcewise.base.HeavyWorkLane;
import org.sourcewise.base.ui.MarkdownText;
import org.sourcewise.quizzes.AttemptException;
import org.sourcewise.quizzes.AttemptStartService;
import org.sourcewise.quizzes.AttemptState;
import org.sourcewise.quizzes.AttemptSummary;
import org.sourcewise.quizzes.QuizInfo;
import org.sourcewise.quizzes.QuizStart;
import org.sourcewise.quizzes.rules.Accommodation;
import org.sourcewise.quizzes.rules.GradeStatus;
import org.sourcewise.quizzes.rules.QuizRules;

/** A quiz's start page: the rules before the clock starts, past attempts, and start or continue. */
@Route("quiz")
@RolesAllowed("STUDENT")
class QuizStartView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final Duration START_WAIT = Duration.ofSeconds(5);

    private final AttemptStartService attempts;
    private final HeavyWorkLane lane;
    private final java.time.Clock clock;
    private String title = "Quiz";

    QuizStartView(AttemptStartService attempts, HeavyWorkLane lane, java.time.Clock clock) {
        this.clock = clock;
        this.attempts = attempts;
        this.lane = lane;
        addClassName("page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long quizId) {
        removeAll();
        QuizStart start = attempts.startPage(quizId);
        QuizInfo quiz = start.quiz();
        title = quiz.title() + " · Sourcewise";
        add(new Anchor("student", "← My learning"), new H1(quiz.title()));
        if (quiz.description() != null && !quiz.description().isBlank()) {
            add(MarkdownText.of(quiz.description(), "quiz-description"));
        }

        Div rules = new Div();
        rules.addClassName("card");
        rules.add(new H2("Before you start"));
        UnorderedList list = new UnorderedList();
        list.add(new ListItem(quiz.questionCount() + " questions, one per page. You can move between them and flag any to come back to."));
        // the rules that hold for this student: the quiz's, with any accommodation applied
        QuizRules mine = start.rules();
        list.add(new ListItem(mine.timeLimitSeconds() == null ? "No time limit."
                : "Time limit: " + QuizFormat.minutes(Duration.ofSeconds(mine.timeLimitSeconds()))
                + ". The clock is the server's and keeps running if you close the page; when it runs out, your saved answers are submitted."));
        list.add(new ListItem("Every answer is saved the moment you give it. A reload or another device continues where you were."));
        list.add(new ListItem(mine.attemptsAllowed() == 0 ? "Unlimited attempts; " + QuizFormat.grading(quiz) + "."
                : "Attempts: " + mine.attemptsAllowed() + " allowed, " + start.attemptsUsed() + " used; " + QuizFormat.grading(quiz) + "."));
        if (mine.closeAt() != null) {
            list.add(new ListItem("Closes " + QuizFormat.when(mine.closeAt()) + "."));
        }
        list.add(new ListItem("Pass mark: " + Math.round(quiz.passMark()) + "%."));
        list.add(new ListItem(QuizFormat.review(quiz)));
        rules.add(list);
        if (!start.accommodation().isNone()) {
            Paragraph granted = new Paragraph(accommodationText(start.accommodation(), quiz));
            granted.addClassName("accommodation-note");
            rules.add(granted);
        }
        add(rules);

        if (start.gradePercent() != null || start.standing().status() == GradeStatus.AWAITING_GRADING) {
            String waiting = start.standing().status() == GradeStatus.AWAITING_GRADING
                    ? "An attempt is waiting for your instructor's grade; it counts once graded." : "";
            Paragraph grade = new Paragraph(start.gradePercent() == null ? waiting
                    : ("Your grade: " + Math.round(start.gradePercent()) + "%" + (start.standing().passed() ? " (passed). " : ". ") + waiting).strip());
            grade.addClassName("grade");
            add(grade);
        }

        AttemptSummary open = start.openAttempt();
        if (open != null) {
            String left = open.deadline() == null ? "" : " (" + QuizFormat.minutes(Duration.between(clock.instant(), open.deadline())) + " left)";
            add(startButton("Continue attempt " + open.number() + left, quizId));
        } else if (start.canStart()) {
            add(startButton(start.attemptsUsed() == 0 ? "Start attempt" : "Start attempt " + (start.attemptsUsed() + 1), quizId));
        } else {
            Paragraph why = new Paragraph(start.whyNot());
            why.addClassName("notice");
            add(why);
        }

        if (!start.attempts().isEmpty()) {
            add(new H2("Your attempts"));
            for (AttemptSummary a : start.attempts()) {
                Div row = new Div();
                row.addClassName("attempt-row");
                row.add(new Span("Attempt " + a.number()));
                if (a.state() == AttemptState.IN_PROGRESS) {
                    row.add(new Span("In progress"));
                } else {
                    row.add(new Span((a.submittedOnExpiry() ? "Submitted when time ran out, " : "Submitted ") + QuizFormat.when(a.submittedAt())));
                    row.add(new Span(QuizFormat.score(a)));
                    row.add(new Anchor("review/" + a.id(), "Review"));
                }
                add(row);
            }
        }
    }

    private Button startButton(String label, long quizId) {
        Button button = new Button(label, e -> {
            try {
                // many students start at once on exam morning: starts queue in the lane, answers do not;
                // a click holds the session's lock, hence the short wait (HeavyWorkLane)
                lane.run(() -> {
                    long attemptId = attempts.startOrResume(quizId);
                    getUI().ifPresent(ui -> ui.navigate("attempt/" + attemptId));
                }, START_WAIT);
            } catch (AttemptException ex) {
                Notification.show(ex.getMessage(), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        button.setId("start-attempt");
        return button;
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** What the student's instructor granted, in words; the list above already shows the resulting rules. */
    private static String accommodationText(Accommodation a, QuizInfo quiz) {
        List<String> parts = new java.util.ArrayList<>();
        if (quiz.timeLimitSeconds() != null && (a.extraTimePercent() > 0 || a.extraMinutes() > 0)) {
            parts.add("more time (the quiz's limit is " + QuizFormat.minutes(Duration.ofSeconds(quiz.timeLimitSeconds())) + ")");
        }
        if (a.closeAt() != null) {
            parts.add("a later close");
        }
        if (a.extraAttempts() > 0 && quiz.attemptsAllowed() > 0) {
            parts.add(a.extraAttempts() + (a.extraAttempts() == 1 ? " more attempt" : " more attempts"));
        }
        return parts.isEmpty() ? "Your instructor set an accommodation for you on this quiz."
                : "Your instructor gave you " + String.join(", ", parts) + " on this quiz; the rules above include it.";
    }
}

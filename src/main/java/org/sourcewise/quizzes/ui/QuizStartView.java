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
import org.sourcewise.base.ui.CourseText;
import org.sourcewise.base.ui.MarkdownText;
import org.sourcewise.browser.ui.Words;
import org.sourcewise.quizzes.AttemptException;
import org.sourcewise.quizzes.AttemptStartService;
import org.sourcewise.quizzes.AttemptState;
import org.sourcewise.quizzes.AttemptSummary;
import org.sourcewise.quizzes.QuizInfo;
import org.sourcewise.quizzes.QuizStart;
import org.sourcewise.quizzes.rules.Accommodation;
import org.sourcewise.quizzes.rules.GradeStatus;
import org.sourcewise.quizzes.rules.QuizRules;
import org.sourcewise.quizzes.rules.QuizRules.StartRefusal;

/** A quiz's start page: the rules before the clock starts, past attempts, and start or continue. */
@Route("quiz")
@RolesAllowed("STUDENT")
class QuizStartView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final Duration START_WAIT = Duration.ofSeconds(5);

    private final AttemptStartService attempts;
    private final HeavyWorkLane lane;
    private final java.time.Clock clock;
    private String title = getTranslation("quizzes.quiz");

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
        title = getTranslation("quizzes.page-title", quiz.title());
        // the quiz's title and description are the course's words, in its language, for screen readers
        add(new Anchor("student", getTranslation("quizzes.start.back")), CourseText.in(start.language(), new H1(quiz.title())));
        if (quiz.description() != null && !quiz.description().isBlank()) {
            add(CourseText.in(start.language(), MarkdownText.of(quiz.description(), "quiz-description")));
        }

        Div rules = new Div();
        rules.addClassName("card");
        rules.add(new H2(getTranslation("quizzes.start.rules")));
        UnorderedList list = new UnorderedList();
        list.add(new ListItem(getTranslation("quizzes.start.one-per-page", quiz.questionCount())));
        // the rules that hold for this student: the quiz's, with any accommodation applied
        QuizRules mine = start.rules();
        list.add(new ListItem(mine.timeLimitSeconds() == null ? getTranslation("quizzes.start.untimed")
                : getTranslation("quizzes.start.time-limit", QuizFormat.minutes(Duration.ofSeconds(mine.timeLimitSeconds())))));
        list.add(new ListItem(getTranslation("quizzes.start.saved")));
        list.add(new ListItem(mine.attemptsAllowed() == 0 ? getTranslation("quizzes.start.unlimited", QuizFormat.grading(quiz))
                : getTranslation("quizzes.start.attempts", mine.attemptsAllowed(), start.attemptsUsed(), QuizFormat.grading(quiz))));
        if (mine.closeAt() != null) {
            list.add(new ListItem(getTranslation("quizzes.start.closes", QuizFormat.when(mine.closeAt()))));
        }
        list.add(new ListItem(getTranslation("quizzes.start.pass-mark", Math.round(quiz.passMark()))));
        list.add(new ListItem(QuizFormat.review(quiz)));
        rules.add(list);
        if (!start.accommodation().isNone()) {
            Paragraph granted = new Paragraph(accommodationText(start.accommodation(), quiz));
            granted.addClassName("accommodation-note");
            rules.add(granted);
        }
        add(rules);

        if (start.gradePercent() != null || start.standing().status() == GradeStatus.AWAITING_GRADING) {
            String waiting = start.standing().status() == GradeStatus.AWAITING_GRADING ? getTranslation("quizzes.start.grade-waiting") : "";
            String yours = start.gradePercent() == null ? ""
                    : getTranslation(start.standing().passed() ? "quizzes.start.grade-passed" : "quizzes.start.grade", Math.round(start.gradePercent()));
            Paragraph grade = new Paragraph((yours + " " + waiting).strip());
            grade.addClassName("grade");
            add(grade);
        }

        AttemptSummary open = start.openAttempt();
        if (open != null) {
            add(startButton(open.deadline() == null ? getTranslation("quizzes.start.continue", open.number())
                    : getTranslation("quizzes.start.continue-timed", open.number(),
                    QuizFormat.minutes(Duration.between(clock.instant(), open.deadline()))), quizId));
        } else if (start.canStart()) {
            add(startButton(start.attemptsUsed() == 0 ? getTranslation("quizzes.start.start")
                    : getTranslation("quizzes.start.start-next", start.attemptsUsed() + 1), quizId));
        } else {
            Paragraph why = new Paragraph(whyNot(start));
            why.addClassName("notice");
            add(why);
        }

        if (!start.attempts().isEmpty()) {
            add(new H2(getTranslation("quizzes.start.your-attempts")));
            for (AttemptSummary a : start.attempts()) {
                Div row = new Div();
                row.addClassName("attempt-row");
                row.add(new Span(getTranslation("quizzes.attempt-number", a.number())));
                if (a.state() == AttemptState.IN_PROGRESS) {
                    row.add(new Span(getTranslation("quizzes.start.in-progress")));
                } else {
                    row.add(new Span(getTranslation(a.submittedOnExpiry() ? "quizzes.start.submitted-on-expiry" : "quizzes.start.submitted",
                            QuizFormat.when(a.submittedAt()))));
                    row.add(new Span(QuizFormat.score(a)));
                    row.add(new Anchor("review/" + a.id(), getTranslation("quizzes.start.review")));
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
                Notification.show(Words.of(ex), 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
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

    /** Why no attempt can be started: closed, not open yet (when it opens, in the browser's zone) or none left. */
    private String whyNot(QuizStart start) {
        StartRefusal refusal = start.refusal();
        if (refusal == null) {
            return java.util.Objects.requireNonNullElse(start.whyNot(), "");
        }
        return switch (refusal) {
            case NOT_YET_OPEN -> getTranslation("quizzes.start.opens-on", QuizFormat.when(start.rules().openAt()));
            case CLOSED -> getTranslation("quizzes.start.closed");
            case NO_ATTEMPTS_LEFT -> getTranslation("quizzes.start.no-attempts-left", start.rules().attemptsAllowed());
        };
    }

    /** What the student's instructor granted, in words; the list above already shows the resulting rules. */
    private String accommodationText(Accommodation a, QuizInfo quiz) {
        List<String> parts = new java.util.ArrayList<>();
        if (quiz.timeLimitSeconds() != null && (a.extraTimePercent() > 0 || a.extraMinutes() > 0)) {
            parts.add(getTranslation("quizzes.start.granted.time", QuizFormat.minutes(Duration.ofSeconds(quiz.timeLimitSeconds()))));
        }
        // a later close only counts where the quiz closes (QuizRules.accommodated)
        if (a.closeAt() != null && quiz.closeAt() != null && a.closeAt().isAfter(quiz.closeAt())) {
            parts.add(getTranslation("quizzes.start.granted.close"));
        }
        if (a.extraAttempts() > 0 && quiz.attemptsAllowed() > 0) {
            parts.add(getTranslation("quizzes.start.granted.attempts", a.extraAttempts()));
        }
        return parts.isEmpty() ? getTranslation("quizzes.start.granted.unnamed")
                : getTranslation("quizzes.start.granted", String.join(", ", parts));
    }
}

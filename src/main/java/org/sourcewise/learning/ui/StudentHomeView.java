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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sourcewise.base.ui.CourseText;
import org.sourcewise.browser.ui.BrowserZone;
import org.sourcewise.browser.ui.Words;
import org.sourcewise.accounts.CurrentUser;
import org.sourcewise.classes.AssignmentInfo;
import org.sourcewise.classes.ClassInfo;
import org.sourcewise.classes.ClassService;
import org.sourcewise.classes.InvitationService;
import org.sourcewise.classes.Invitation;
import org.sourcewise.content.CourseService;
import org.sourcewise.learning.LessonProgress;
import org.sourcewise.learning.LessonService;
import org.sourcewise.learning.PracticeService;
import org.sourcewise.learning.PracticeSummary;
import org.sourcewise.quizzes.AttemptReviewService;
import org.sourcewise.quizzes.AttemptSummary;
import org.sourcewise.quizzes.QuizInfo;
import org.sourcewise.quizzes.QuizService;
import org.sourcewise.quizzes.rules.GradeStatus;
import org.sourcewise.quizzes.scoring.GradingMethod;
import org.sourcewise.quizzes.rules.QuizRules;
import org.sourcewise.quizzes.rules.Standing;

/** The student's home: classes, assigned quizzes with their status, lessons and practice. */
@Route("student")
@RolesAllowed("STUDENT")
class StudentHomeView extends VerticalLayout implements HasDynamicTitle {

    // BrowserZone.format writes it in the page's language
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    private final Clock clock;

    StudentHomeView(ClassService classes, QuizService quizzes, AttemptReviewService attempts, LessonService lessons,
                    PracticeService practice, CurrentUser currentUser, InvitationService invitations, CourseService courses,
                    Clock clock) {
        this.clock = clock;
        addClassName("page");
        addClassName("student-home");
        add(new H1(getTranslation("learning.home.welcome", currentUser.require().displayName())));
        for (Invitation invitation : invitations.mine()) {
            add(invitationCard(invitation, invitations));
        }
        List<ClassInfo> mine = classes.myClasses();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("learning.home.no-class")));
            return;
        }
        Span classNames = new Span(getTranslation("learning.home.classes", mine.size(),
                String.join(", ", mine.stream().map(ClassInfo::name).toList())));
        classNames.addClassName("muted");
        add(classNames);

        add(practiceCard(practice.summary()));

        add(new H2(getTranslation("learning.home.quizzes")));
        List<AssignmentInfo> assigned = classes.myAssignments().stream().filter(a -> a.quizId() != null).toList();
        if (assigned.isEmpty()) {
            add(new Paragraph(getTranslation("learning.home.no-quiz")));
        }
        Map<Long, Instant> dueAt = new java.util.HashMap<>();
        assigned.forEach(a -> dueAt.put(a.quizId(), a.dueAt()));
        Map<Long, Standing> standings = attempts.myStandings(dueAt);
        Map<Long, QuizInfo> quizInfos = quizzes.findAll(dueAt.keySet());
        List<LessonProgress> myLessons = lessons.myLessons();
        // quiz and lesson titles are their courses' words: each carries its course's language, read in one query
        Set<Long> courseIds = new HashSet<>();
        quizInfos.values().forEach(q -> courseIds.add(q.courseId()));
        myLessons.forEach(l -> courseIds.add(l.courseId()));
        Map<Long, String> languages = courses.languages(courseIds);
        Div quizList = new Div();
        quizList.addClassName("card-list");
        for (AssignmentInfo a : assigned) {
            Standing standing = standings.get(a.quizId());
            QuizInfo quiz = quizInfos.get(a.quizId());
            if (quiz != null && standing != null) {
                quizList.add(quizCard(a, quiz, standing, languages.getOrDefault(quiz.courseId(), "en")));
            }
        }
        add(quizList);

        add(new H2(getTranslation("learning.home.lessons")));
        Div lessonList = new Div();
        lessonList.addClassName("card-list");
        for (LessonProgress lesson : myLessons) {
            lessonList.add(lessonCard(lesson, languages.getOrDefault(lesson.courseId(), "en")));
        }
        add(lessonList);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("learning.home.title");
    }

    /** An instructor's invitation: the student joins the class only by accepting it. */
    private Div invitationCard(Invitation invitation, InvitationService invitations) {
        Div card = new Div();
        card.addClassNames("card", "invitation-card");
        Span text = new Span(getTranslation("learning.home.invitation.text", invitation.invitedBy(), invitation.className()));
        Button accept = new Button(getTranslation("learning.home.invitation.accept"), e -> {
            invitations.accept(invitation.id());
            UI.getCurrent().getPage().reload();
        });
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button decline = new Button(getTranslation("learning.home.invitation.decline"), e -> {
            invitations.decline(invitation.id());
            card.removeFromParent();
            Notification.show(getTranslation("learning.home.invitation.declined"));
        });
        decline.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        accept.setAriaLabel(getTranslation("learning.home.invitation.accept-aria", invitation.className()));
        decline.setAriaLabel(getTranslation("learning.home.invitation.decline-aria", invitation.className()));
        card.add(text, new Div(accept, decline));
        return card;
    }

    private Div practiceCard(PracticeSummary summary) {
        Div card = new Div();
        card.addClassName("card");
        card.addClassName("practice-card");
        Span count = new Span(summary.dueNow() == 0 ? getTranslation("learning.home.practice.nothing-due")
                : getTranslation("learning.home.practice.due", summary.dueNow()));
        count.addClassName("card-title");
        Instant next = summary.nextDueAt();
        Span detail = new Span(summary.inPractice() == 0 ? getTranslation("learning.home.practice.none")
                : summary.dueNow() == 0 && next != null
                ? getTranslation("learning.home.practice.in-practice-next", summary.inPractice(), BrowserZone.format(DUE, next))
                : getTranslation("learning.home.practice.in-practice", summary.inPractice()));
        detail.addClassName("muted");
        card.add(count, detail);
        if (summary.dueNow() > 0) {
            Anchor go = new Anchor("practice", getTranslation("learning.home.practice.go"));
            go.addClassName("button-link");
            card.add(go);
        }
        return card;
    }

    private static Div lessonCard(LessonProgress lesson, String language) {
        Div card = new Div();
        card.addClassName("card");
        card.addClassName("lesson-card");
        Anchor title = CourseText.in(language, new Anchor("lesson/" + lesson.lessonId(), lesson.ordinal() + ". " + lesson.title()));
        title.addClassName("card-title");
        Span state = new Span(LessonsView.state(lesson));
        state.addClassName("badge");
        state.addClassName(lesson.done() ? "status-pass" : lesson.opened() ? "status-progress" : "status-new");
        Div top = new Div(title, state);
        top.addClassName("card-top");
        Div bar = new Div();
        bar.addClassName("mastery-bar");
        bar.getElement().setAttribute("role", "img");
        bar.getElement().setAttribute("aria-label", Words.of("learning.home.lesson.bar-aria", lesson.mastered(), lesson.shaky(),
                lesson.notSeen(), lesson.claimCount()));
        bar.add(segment("mastered", lesson.mastered(), lesson.claimCount()), segment("shaky", lesson.shaky(), lesson.claimCount()),
                segment("unseen", lesson.notSeen(), lesson.claimCount()));
        Span legend = new Span(Words.of("learning.home.lesson.legend", lesson.mastered(), lesson.shaky(), lesson.notSeen(),
                lesson.claimCount()));
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

    private Div quizCard(AssignmentInfo assignment, QuizInfo quiz, Standing standing, String language) {
        Div card = new Div();
        card.addClassName("card");
        card.addClassName("quiz-card");
        Anchor title = CourseText.in(language, new Anchor("quiz/" + quiz.id(), quiz.title()));
        title.addClassName("card-title");
        Instant now = clock.instant();
        AttemptSummary open = standing.openAttempt();
        String status;
        String statusClass;
        if (open != null) {
            status = open.deadline() == null ? getTranslation("learning.home.quiz.in-progress")
                    : getTranslation("learning.home.quiz.in-progress-left", Math.max(0, Duration.between(now, open.deadline()).toMinutes()));
            statusClass = "status-progress";
        } else if (standing.status() == GradeStatus.AWAITING_GRADING) {
            status = standing.gradePercent() == null ? getTranslation("learning.home.quiz.awaiting-grading")
                    : getTranslation("learning.home.quiz.awaiting-grading-so-far", Math.round(standing.gradePercent()));
            statusClass = "status-done";
        } else if (standing.gradePercent() != null) {
            long percent = Math.round(standing.gradePercent());
            status = standing.markedAttempts() > 1 ? graded(quiz.gradingMethod(), percent, standing.markedAttempts())
                    : getTranslation("learning.home.quiz.graded", percent);
            statusClass = standing.passed() ? "status-pass" : "status-done";
        } else if (quiz.rules().window(now) == QuizRules.Window.CLOSED) {
            status = getTranslation("learning.home.quiz.closed");
            statusClass = "status-closed";
        } else {
            status = getTranslation("learning.home.quiz.not-started");
            statusClass = "status-new";
        }
        Span badge = new Span(status);
        badge.addClassName("badge");
        badge.addClassName(statusClass);
        Div top = new Div(title, badge);
        top.addClassName("card-top");

        Integer attemptsLeft = standing.attemptsLeft();
        String attemptsText = attemptsLeft == null ? getTranslation("learning.home.quiz.unlimited-attempts")
                : getTranslation("learning.home.quiz.attempts-left", attemptsLeft, quiz.attemptsAllowed());
        Integer limit = quiz.timeLimitSeconds();
        String time = limit == null ? getTranslation("learning.home.quiz.untimed") : getTranslation("learning.home.quiz.minutes", limit / 60);
        Instant dueAt = assignment.dueAt();
        String due = dueAt == null ? getTranslation("learning.home.quiz.no-due-date")
                : getTranslation("learning.home.quiz.due", BrowserZone.format(DUE, dueAt));
        Span meta = new Span(String.join(" · ", due, getTranslation("learning.home.quiz.questions", quiz.questionCount()), time,
                attemptsText));
        meta.addClassName("muted");
        if (standing.overdue()) {
            meta.addClassName("overdue");
        }
        card.add(top, meta);
        return card;
    }

    /** "Submitted · 80% (highest of 3)": the grade and which of the marked attempts it comes from. */
    private String graded(GradingMethod method, long percent, int marked) {
        return switch (method) {
            case HIGHEST -> getTranslation("learning.home.quiz.graded.highest", percent, marked);
            case LAST -> getTranslation("learning.home.quiz.graded.last", percent, marked);
            case FIRST -> getTranslation("learning.home.quiz.graded.first", percent, marked);
            case AVERAGE -> getTranslation("learning.home.quiz.graded.average", percent, marked);
        };
    }
}

package org.sourcewise.learning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.sourcewise.browser.ui.Words;
import org.sourcewise.learning.PracticeQuestion;
import org.sourcewise.learning.PracticeResult;
import org.sourcewise.learning.PracticeService;
import org.sourcewise.learning.PracticeSummary;
import org.sourcewise.learning.StudentAnswer;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Spaced practice: one question at a time for the claims due now; after each answer the feedback,
 * the explanation and the claim with its citation, then the next. The server marks, rates and stores
 * every answer. With nothing due, it says when the next claim is due, in minutes for a claim in a
 * learning step (one just missed comes back a minute or ten later), and offers to look again then.
 */
@Route("practice")
@RolesAllowed("STUDENT")
@StyleSheet("context://styles/learning.css")
class PracticeView extends Div implements HasDynamicTitle {

    /** A claim due at most this far ahead gets a button to look again, rather than "come back later". */
    static final Duration SOON = Duration.ofHours(1);

    private final PracticeService practice;
    private final Clock clock;
    private final Paragraph dueLine = new Paragraph();
    private final Div stage = new Div();

    private final org.sourcewise.content.CourseService courses;

    PracticeView(PracticeService practice, Clock clock, org.sourcewise.content.CourseService courses) {
        this.practice = practice;
        this.courses = courses;
        this.clock = clock;
        addClassNames("page", "learning", "practice-view");
        dueLine.setId("due-count");
        dueLine.addClassName("due-line");
        stage.addClassName("stack");
        add(new H1(getTranslation("learning.practice.heading")), dueLine, stage);
        showNext();
    }

    static String dueText(int due) {
        return Words.of("learning.practice.due", due);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("learning.practice.title");
    }

    private void showNext() {
        stage.removeAll();
        Optional<PracticeQuestion> next = practice.next();
        if (next.isEmpty()) {
            showNothingDue(practice.summary());
        } else {
            showQuestion(next.get());
        }
    }

    private void showNothingDue(PracticeSummary summary) {
        dueLine.setText(dueText(0));
        Div card = new Div();
        card.addClassNames("card", "all-done");
        if (summary.inPractice() == 0) {
            card.add(new H2(getTranslation("learning.practice.nothing-yet")),
                    new Paragraph(getTranslation("learning.practice.nothing-yet-text")),
                    new RouterLink(getTranslation("learning.practice.to-lessons"), LessonsView.class));
        } else {
            card.add(new H2(getTranslation("learning.practice.caught-up")));
            Instant next = summary.nextDueAt();
            Instant now = clock.instant();
            if (next != null) {
                Paragraph when = new Paragraph(getTranslation("learning.practice.next-due", When.relative(next, now)));
                when.setId("next-due");
                card.add(when);
                if (Duration.between(now, next).compareTo(SOON) <= 0) {
                    Button again = new Button(getTranslation("learning.practice.check-again"), e -> showNext());
                    again.setId("check-again");
                    card.add(again);
                }
            }
            card.add(new Paragraph(getTranslation("learning.practice.in-practice", summary.inPractice())),
                    new RouterLink(getTranslation("learning.practice.back-to-lessons"), LessonsView.class));
        }
        stage.add(card);
    }

    private void showQuestion(PracticeQuestion question) {
        dueLine.setText(dueText(question.dueCount()));
        Div card = new Div();
        card.addClassNames("card", "practice-card");
        QuestionForm form = new QuestionForm(question.question(), question.courseLanguage());
        FeedbackPanel feedback = new FeedbackPanel();
        Paragraph hint = new Paragraph();
        hint.addClassName("hint");
        hint.setVisible(false);
        Div after = new Div();
        after.addClassName("stack");

        Button check = new Button(getTranslation("learning.practice.check"));
        Button dontKnow = new Button(getTranslation("learning.practice.dont-know"));
        Runnable submitGiven = () -> {
            StudentAnswer answer = form.answer();
            if (answer.isBlank()) {
                hint.setText(getTranslation("learning.practice.answer-first"));
                hint.setVisible(true);
                return;
            }
            hint.setVisible(false);
            submit(question, form, answer, feedback, after, check, dontKnow);
        };
        check.addClickListener(e -> submitGiven.run());
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClassName("check-button");
        dontKnow.addClickListener(e -> submit(question, form, StudentAnswer.none(), feedback, after, check, dontKnow));
        dontKnow.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        form.onEnter(submitGiven);

        Div actions = new Div(check, dontKnow);
        actions.addClassName("actions");
        card.add(form, actions, hint, feedback);
        stage.add(card, after);
        form.focusFirstField();
    }

    private void submit(PracticeQuestion question, QuestionForm form, StudentAnswer answer, FeedbackPanel feedback,
                        Div after, Button check, Button dontKnow) {
        // against a double click; the buttons go once the answer is marked
        check.setEnabled(false);
        dontKnow.setEnabled(false);
        PracticeResult result;
        try {
            result = practice.answer(question.claimId(), question.question().questionId(), answer);
        } catch (IllegalStateException | OptimisticLockingFailureException stale) {
            // answered already (another tab), the question changed, or a quiz reviewed the claim at this
            // very moment: move on
            showNext();
            return;
        }
        form.lock();
        check.getParent().ifPresent(actions -> actions.setVisible(false));
        form.showRightChoices(result.check().correctChoices());
        feedback.show(result.check(), result.claim().courseSlug());
        dueLine.setText(dueText(result.dueCount()));

        Paragraph schedule = new Paragraph(scheduleText(result));
        schedule.addClassName("schedule");
        schedule.setId("schedule");

        H2 claimHeading = new H2(getTranslation("learning.practice.the-claim"));
        claimHeading.addClassName("claim-heading");
        Div claimBlock = new Div(claimHeading);
        if (result.lessonTitle() != null && result.claim().lessonId() != null) {
            Span from = new Span(getTranslation("learning.practice.from-lesson"));
            from.addClassName("muted");
            RouterLink lesson = new RouterLink(result.lessonTitle(), LessonView.class, result.claim().lessonId());
            Paragraph source = new Paragraph(from, lesson);
            source.addClassName("claim-source");
            claimBlock.add(source);
        }
        claimBlock.add(new ClaimCard(result.claim(), null, courses.findCourse(result.claim().courseSlug()).map(org.sourcewise.content.CourseInfo::language).orElse("en")));

        Button next = new Button(result.dueCount() > 0 ? getTranslation("learning.practice.next-question")
                : getTranslation("learning.practice.finish"), e -> showNext());
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setId("next-question");
        Div nextRow = new Div(next);
        nextRow.addClassName("actions");
        after.add(schedule, claimBlock, nextRow);
        next.focus();
    }

    private String scheduleText(PracticeResult result) {
        String when = When.relative(result.nextDueAt(), clock.instant());
        return switch (result.rating()) {
            case AGAIN -> getTranslation("learning.practice.comes-back", when);
            case EASY -> getTranslation("learning.practice.easy", when);
            default -> getTranslation("learning.practice.next-review", when);
        };
    }
}

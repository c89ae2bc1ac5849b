package org.sourcewise.quizzes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.sourcewise.accounts.CurrentUser;
import org.sourcewise.accounts.Role;
import org.sourcewise.base.ui.MarkdownText;
import org.sourcewise.browser.ui.Words;
import org.sourcewise.content.ClaimInfo;
import org.sourcewise.content.CourseInfo;
import org.sourcewise.content.CourseService;
import org.sourcewise.content.ui.Citations;
import org.sourcewise.content.ui.ClaimKinds;
import org.sourcewise.content.ui.SourceReference;
import org.sourcewise.quizzes.AttemptGrades;
import org.sourcewise.quizzes.AttemptReview;
import org.sourcewise.quizzes.AttemptReviewService;
import org.sourcewise.quizzes.GradingService;

/**
 * The review of a submitted attempt: score and pass/fail, then, as the quiz's policy allows, each
 * question as answered (the version the student saw), the key, feedback, explanation and the claim
 * it tests with its citation and lesson. The service checks who may see which attempt.
 */
@Route("review")
@PermitAll
@StyleSheet("styles/grading.css")
class AttemptReviewView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final AttemptReviewService attempts;
    private final GradingService grading;
    private final CurrentUser currentUser;
    private final CourseService courses;
    private String title = getTranslation("quizzes.review.title");
    private @Nullable String courseSlug;
    private String courseLanguage = "en";

    AttemptReviewView(AttemptReviewService attempts, GradingService grading, CurrentUser currentUser, CourseService courses) {
        this.attempts = attempts;
        this.grading = grading;
        this.currentUser = currentUser;
        this.courses = courses;
        addClassName("page");
        addClassName("review");
    }

    @Override
    public void setParameter(BeforeEvent event, Long attemptId) {
        render(attemptId);
    }

    private void render(long attemptId) {
        removeAll();
        AttemptReview review = attempts.review(attemptId, Words.locale());
        boolean staff = !currentUser.is(Role.STUDENT);
        AttemptGrades grades = grading.grades(attemptId);
        title = getTranslation("quizzes.review.page-title", review.quiz().title());
        if (staff) {
            Button back = new Button(getTranslation("quizzes.review.back"), e -> getUI().ifPresent(ui -> ui.getPage().getHistory().back()));
            back.addThemeVariants(ButtonVariant.TERTIARY);
            add(back);
        } else {
            Anchor back = new Anchor("quiz/" + review.quiz().id(), review.quiz().title());
            back.addClassName("back-link");
            add(back);
        }
        add(new H1(getTranslation("quizzes.review.heading", review.attempt().number())));
        if (staff) {
            Paragraph who = new Paragraph(grades.student() + " · " + review.quiz().title());
            who.addClassName("muted");
            add(who);
        }
        CourseInfo course = courses.findCourse(review.quiz().courseId()).orElse(null);
        courseSlug = course == null ? null : course.slug();
        courseLanguage = course == null ? "en" : course.language();
        if (course != null) {
            add(new SourceReference(course));
        }

        Div result = new Div();
        result.addClassName("card");
        result.addClassName(review.passed() ? "result-pass" : "result-fail");
        Span score = new Span(QuizFormat.score(review.attempt()));
        score.addClassName("result-score");
        Span verdict = new Span(review.passed() ? getTranslation("quizzes.review.passed") : getTranslation("quizzes.review.not-passed"));
        verdict.addClassName("badge");
        verdict.addClassName(review.passed() ? "badge-pass" : "badge-fail");
        Span detail = new Span(getTranslation(review.attempt().submittedOnExpiry() ? "quizzes.review.detail-on-expiry" : "quizzes.review.detail",
                Math.round(review.quiz().passMark()), QuizFormat.when(review.attempt().submittedAt())));
        detail.addClassName("muted");
        result.add(score, verdict, detail);
        if (review.attempt().awaitingGrading()) {
            Span awaiting = new Span(getTranslation("quizzes.review.awaiting"));
            awaiting.addClassNames("badge", "badge-grade");
            result.add(awaiting);
        }
        if (grades.overrideReason() != null) {
            result.add(labelled(getTranslation("quizzes.review.score-set"), grades.overrideReason()));
        }
        if (staff) {
            result.add(GradingForm.forAttempt(grading, attemptId, review.attempt().maxScore(), () -> render(attemptId)));
        }
        add(result);

        if (!review.detailsShown()) {
            add(new Paragraph(whyHidden(review)));
            return;
        }
        for (AttemptReview.Item item : review.items()) {
            AttemptGrades.QuestionGrade grade = grades.question(item.position());
            Div card = itemCard(item, grade);
            if (grade != null && staff) {
                card.add(GradingForm.forQuestion(grading, attemptId, grade, () -> render(attemptId)));
            }
            add(card);
        }
    }

    /**
     * One question's review. What only shows is one piece of HTML, not a component per line: the page
     * stays in the server's memory for as long as the student looks at it, and Vaadin keeps the last
     * response it sent. Drawn as components, the twenty questions of the final were 1,100 nodes and a
     * response of 250,000 characters per student (docs/performance.md).
     */
    private Div itemCard(AttemptReview.Item item, AttemptGrades.@Nullable QuestionGrade grade) {
        Div card = new Div();
        card.addClassName("card");
        card.addClassName("review-item");
        double fraction = item.fraction() == null ? 0 : item.fraction();
        card.addClassName(fraction >= 0.999 ? "right" : fraction > 0 ? "partial" : "wrong");
        Document html = Document.createShell("");
        // No indentation, and characters beyond ASCII (curly quotes, arrows) as entities: Java keeps a
        // string at one byte a character only while every character is Latin-1, and this HTML is kept
        // twice, in its element and in the response Vaadin keeps
        html.outputSettings().prettyPrint(false).charset(StandardCharsets.US_ASCII);
        Element body = html.body().appendElement("div");
        Element head = body.appendElement("div").addClass("review-head");
        head.appendElement("h2").text(getTranslation("quizzes.review.question", item.position()));
        head.appendElement("span").addClass("badge").text(item.score() == null
                ? getTranslation("quizzes.review.marks-awaiting", QuizFormat.points(item.points()))
                : getTranslation("quizzes.review.marks", QuizFormat.points(item.score()), QuizFormat.points(item.points())));
        // the course's words, in its language; MarkdownText's HTML is escaped and its links sanitised
        body.appendElement("div").addClass("md").addClass("stem").attr("lang", courseLanguage).append(MarkdownText.toHtml(item.stem()));
        labelled(body, getTranslation("quizzes.review.your-answer"), item.answered() ? item.yourAnswer() : getTranslation("quizzes.review.no-answer"));
        labelled(body, getTranslation("quizzes.review.correct-answer"), item.correctAnswer());
        item.feedback().forEach(f -> cited(body, getTranslation("quizzes.review.feedback"), f));
        if (item.generalFeedback() != null) {
            cited(body, getTranslation("quizzes.review.note"), item.generalFeedback());
        }
        cited(body, getTranslation("quizzes.review.why"), item.explanation());
        for (ClaimInfo claim : item.claims()) {
            Element c = body.appendElement("div").addClass("claim-cite");
            c.appendElement("span").text(getTranslation("quizzes.review.tests-claim") + " ");
            c.appendElement("span").addClass("badge").text(ClaimKinds.label(claim.kind()));
            c.appendElement("span").text(claim.statement());
            c.appendChild(Citations.linkHtml(claim));
            if (claim.lessonId() != null) {
                c.appendElement("a").attr("href", "lesson/" + claim.lessonId()).text(getTranslation("quizzes.review.read-lesson"));
            }
        }
        if (grade != null && grade.comment() != null) {
            labelled(body, getTranslation("quizzes.review.comment"), grade.comment());
        }
        if (grade != null && grade.overrideReason() != null) {
            labelled(body, getTranslation("quizzes.review.grade-changed"), grade.overrideReason());
        }
        // set as is: the Html component would parse it again and write the entities back as characters
        Div drawn = new Div();
        drawn.addClassName("review-body");
        drawn.getElement().setProperty("innerHTML", body.html());
        card.add(drawn);
        return card;
    }

    /** Why a student sees no answers: the quiz shows them once it closes, or never. */
    private String whyHidden(AttemptReview review) {
        return switch (review.quiz().reviewPolicy()) {
            case AFTER_CLOSE -> getTranslation("quizzes.review.hidden-until-close");
            case NEVER -> getTranslation("quizzes.review.never-shown");
            case AFTER_SUBMIT -> java.util.Objects.requireNonNullElse(review.whyHidden(), "");
        };
    }

    /** An authored text, each paragraph it names ("paragraph 3") linking to that paragraph of the course's source. */
    private void cited(Element body, String label, @Nullable String text) {
        Element value = labelled(body, label, null);
        if (text != null && courseSlug != null) {
            Citations.appendWithParagraphLinks(value, text, courseSlug);
        } else {
            value.text(text == null ? "" : text);
        }
    }

    /** A label and its value in a row of one question's review; returns the value's element. */
    private static Element labelled(Element body, String label, @Nullable String text) {
        Element row = body.appendElement("div").addClass("labelled");
        row.appendElement("span").addClass("label").text(label);
        return row.appendElement("span").addClass("value").text(text == null ? "" : text);
    }

    private static Div labelled(String label, @Nullable String text) {
        Div row = new Div();
        row.addClassName("labelled");
        Span l = new Span(label);
        l.addClassName("label");
        Span value = new Span(text == null ? "" : text);
        value.addClassName("value");
        row.add(l, value);
        return row;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

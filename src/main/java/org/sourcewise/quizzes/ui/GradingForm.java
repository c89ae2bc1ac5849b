package org.sourcewise.quizzes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sourcewise.browser.ui.Words;
import org.sourcewise.quizzes.AttemptGrades;
import org.sourcewise.quizzes.GradingException;
import org.sourcewise.quizzes.GradingService;

/**
 * Staff controls on an attempt's review: grade an essay that waits for a teacher (score and a
 * comment), or override a question's or the whole attempt's grade with a reason. A refused grade
 * is shown at its field and the typed values stay; a saved one redraws the review.
 */
final class GradingForm {

    private GradingForm() {
    }

    /** The control for one question: a grading form for an essay awaiting its grade, else a folded override. */
    static Div forQuestion(GradingService grading, long attemptId, AttemptGrades.QuestionGrade q, Runnable saved) {
        Div box = new Div();
        box.addClassName("grading-form");
        NumberField score = score(q.points());
        score.setId("score-" + q.position());
        TextArea comment = new TextArea(Words.of("quizzes.grading.comment"));
        comment.setId("comment-" + q.position());
        comment.setMaxLength(4000);
        comment.setWidthFull();
        boolean essayToGrade = q.essay() && !q.gradedByTeacher();
        if (essayToGrade) {
            if (q.needsGrading()) {
                Span waiting = new Span(Words.of("quizzes.grading.essay-waits"));
                waiting.addClassNames("badge", "badge-grade");
                box.add(waiting);
            }
            Button save = new Button(Words.of("quizzes.grading.save"), e -> submit(score, null, comment, saved,
                    () -> grading.gradeEssay(attemptId, q.position(), value(score), comment.getValue())));
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.setId("grade-" + q.position());
            HorizontalLayout row = new HorizontalLayout(score, save);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            box.add(row, comment);
            return box;
        }
        TextField reason = reason();
        reason.setId("reason-" + q.position());
        Button save = new Button(Words.of("quizzes.grading.override"), e -> submit(score, reason, comment, saved,
                () -> grading.overrideQuestion(attemptId, q.position(), value(score), reason.getValue(), comment.getValue())));
        save.setId("override-" + q.position());
        if (q.comment() != null) {
            comment.setValue(q.comment());
        }
        Div form = new Div(new HorizontalLayout(score, reason), comment, save);
        form.addClassName("override-fields");
        Details details = new Details(Words.of("quizzes.grading.change"), form);
        details.addClassName("override");
        box.add(details);
        return box;
    }

    /** The override of the whole attempt's score. */
    static Details forAttempt(GradingService grading, long attemptId, double maxScore, Runnable saved) {
        NumberField score = score(maxScore);
        score.setLabel(Words.of("quizzes.grading.attempt-score", QuizFormat.points(maxScore)));
        score.setId("score-attempt");
        TextField reason = reason();
        reason.setId("reason-attempt");
        Button save = new Button(Words.of("quizzes.grading.override-attempt"), e -> submit(score, reason, null, saved,
                () -> grading.overrideAttempt(attemptId, value(score), reason.getValue())));
        save.setId("override-attempt");
        Span note = new Span(Words.of("quizzes.grading.override-note"));
        note.addClassName("muted");
        Div form = new Div(new HorizontalLayout(score, reason), note, save);
        form.addClassName("override-fields");
        Details details = new Details(Words.of("quizzes.grading.override-attempt-open"), form);
        details.addClassName("override");
        return details;
    }

    private static NumberField score(double points) {
        NumberField score = new NumberField(Words.of("quizzes.grading.score", QuizFormat.points(points)));
        score.setMin(0);
        score.setMax(points);
        score.setStep(0.5);
        score.setStepButtonsVisible(true);
        score.setWidth("12rem");
        return score;
    }

    private static TextField reason() {
        TextField reason = new TextField(Words.of("quizzes.grading.reason"));
        reason.setHelperText(Words.of("quizzes.grading.reason-help"));
        reason.setMaxLength(1000);
        reason.setWidth("24rem");
        return reason;
    }

    private static double value(NumberField score) {
        return score.getValue() == null ? Double.NaN : score.getValue();
    }

    private static void submit(NumberField score, @Nullable TextField reason, @Nullable TextArea comment, Runnable saved, Runnable action) {
        score.setInvalid(false);
        if (reason != null) {
            reason.setInvalid(false);
        }
        if (comment != null) {
            comment.setInvalid(false);
        }
        if (score.getValue() == null) {
            score.setErrorMessage(Words.of("quizzes.grading.score-needed"));
            score.setInvalid(true);
            return;
        }
        try {
            action.run();
            Notification.show(Words.of("quizzes.grading.saved"), 4000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            saved.run();
        } catch (GradingException ex) {
            switch (ex.field()) {
                // a form has the field that its action can refuse
                case "reason" -> {
                    Objects.requireNonNull(reason).setErrorMessage(Words.of(ex));
                    reason.setInvalid(true);
                }
                case "comment" -> {
                    Objects.requireNonNull(comment).setErrorMessage(Words.of(ex));
                    comment.setInvalid(true);
                }
                case "score" -> {
                    score.setErrorMessage(Words.of(ex));
                    score.setInvalid(true);
                }
                default -> Notification.show(Words.of(ex), 6000, Notification.Position.TOP_CENTER)
                        .addThemeVariants(NotificationVariant.ERROR);
            }
        }
    }
}

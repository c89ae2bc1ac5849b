package org.sourcewise.learning.ui;

import com.vaadin.flow.component.html.Div;
import org.sourcewise.base.ui.MarkdownText;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;
import org.sourcewise.browser.ui.Words;
import org.sourcewise.content.ui.Citations;
import org.sourcewise.learning.CheckResult;

/**
 * What a student learns after answering: right or not, the author's feedback on their answer, the
 * right answer and the explanation. Empty (and silent) until {@link #show}; screen readers hear it
 * when it appears. Given the course, every paragraph the texts name ("paragraph 3") links to that
 * paragraph of the course's source.
 */
class FeedbackPanel extends Div {

    private @Nullable String courseSlug;

    FeedbackPanel() {
        this(null);
    }

    /** @param courseSlug the course whose source the texts' paragraph numbers refer to; null links none */
    FeedbackPanel(@Nullable String courseSlug) {
        this.courseSlug = courseSlug;
        addClassName("feedback");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        setVisible(false);
    }

    void clear() {
        removeAll();
        removeClassNames("right", "partly", "wrong");
        setVisible(false);
    }

    /** Shows the result, its paragraph numbers linked to this course's source (practice learns the course with the result). */
    void show(CheckResult result, String courseSlug) {
        this.courseSlug = courseSlug;
        show(result);
    }

    void show(CheckResult result) {
        clear();
        setVisible(true);
        String verdict;
        if (result.correct()) {
            verdict = Words.of("learning.feedback.right");
            addClassName("right");
        } else if (result.partlyCorrect()) {
            verdict = Words.of("learning.feedback.partly", Math.round(result.fraction() * 100));
            addClassName("partly");
        } else if (!result.answered()) {
            verdict = Words.of("learning.feedback.unanswered");
            addClassName("wrong");
        } else {
            verdict = Words.of("learning.feedback.wrong");
            addClassName("wrong");
        }
        Span heading = new Span(verdict);
        heading.addClassName("feedback-verdict");
        add(heading);
        for (String note : result.feedback()) {
            add(MarkdownText.of(cited(note), "feedback-note"));
        }
        if (result.correctAnswer() != null && !result.correct()) {
            add(labelled(Words.of("learning.feedback.answer"), new Paragraph(result.correctAnswer())));
        }
        if (result.explanation() != null) {
            add(labelled(Words.of("learning.feedback.why"), MarkdownText.of(cited(result.explanation()), "explanation")));
        }
        if (result.generalFeedback() != null) {
            add(MarkdownText.of(cited(result.generalFeedback()), "general-feedback"));
        }
    }

    private String cited(String markdown) {
        return courseSlug == null ? markdown : Citations.linkParagraphs(markdown, courseSlug);
    }

    private static Div labelled(String label, com.vaadin.flow.component.Component content) {
        Span name = new Span(label);
        name.addClassName("feedback-label");
        Div block = new Div(name, content);
        block.addClassName("feedback-part");
        return block;
    }
}

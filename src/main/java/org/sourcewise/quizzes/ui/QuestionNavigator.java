package org.sourcewise.quizzes.ui;

import com.vaadin.flow.component.html.Div;
import java.util.Set;
import java.util.function.IntConsumer;
import org.sourcewise.browser.ui.Words;

/**
 * The row of question buttons above a question: answered, flagged and current at a glance. Drawn as
 * native buttons inside one element with one click listener, not as twenty Vaadin buttons: every
 * student in an exam holds a page with this on it, and twenty components cost each session twenty
 * server-side nodes with their listeners, where this costs one (docs/performance.md). Native buttons
 * keep it keyboard- and screen-reader-friendly.
 */
class QuestionNavigator extends Div {

    private String drawn = "";

    QuestionNavigator(IntConsumer onPick) {
        addClassName("navigator");
        getElement().setAttribute("role", "navigation");
        getElement().setAttribute("aria-label", getTranslation("quizzes.navigator.label"));
        getElement().addEventListener("click", e -> {
            int position = e.getEventData().path("event.target.dataset.q").asInt(0);
            if (position > 0) {
                onPick.accept(position);
            }
        // the filter must be a boolean: the number itself ("3") made Flow refuse every click
        }).addEventData("event.target.dataset.q").setFilter("event.target.dataset.q !== undefined");
    }

    /** Redraws the buttons; sends nothing when nothing changed. */
    void show(int questions, int current, Set<Integer> answered, Set<Integer> flagged) {
        String html = html(questions, current, answered, flagged);
        if (!html.equals(drawn)) {
            drawn = html;
            getElement().setProperty("innerHTML", html);
        }
    }

    /** The buttons' markup: numbers and the app's own words (escaped all the same), never course content. */
    static String html(int questions, int current, Set<Integer> answered, Set<Integer> flagged) {
        StringBuilder out = new StringBuilder(questions * 120);
        for (int q = 1; q <= questions; q++) {
            boolean isAnswered = answered.contains(q);
            boolean isFlagged = flagged.contains(q);
            out.append("<button type=\"button\" class=\"nav-item ").append(isAnswered ? "answered" : "unanswered")
                    .append(isFlagged ? " flagged" : "").append(q == current ? " current\" aria-current=\"step" : "")
                    .append("\" data-q=\"").append(q).append("\" aria-label=\"").append(escape(label(q, isAnswered, isFlagged)))
                    .append("\">").append(q).append("</button>");
        }
        return out.toString();
    }

    /** What a screen reader says for a question's button: "Question 3, answered, flagged". */
    private static String label(int q, boolean answered, boolean flagged) {
        if (answered) {
            return flagged ? Words.of("quizzes.navigator.answered-flagged", q) : Words.of("quizzes.navigator.answered", q);
        }
        return flagged ? Words.of("quizzes.navigator.unanswered-flagged", q) : Words.of("quizzes.navigator.unanswered", q);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
    }
}

package org.sourcewise.quizzes.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.sourcewise.base.ui.MarkdownText;
import org.sourcewise.browser.ui.Words;
import org.sourcewise.questions.QuestionType;
import org.sourcewise.quizzes.StudentQuestion;

/**
 * A question card for the preview: the attempt page's own controls ({@link AnswerInput}), but answers
 * live only in the page and are never sent anywhere.
 */
final class PreviewAnswer {

    private PreviewAnswer() {
    }

    /** The question card: number, points, stem and controls. */
    static Div card(StudentQuestion q, int of, String courseLanguage) {
        Div card = new Div();
        card.addClassNames("card", "question-card");
        Span number = new Span(Words.of("quizzes.question-of", q.position(), of, BuilderWords.points(q.points())));
        number.addClassName("question-number");
        card.add(number);
        if (q.type() != QuestionType.CLOZE) {
            Component stem = MarkdownText.of(q.stem(), "stem");
            stem.getElement().setAttribute("lang", courseLanguage); // the course's words, in its language
            card.add(stem);
        }
        Component input = AnswerInput.of(q, List.of(), values -> {
            // a preview records nothing
        }, courseLanguage);
        // the preview shows every question on one page: the attempt page's id would repeat
        clearIds(input);
        card.add(input);
        return card;
    }

    private static void clearIds(Component component) {
        component.getElement().removeAttribute("id");
        component.getChildren().forEach(PreviewAnswer::clearIds);
    }
}

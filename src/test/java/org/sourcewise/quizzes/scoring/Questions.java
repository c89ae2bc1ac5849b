package org.sourcewise.quizzes.scoring;

import java.util.List;
import org.sourcewise.questions.Option;
import org.sourcewise.questions.QuestionContent;
import org.sourcewise.questions.QuestionType;

/** Builds question content for tests with only what scoring reads. */
final class Questions {

    private Questions() {
    }

    static QuestionContent question(QuestionType type, Option... options) {
        return question(type, "Stem", options);
    }

    static QuestionContent question(QuestionType type, String stem, Option... options) {
        return new QuestionContent(type, stem, List.of(options), "Because.", null);
    }

    static QuestionContent trueFalse(boolean answer) {
        return question(QuestionType.TRUE_FALSE,
                Option.choice("True", answer ? 1 : 0, "feedback for True"),
                Option.choice("False", answer ? 0 : 1, "feedback for False"));
    }
}

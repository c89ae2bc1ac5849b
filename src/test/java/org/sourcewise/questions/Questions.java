package org.sourcewise.questions;

import java.util.List;

/** Builds question content for validator tests. */
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

package org.sourcewise.questions.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The shape of questions.yaml (docs/course-format.md). */
final class QuestionDocs {

    private QuestionDocs() {
    }

    record QuestionsDoc(List<QuestionDoc> questions) {
    }

    record QuestionDoc(String key, String type, String title, List<String> claims, String category, List<String> tags,
                       String difficulty, String status, String stem, List<OptionDoc> options, Boolean answer,
                       String feedbackTrue, String feedbackFalse, List<AnswerDoc> answers, List<PairDoc> pairs,
                       List<String> distractors, List<String> items, List<BlankDoc> blanks, String explanation,
                       String generalFeedback) {
    }

    record OptionDoc(String text, Boolean correct, Double weight, String feedback) {
    }

    record PairDoc(String left, String right) {
    }

    record BlankDoc(List<AnswerDoc> answers, List<String> choices) {
    }

    /** An accepted answer: a bare scalar ({@code - KCNA}, {@code - 2016}) or an object with credit and feedback. */
    static final class AnswerDoc {
        public @Nullable String text;
        public @Nullable Double value;
        public @Nullable Double tolerance;
        public @Nullable Double min;
        public @Nullable Double max;
        public @Nullable Double weight;
        public @Nullable String feedback;

        AnswerDoc() {
        }

        AnswerDoc(String text) {
            this.text = text;
        }

        AnswerDoc(long number) {
            this.text = Long.toString(number);
            this.value = (double) number;
        }

        AnswerDoc(double number) {
            this.text = Double.toString(number);
            this.value = number;
        }
    }
}

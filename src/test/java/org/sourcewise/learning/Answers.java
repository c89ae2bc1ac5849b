package org.sourcewise.learning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.sourcewise.questions.Option;
import org.sourcewise.questions.QuestionContent;

/** Right and wrong answers to a student-safe question, worked out from the key, as a student would give them. */
public final class Answers {

    private Answers() {
    }

    /** The full-marks answer to {@code question}, in display terms. */
    public static StudentAnswer right(StudentQuestion question, QuestionContent key) {
        List<Option> options = key.options();
        return switch (question.type()) {
            case SINGLE_CHOICE, TRUE_FALSE -> StudentAnswer.choice(question.choices().indexOf(best(options).text() == null
                    ? (options.indexOf(best(options)) == 0 ? "True" : "False") : best(options).text()));
            case MULTIPLE_RESPONSE -> StudentAnswer.choices(options.stream().filter(Option::correct)
                    .map(o -> question.choices().indexOf(o.text())).toList());
            case SHORT_ANSWER -> StudentAnswer.text(best(options).text());
            case NUMERIC -> StudentAnswer.text(Double.toString(best(options).value()));
            case ORDERING -> StudentAnswer.order(options.stream().map(o -> question.choices().indexOf(o.text())).toList());
            case MATCHING -> StudentAnswer.each(options.stream().filter(o -> o.text() != null).map(Option::match).toList());
            case CLOZE -> StudentAnswer.each(IntStream.rangeClosed(1, key.blankCount())
                    .mapToObj(b -> best(options.stream().filter(o -> Integer.valueOf(b).equals(o.blank())).toList()).text())
                    .toList());
            case ESSAY -> throw new IllegalArgumentException("an essay has no key");
        };
    }

    /** An answer that earns nothing: a wrong choice where there is one, else something no key accepts. */
    public static StudentAnswer wrong(StudentQuestion question, QuestionContent key) {
        List<Option> options = key.options();
        return switch (question.type()) {
            case SINGLE_CHOICE, TRUE_FALSE -> {
                List<Integer> wrongs = new ArrayList<>();
                for (int i = 0; i < question.choices().size(); i++) {
                    String text = question.choices().get(i);
                    if (options.stream().noneMatch(o -> text.equals(o.text()) && o.correct())) {
                        wrongs.add(i);
                    }
                }
                yield StudentAnswer.choice(wrongs.getFirst());
            }
            case NUMERIC -> StudentAnswer.text("-987654");
            default -> StudentAnswer.text("zzz not an answer");
        };
    }

    private static Option best(List<Option> options) {
        return options.stream().filter(Option::correct).max(Comparator.comparingDouble(Option::weight)).orElseThrow();
    }
}

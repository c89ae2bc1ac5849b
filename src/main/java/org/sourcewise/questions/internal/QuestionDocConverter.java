package org.sourcewise.questions.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.sourcewise.questions.Difficulty;
import org.sourcewise.questions.ChoiceWeights;
import org.sourcewise.questions.Option;
import org.sourcewise.questions.QuestionContent;
import org.sourcewise.questions.QuestionSpec;
import org.sourcewise.questions.QuestionStatus;
import org.sourcewise.questions.QuestionType;
import org.sourcewise.questions.QuestionValidator;
import org.sourcewise.questions.internal.QuestionDocs.AnswerDoc;
import org.sourcewise.questions.internal.QuestionDocs.BlankDoc;
import org.sourcewise.questions.internal.QuestionDocs.OptionDoc;
import org.sourcewise.questions.internal.QuestionDocs.PairDoc;
import org.sourcewise.questions.internal.QuestionDocs.QuestionDoc;
import org.springframework.lang.Contract;

/**
 * Turns one questions.yaml entry into a {@link QuestionSpec}, or says in words what is wrong and
 * where (the path inside the entry). Plain Java: no Spring, so it is tested as a unit.
 */
final class QuestionDocConverter {

    /** A problem with one entry: the path below the entry, and the reason. */
    static final class Problem extends RuntimeException {
        final String path;

        Problem(String path, String message) {
            super(message);
            this.path = path;
        }
    }

    private QuestionDocConverter() {
    }

    static QuestionSpec convert(QuestionDoc doc) {
        if (blank(doc.key())) {
            throw new Problem("key", "every question needs a key");
        }
        QuestionType type = parseType(doc.type());
        if (doc.claims() == null || doc.claims().isEmpty()) {
            throw new Problem("claims", "a question must link to at least one claim");
        }
        if (blank(doc.stem())) {
            throw new Problem("stem", "a question needs a stem");
        }
        if (blank(doc.explanation())) {
            throw new Problem("explanation", "a question needs an explanation saying why the key is right");
        }
        Difficulty difficulty = parseEnum(Difficulty.class, doc.difficulty(), "difficulty", "easy, medium or hard", null);
        QuestionStatus status = parseEnum(QuestionStatus.class, doc.status(), "status", "published or draft", QuestionStatus.PUBLISHED);
        List<Option> options = switch (type) {
            case SINGLE_CHOICE -> singleChoice(doc.options());
            case MULTIPLE_RESPONSE -> multipleResponse(doc.options());
            case TRUE_FALSE -> trueFalse(doc);
            case SHORT_ANSWER -> textAnswers(doc.answers(), "answers", null);
            case NUMERIC -> numeric(doc.answers());
            case MATCHING -> matching(doc.pairs(), doc.distractors());
            case ORDERING -> ordering(doc.items());
            case CLOZE -> cloze(doc.stem(), doc.blanks());
            case ESSAY -> List.of();
        };
        var content = new QuestionContent(type, doc.stem().strip(), options, doc.explanation().strip(),
                blank(doc.generalFeedback()) ? null : doc.generalFeedback().strip());
        // The content rules are the bank's, in one place, so a course file accepts exactly what the editor
        // and the importers accept (such as two options worth full marks in a single-choice question).
        List<String> problems = QuestionValidator.validate(content);
        if (!problems.isEmpty()) {
            String problem = problems.getFirst();
            throw new Problem(problem.contains("stem") ? "stem" : answersPath(type), problem);
        }
        return new QuestionSpec(doc.key(), blank(doc.title()) ? null : doc.title().strip(), content, doc.claims(),
                blank(doc.category()) ? null : doc.category().strip(), doc.tags(), difficulty, status);
    }

    /** Where a type's answers sit in an entry, for a problem with them. */
    private static String answersPath(QuestionType type) {
        return switch (type) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE -> "options";
            case TRUE_FALSE -> "answer";
            case SHORT_ANSWER, NUMERIC -> "answers";
            case MATCHING -> "pairs";
            case ORDERING -> "items";
            case CLOZE -> "blanks";
            case ESSAY -> "type";
        };
    }

    private static QuestionType parseType(String type) {
        if (blank(type)) {
            throw new Problem("type", "a question needs a type");
        }
        try {
            return QuestionType.valueOf(type.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Problem("type", "unknown type '" + type + "'; use single_choice, multiple_response, true_false, "
                    + "short_answer, numeric, matching, ordering, cloze or essay");
        }
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String path, String allowed, @Nullable E fallback) {
        if (blank(value)) {
            if (fallback != null) {
                return fallback;
            }
            throw new Problem(path, "give the " + path + ": " + allowed);
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Problem(path, "'" + value + "' is not a " + path + "; use " + allowed);
        }
    }

    private static List<Option> singleChoice(List<OptionDoc> docs) {
        List<OptionDoc> list = choices(docs);
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            OptionDoc o = list.get(i);
            double weight = o.weight() != null ? o.weight() : Boolean.TRUE.equals(o.correct()) ? 1.0 : 0.0;
            if (Boolean.TRUE.equals(o.correct()) && weight != 1.0) {
                throw new Problem("options[" + i + "].weight", "the correct option of a single-choice question is worth 100% (weight 1)");
            }
            if (weight < 0 || weight > 1) {
                throw new Problem("options[" + i + "].weight", "a single-choice option's weight lies between 0 and 1");
            }
            options.add(Option.choice(o.text().strip(), weight, trimmed(o.feedback())));
        }
        // how many options may be right is the bank's rule (QuestionValidator), checked for every type below
        return options;
    }

    private static List<Option> multipleResponse(List<OptionDoc> docs) {
        List<OptionDoc> list = choices(docs);
        boolean weighted = list.stream().anyMatch(o -> o.weight() != null);
        long correct = list.stream().filter(o -> Boolean.TRUE.equals(o.correct()) || (o.weight() != null && o.weight() > 0)).count();
        if (correct == 0) {
            throw new Problem("options", "a multiple-response question needs at least one correct option");
        }
        List<Option> options = new ArrayList<>();
        double sum = 0;
        for (int i = 0; i < list.size(); i++) {
            OptionDoc o = list.get(i);
            double weight;
            if (weighted) {
                if (Boolean.TRUE.equals(o.correct()) && o.weight() == null) {
                    throw new Problem("options[" + i + "].weight", "give every correct option a weight, or none of them");
                }
                weight = o.weight() == null ? 0.0 : o.weight();
            } else {
                weight = ChoiceWeights.of(QuestionType.MULTIPLE_RESPONSE, Boolean.TRUE.equals(o.correct()), (int) correct,
                        list.size() - (int) correct);
            }
            if (weight < -1 || weight > 1) {
                throw new Problem("options[" + i + "].weight", "a weight lies between -1 and 1");
            }
            if (weight > 0) {
                sum += weight;
            }
            options.add(Option.choice(o.text().strip(), weight, trimmed(o.feedback())));
        }
        if (Math.abs(sum - 1.0) > 1e-6) {
            throw new Problem("options", "the weights of the correct options must add up to 1 (100%), they add up to "
                    + Math.round(sum * 1000) / 1000.0);
        }
        return options;
    }

    private static List<OptionDoc> choices(List<OptionDoc> docs) {
        if (docs == null || docs.size() < 2) {
            throw new Problem("options", "a choice question needs at least two options");
        }
        for (int i = 0; i < docs.size(); i++) {
            if (docs.get(i) == null || blank(docs.get(i).text())) {
                throw new Problem("options[" + i + "].text", "every option needs a text");
            }
        }
        return docs;
    }

    private static List<Option> trueFalse(QuestionDoc doc) {
        if (doc.answer() == null) {
            throw new Problem("answer", "a true/false question needs answer: true or answer: false");
        }
        boolean truth = doc.answer();
        return List.of(Option.choice("True", truth ? 1.0 : 0.0, trimmed(doc.feedbackTrue())),
                Option.choice("False", truth ? 0.0 : 1.0, trimmed(doc.feedbackFalse())));
    }

    private static List<Option> textAnswers(List<AnswerDoc> answers, String path, @Nullable Integer blankNumber) {
        if (answers == null || answers.isEmpty()) {
            throw new Problem(path, "give at least one accepted answer");
        }
        List<Option> options = new ArrayList<>();
        boolean full = false;
        for (int i = 0; i < answers.size(); i++) {
            AnswerDoc a = answers.get(i);
            if (a == null || blank(a.text)) {
                throw new Problem(path + "[" + i + "]", "an accepted answer needs a text");
            }
            double weight = a.weight == null ? 1.0 : a.weight;
            if (weight <= 0 || weight > 1) {
                throw new Problem(path + "[" + i + "].weight", "an accepted answer's credit lies above 0 and at most 1");
            }
            full |= weight == 1.0;
            options.add(new Option(a.text.strip(), null, null, null, weight, trimmed(a.feedback), blankNumber));
        }
        if (!full) {
            throw new Problem(path, "at least one accepted answer must be worth full marks (weight 1)");
        }
        return options;
    }

    private static List<Option> numeric(List<AnswerDoc> answers) {
        if (answers == null || answers.isEmpty()) {
            throw new Problem("answers", "a numeric question needs at least one answer with a value");
        }
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            AnswerDoc a = answers.get(i);
            String path = "answers[" + i + "]";
            double value;
            double tolerance;
            if (a.min != null || a.max != null) {
                if (a.min == null || a.max == null || a.min > a.max) {
                    throw new Problem(path, "a range needs min and max, with min not above max");
                }
                value = (a.min + a.max) / 2;
                tolerance = (a.max - a.min) / 2;
            } else if (a.value != null) {
                value = a.value;
                tolerance = a.tolerance == null ? 0 : a.tolerance;
            } else {
                throw new Problem(path + ".value", "a numeric answer needs a value (or min and max)");
            }
            if (tolerance < 0) {
                throw new Problem(path + ".tolerance", "a tolerance cannot be negative");
            }
            double weight = a.weight == null ? 1.0 : a.weight;
            options.add(Option.number(value, tolerance, weight, trimmed(a.feedback)));
        }
        return options;
    }

    private static List<Option> matching(List<PairDoc> pairs, List<String> distractors) {
        if (pairs == null || pairs.size() < 2) {
            throw new Problem("pairs", "a matching question needs at least two pairs");
        }
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            PairDoc p = pairs.get(i);
            if (p == null || blank(p.left()) || blank(p.right())) {
                throw new Problem("pairs[" + i + "]", "every pair needs a left and a right");
            }
            options.add(Option.pair(p.left().strip(), p.right().strip()));
        }
        if (distractors != null) {
            for (String d : distractors) {
                options.add(Option.distractor(d.strip()));
            }
        }
        return options;
    }

    private static List<Option> ordering(List<String> items) {
        if (items == null || items.size() < 3) {
            throw new Problem("items", "an ordering question needs at least three items");
        }
        return items.stream().map(i -> Option.item(i.strip())).toList();
    }

    private static List<Option> cloze(String stem, List<BlankDoc> blanks) {
        if (blanks == null || blanks.isEmpty()) {
            throw new Problem("blanks", "a cloze question needs at least one blank");
        }
        List<Option> options = new ArrayList<>();
        for (int b = 1; b <= blanks.size(); b++) {
            if (!stem.contains("{" + b + "}")) {
                throw new Problem("stem", "the stem must mark blank " + b + " as {" + b + "}");
            }
            BlankDoc blank = blanks.get(b - 1);
            if (blank == null) {
                throw new Problem("blanks[" + (b - 1) + "]", "a blank needs its answers");
            }
            options.addAll(textAnswers(blank.answers(), "blanks[" + (b - 1) + "].answers", b));
            if (blank.choices() != null) {
                for (String choice : blank.choices()) {
                    options.add(Option.blankAnswer(b, choice.strip(), 0.0, null));
                }
            }
        }
        if (stem.contains("{" + (blanks.size() + 1) + "}")) {
            throw new Problem("blanks", "the stem marks blank {" + (blanks.size() + 1) + "} but only " + blanks.size() + " blanks are given");
        }
        return options;
    }

    private static @Nullable String trimmed(@Nullable String s) {
        return blank(s) ? null : s.strip();
    }

    @Contract("null -> true")
    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}

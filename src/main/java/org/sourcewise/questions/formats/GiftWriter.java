package org.sourcewise.questions.formats;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.sourcewise.questions.Difficulty;
import org.sourcewise.questions.Option;
import org.sourcewise.questions.QuestionContent;
import org.sourcewise.questions.QuestionSpec;
import org.sourcewise.questions.QuestionType;

/**
 * Writes one question as a GIFT block: Sourcewise comment lines, then {@code ::title::[markdown]text}
 * and the answer block. Every text is one line ({@code \n} escapes), so Markdown paragraphs and
 * indentation survive Moodle's line trimming and blank-line splitting. {@link #unsupported} names what
 * GIFT has no form for; the exporter re-reads what this writes to catch anything subtler.
 */
final class GiftWriter {

    private GiftWriter() {
    }

    /** Why GIFT cannot hold the question at all, or null. */
    static @Nullable String unsupported(QuestionSpec spec) {
        QuestionContent c = spec.content();
        return switch (c.type()) {
            case ORDERING -> "ORDERING has no GIFT form";
            case CLOZE -> clozeUnsupported(c);
            case TRUE_FALSE -> trueFalse(c.options()) ? null
                    : "a GIFT true/false question needs the options True then False, exactly one of them right";
            case NUMERIC -> c.options().stream().allMatch(o -> Numbers.finite(o.value()) && Numbers.finite(o.tolerance()))
                    ? null : "a numeric answer without a finite value and tolerance has no GIFT form";
            default -> null;
        };
    }

    private static @Nullable String clozeUnsupported(QuestionContent c) {
        if (c.blankCount() != 1 || c.options().stream().anyMatch(o -> !Integer.valueOf(1).equals(o.blank()))) {
            return "CLOZE with " + c.blankCount() + " blanks has no GIFT form (GIFT's missing-word format holds one)";
        }
        int at = c.stem().indexOf("{1}");
        if (at < 0 || c.stem().indexOf("{1}", at + 1) >= 0) {
            return "the stem must mark its blank {1} exactly once";
        }
        if (c.stem().substring(at + 3).isBlank()) {
            return "the blank ends the stem, and GIFT reads an answer block at the end as an ordinary question";
        }
        return null;
    }

    private static boolean trueFalse(List<Option> options) {
        return options.size() == 2 && "True".equals(options.get(0).text()) && "False".equals(options.get(1).text())
                && options.get(0).weight() + options.get(1).weight() == 1
                && (options.get(0).weight() == 1 || options.get(1).weight() == 1);
    }

    static String write(QuestionSpec spec) {
        StringBuilder b = new StringBuilder();
        extensions(spec, b);
        QuestionContent c = spec.content();
        String head = (spec.title() == null ? "" : "::" + GiftEscapes.escape(spec.title()) + "::") + "[markdown]";
        if (c.type() == QuestionType.CLOZE) {
            int at = c.stem().indexOf("{1}");
            b.append(head).append(esc(c.stem().substring(0, at))).append('{').append(inlineAnswers(c))
                    .append(general(c)).append('}').append(esc(c.stem().substring(at + 3))).append('\n');
            return b.toString();
        }
        b.append(head).append(esc(c.stem()));
        switch (c.type()) {
            case TRUE_FALSE -> b.append('{').append(trueFalseAnswer(c.options())).append(general(c)).append("}\n");
            case ESSAY -> b.append('{').append(general(c)).append("}\n");
            default -> {
                b.append(c.type() == QuestionType.NUMERIC ? "{#\n" : "{\n");
                for (Option o : c.options()) {
                    b.append('\t').append(answerLine(c.type(), o)).append('\n');
                }
                if (c.generalFeedback() != null) {
                    b.append('\t').append(general(c)).append('\n');
                }
                b.append("}\n");
            }
        }
        return b.toString();
    }

    private static void extensions(QuestionSpec spec, StringBuilder b) {
        if (spec.key() != null) {
            b.append("// key: ").append(spec.key()).append('\n');
        }
        if (!spec.claimKeys().isEmpty()) {
            b.append("// claims: ").append(String.join(", ", spec.claimKeys())).append('\n');
        }
        if (!spec.tags().isEmpty()) {
            b.append("// tags: ").append(String.join(", ", spec.tags())).append('\n');
        }
        if (spec.difficulty() != Difficulty.MEDIUM) {
            b.append("// difficulty: ").append(spec.difficulty().name().toLowerCase(Locale.ROOT)).append('\n');
        }
        if (spec.content().explanation() != null) {
            b.append("// explanation: ").append(GiftEscapes.escape(spec.content().explanation())).append('\n');
        }
    }

    private static String answerLine(QuestionType type, Option o) {
        return switch (type) {
            case SINGLE_CHOICE -> (o.weight() == 1 ? "=" : choiceMarker(o.weight())) + esc(o.text()) + feedback(o);
            case MULTIPLE_RESPONSE -> choiceMarker(o.weight()) + esc(o.text()) + feedback(o);
            case SHORT_ANSWER -> "=" + percent(o.weight()) + esc(o.text()) + feedback(o);
            case NUMERIC -> "=" + percent(o.weight()) + Numbers.answer(o) + feedback(o);
            case MATCHING -> "=" + (o.text() == null ? "" : esc(o.text()) + " ") + "-> " + esc(o.match());
            default -> throw new IllegalArgumentException(type + " has no GIFT answer lines");
        };
    }

    /** A missing-word blank on one line: choice syntax when it lists a wrong answer, short-answer syntax when not. */
    private static String inlineAnswers(QuestionContent c) {
        boolean choice = c.options().stream().anyMatch(o -> !o.correct());
        StringBuilder b = new StringBuilder();
        for (Option o : c.options()) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            if (choice) {
                b.append(o.weight() == 1 ? "=" : choiceMarker(o.weight()));
            } else {
                b.append('=').append(percent(o.weight()));
            }
            b.append(esc(o.text())).append(feedback(o));
        }
        return b.toString();
    }

    private static String trueFalseAnswer(List<Option> options) {
        boolean answer = options.get(0).weight() == 1;
        String right = options.get(answer ? 0 : 1).feedback();
        String wrong = options.get(answer ? 1 : 0).feedback();
        // Moodle's order: the feedback for a wrong answer first, then the one for a right answer.
        StringBuilder b = new StringBuilder(answer ? "TRUE" : "FALSE");
        if (wrong != null || right != null) {
            b.append('#').append(wrong == null ? "" : esc(wrong));
        }
        if (right != null) {
            b.append('#').append(esc(right));
        }
        return b.toString();
    }

    private static String choiceMarker(double weight) {
        return weight == 0 ? "~" : "~%" + Numbers.percent(weight) + "%";
    }

    private static String percent(double weight) {
        return weight == 1 ? "" : "%" + Numbers.percent(weight) + "%";
    }

    private static String feedback(Option o) {
        return o.feedback() == null ? "" : "#" + esc(o.feedback());
    }

    private static String general(QuestionContent c) {
        return c.generalFeedback() == null ? "" : "####" + esc(c.generalFeedback());
    }

    private static String esc(@Nullable String text) {
        return text == null ? "" : GiftEscapes.escape(text);
    }
}

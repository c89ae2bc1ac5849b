package org.sourcewise.questions.formats;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sourcewise.questions.Option;
import org.sourcewise.questions.QuestionContent;
import org.sourcewise.questions.QuestionSpec;
import org.sourcewise.questions.QuestionStatus;
import org.sourcewise.questions.QuestionType;

/**
 * Reads one GIFT question: {@code ::title::}, the text with its optional {@code [format]}, one answer
 * block, and general feedback after {@code ####} inside the block. An answer block followed by more text
 * is Moodle's missing-word form: a single-choice or short-answer block becomes a CLOZE with blank
 * {@code {1}}; other types keep their type with {@code _____} in the text, as Moodle shows them.
 */
final class GiftQuestionParser {

    /** Stands for the answer block in a missing-word text until the type decides how to show it. */
    private static final String BLANK = "\uE000";
    private static final Pattern CLOZE_MARKER = Pattern.compile("\\{\\d+}");

    private GiftQuestionParser() {
    }

    static void parse(GiftText t, @Nullable String category, GiftExtensions ext, ImportCollector out) {
        int errorsBefore = out.errorCount();
        String raw = t.raw();
        int line = t.firstLine();
        GiftTextReader reader = new GiftTextReader(out);

        String title = null;
        int pos = 0;
        if (raw.startsWith("::")) {
            int close = t.indexOf("::", 2, raw.length());
            if (close < 0) {
                // Moodle drops the opening '::' and reads the rest as the question text, without a title.
                reader.warnOnce(line, "questions.import.problem.gift.title-unclosed");
                pos = 2;
            } else {
                title = Texts.blankToNull(GiftEscapes.unescape(raw.substring(2, close).strip()));
                pos = close + 2;
            }
        }
        if (t.indexOf("{", pos, raw.length()) < 0 && t.indexOf("}", pos, raw.length()) < 0) {
            out.warning(line, "questions.import.problem.gift.no-answer-block", "{...}");
            return;
        }
        int[] block = answerBlock(t, pos, out);
        if (block == null) {
            return;
        }
        int open = block[0];
        int close = block[1];

        int answersEnd = close;
        int general = GiftEscapes.lastIndexOf(raw, "####", open + 1, close);
        if (general >= 0) {
            answersEnd = general;
        }
        int answersStart = t.skipSpace(open + 1, answersEnd);
        while (answersEnd > answersStart && Character.isWhitespace(raw.charAt(answersEnd - 1))) {
            answersEnd--;
        }

        String before = raw.substring(pos, open);
        boolean missingWord = !raw.substring(close + 1).isBlank();
        GiftTextFormat format = GiftTextFormat.split(before.strip(), GiftTextFormat.MARKDOWN).format();
        String stem = reader.read(before + (missingWord ? BLANK + raw.substring(close + 1) : ""),
                GiftTextFormat.MARKDOWN, line);
        GiftAnswerParser.Answers answers =
                new GiftAnswerParser(t, reader, out, format).parse(answersStart, answersEnd);
        String generalFeedback = general < 0 ? null
                : reader.read(raw.substring(general + 4, close), format, t.lineAt(general));
        if (stem == null || stem.replace(BLANK, "").isBlank()) {
            out.error(line, "questions.import.problem.no-text");
        }
        if (stem == null || answers == null || out.errorCount() > errorsBefore) {
            return;
        }

        Shaped shaped = missingWord ? missingWord(answers, stem, reader, line, out)
                : new Shaped(answers.type(), stem, answers.options());
        if (shaped == null) {
            return;
        }
        QuestionContent content = new QuestionContent(shaped.type(), shaped.stem(), shaped.options(),
                ext.explanation(), generalFeedback);
        out.question(line, new QuestionSpec(ext.key(), title, content, ext.claims(), category, ext.tags(),
                ext.difficulty(), QuestionStatus.DRAFT));
    }

    /** A question's type, stem and options once the missing-word form has been settled. */
    private record Shaped(QuestionType type, String stem, List<Option> options) {
    }

    /**
     * Moodle's missing-word form: a choice or short-answer block becomes blank {1} of a CLOZE; other
     * types keep their type with Moodle's {@code _____}. Null after reporting why it cannot be a cloze.
     */
    private static @Nullable Shaped missingWord(GiftAnswerParser.Answers answers, String stem, GiftTextReader reader, int line,
                                      ImportCollector out) {
        QuestionType type = answers.type();
        if (type != QuestionType.SINGLE_CHOICE && type != QuestionType.SHORT_ANSWER) {
            reader.warnOnce(line, "questions.import.problem.gift.missing-word-kept", String.valueOf(type));
            return new Shaped(type, stem.replace(BLANK, "_____"), answers.options());
        }
        if (!clozeFits(type, answers.options(), stem, line, out)) {
            return null;
        }
        List<Option> blankAnswers = answers.options().stream()
                .map(o -> Option.blankAnswer(1, Objects.requireNonNull(o.text(), "a choice or short answer has text"), o.weight(),
                        o.feedback())).toList();
        return new Shaped(QuestionType.CLOZE, stem.replace(BLANK, "{1}"), blankAnswers);
    }

    /** {open, close} of the one answer block; null after reporting why it is broken or not the only one. */
    private static int @Nullable [] answerBlock(GiftText t, int from, ImportCollector out) {
        int end = t.length();
        int open = t.indexOf("{", from, end);
        int close = t.indexOf("}", from, end);
        if (open < 0) {
            out.error(t.lineAt(close), "questions.import.problem.gift.brace-unopened", "}", "{", "\\}");
            return null;
        }
        if (close < 0) {
            out.error(t.lineAt(open), "questions.import.problem.gift.brace-unclosed", "{", "}", "\\{");
            return null;
        }
        if (close < open) {
            out.error(t.lineAt(close), "questions.import.problem.gift.brace-before", "}", "{", "\\}");
            return null;
        }
        int nested = t.indexOf("{", open + 1, close);
        if (nested >= 0) {
            out.error(t.lineAt(nested), "questions.import.problem.gift.brace-nested", "{", "\\{");
            return null;
        }
        int second = t.indexOf("{", close + 1, end);
        if (second >= 0) {
            out.error(t.lineAt(second), "questions.import.problem.gift.second-block");
            return null;
        }
        int stray = t.indexOf("}", close + 1, end);
        if (stray >= 0) {
            out.error(t.lineAt(stray), "questions.import.problem.gift.brace-unopened", "}", "{", "\\}");
            return null;
        }
        return new int[] {open, close};
    }

    private static boolean clozeFits(QuestionType type, List<Option> options, String stem, int line,
                                     ImportCollector out) {
        boolean ok = true;
        if (CLOZE_MARKER.matcher(stem).find()) {
            out.error(line, "questions.import.problem.gift.literal-blank", "{n}");
            ok = false;
        }
        boolean anyWrong = options.stream().anyMatch(o -> !o.correct());
        if (type == QuestionType.SINGLE_CHOICE && !anyWrong) {
            out.error(line, "questions.import.problem.gift.missing-word-no-wrong");
            ok = false;
        }
        if (type == QuestionType.SHORT_ANSWER && anyWrong) {
            out.error(line, "questions.import.problem.gift.missing-word-wrong");
            ok = false;
        }
        return ok;
    }
}

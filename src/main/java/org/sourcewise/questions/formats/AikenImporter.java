package org.sourcewise.questions.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sourcewise.questions.Option;
import org.sourcewise.questions.QuestionContent;
import org.sourcewise.questions.QuestionSpec;
import org.sourcewise.questions.QuestionStatus;
import org.sourcewise.questions.QuestionType;

/**
 * Reads Aiken as strictly as Moodle: a question is one line of text, then options {@code A) text} or
 * {@code A. text}, then {@code ANSWER: X}. Lines shorter than two characters are skipped, as Moodle
 * skips them. Sourcewise is stricter in one respect: option letters must run A, B, C... because the
 * answer letter counts positions, and a skipped letter would silently mark the wrong option.
 */
final class AikenImporter {

    private static final Pattern OPTION = Pattern.compile("([A-Z])[.)][ \\t]?(.*)");
    private static final Pattern ANSWER = Pattern.compile("ANSWER:\\s*(\\S*)\\s*(.*)");

    /** The question being read. */
    private static final class Open {
        final int line;
        final String stem;
        final List<String> options = new ArrayList<>();

        Open(int line, String stem) {
            this.line = line;
            this.stem = stem;
        }
    }

    private final ImportCollector out = new ImportCollector();
    private @Nullable Open open;

    private AikenImporter() {
    }

    static ImportResult read(String text) {
        AikenImporter importer = new AikenImporter();
        for (SourceLines.Line line : SourceLines.split(text)) {
            importer.out.guarded(line.number(), () -> importer.line(line.number(), line.text().strip()));
        }
        if (importer.open != null) {
            importer.out.error(importer.open.line, "questions.import.problem.aiken.no-answer-line");
        }
        if (importer.out.questionCount() == 0 && importer.out.errorCount() == 0) {
            importer.out.warning(0, "questions.import.problem.no-questions");
        }
        return importer.out.finish();
    }

    private void line(int number, String s) {
        if (s.length() < 2) {
            return;
        }
        Matcher option = OPTION.matcher(s);
        Matcher answer = ANSWER.matcher(s);
        if (!option.matches() && !answer.matches() && s.regionMatches(true, 0, "ANSWER:", 0, 7)) {
            // Moodle would take "Answer: B" for the next question's text; name the slip and read on as meant.
            out.error(number, "questions.import.problem.aiken.answer-capitals");
            answer = ANSWER.matcher("ANSWER:" + s.substring(7));
        }
        if (option.matches()) {
            option(number, option.group(1).charAt(0), option.group(2).strip());
        } else if (answer.matches()) {
            answer(number, answer.group(1), answer.group(2));
        } else {
            if (open != null) {
                // Moodle starts a new question here and drops the open one: say so rather than lose it.
                out.error(open.line, open.options.isEmpty() ? "questions.import.problem.aiken.no-answer-line-before-text"
                        : "questions.import.problem.aiken.no-answer-line-before", String.valueOf(number));
            }
            open = new Open(number, s);
        }
    }

    private void option(int number, char letter, String text) {
        if (open == null) {
            out.error(number, "questions.import.problem.aiken.option-before-question", String.valueOf(letter));
            return;
        }
        char expected = (char) ('A' + open.options.size());
        if (letter != expected) {
            out.error(number, "questions.import.problem.aiken.option-sequence", String.valueOf(letter), String.valueOf(expected));
        }
        if (text.isEmpty()) {
            out.error(number, "questions.import.problem.aiken.option-empty", String.valueOf(letter));
        }
        open.options.add(text);
    }

    private void answer(int number, String letter, String rest) {
        if (open == null) {
            out.error(number, "questions.import.problem.aiken.answer-without-question");
            return;
        }
        Open q = open;
        open = null;
        if (q.options.size() < 2) {
            out.error(number, "questions.import.problem.aiken.two-options");
            return;
        }
        if (!rest.isEmpty() || !letter.matches("[A-Z]")) {
            out.error(number, "questions.import.problem.aiken.answer-letter", (letter + " " + rest).strip());
            return;
        }
        int right = letter.charAt(0) - 'A';
        if (right >= q.options.size()) {
            out.error(number, "questions.import.problem.aiken.answer-no-option", letter,
                    String.valueOf((char) ('A' + q.options.size() - 1)));
            return;
        }
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < q.options.size(); i++) {
            options.add(Option.choice(q.options.get(i), i == right ? 1 : 0, null));
        }
        warnIfMarkdown(q);
        QuestionContent content = new QuestionContent(QuestionType.SINGLE_CHOICE, q.stem, options, null, null);
        out.question(q.line, new QuestionSpec(null, null, content, List.of(), null, List.of(), null,
                QuestionStatus.DRAFT));
    }

    private void warnIfMarkdown(Open q) {
        boolean risky = MarkdownSyntax.mayRenderDifferently(q.stem)
                || q.options.stream().anyMatch(MarkdownSyntax::mayRenderDifferently);
        if (risky) {
            out.warning(q.line, "questions.import.problem.aiken.markdown");
        }
    }
}

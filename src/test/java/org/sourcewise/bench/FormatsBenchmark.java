package org.sourcewise.bench;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.sourcewise.questions.QuestionImportService;
import org.sourcewise.questions.formats.ImportException;
import org.sourcewise.questions.formats.ImportProblem;
import org.sourcewise.questions.formats.ImportResult;
import org.sourcewise.questions.formats.QuestionFormat;
import org.sourcewise.questions.formats.QuestionFormats;

/**
 * How long the largest file an import accepts (2 MB) takes to parse when it is shaped to hurt: one huge
 * answer block, a number of two million digits, a million errors, deep JSON, and so on (docs/formats.md,
 * "Files made to break us"). A benchmark, not a test: it prints figures and asserts nothing, so that a
 * slow machine does not fail the build.
 *
 * <pre>
 * ./mvnw -B -q -Pformats-bench test
 * # options: -Dbench.runs=5 -Dbench.only=gift-matching
 * </pre>
 */
public final class FormatsBenchmark {

    /** Every file is cut to just under the import limit. */
    private static final int SIZE = QuestionImportService.MAX_BYTES - 64;

    private FormatsBenchmark() {
    }

    public static void main(String[] args) {
        int runs = Integer.getInteger("bench.runs", 5);
        String only = System.getProperty("bench.only", "");
        System.out.printf("Formats benchmark: files of %,d bytes; Java %s; %d processors; best and worst of %d runs%n",
                SIZE, Runtime.version(), Runtime.getRuntime().availableProcessors(), runs);
        System.out.printf("%-24s %10s %10s %8s %8s %12s%n", "file", "best ms", "worst ms", "outcome", "listed", "answer chars");
        for (Map.Entry<String, Case> c : cases().entrySet()) {
            if (!only.isBlank() && !c.getKey().equals(only)) {
                continue;
            }
            byte[] file = c.getValue().text().get().getBytes(StandardCharsets.UTF_8);
            double[] times = new double[runs];
            String outcome = "";
            int listed = 0;
            long chars = 0;
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                try {
                    ImportResult r = QuestionFormats.parse(c.getValue().format(), file);
                    outcome = r.questions().size() + " q";
                    listed = r.warnings().size();
                    chars = r.warnings().stream().mapToLong(p -> p.message().length() + 12).sum();
                } catch (ImportException e) {
                    outcome = "422";
                    listed = e.errors().size();
                    chars = e.errors().stream().mapToLong(p -> p.message().length() + 12).sum();
                }
                times[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(times);
            System.out.printf("%-24s %10.1f %10.1f %8s %8d %12d%n", c.getKey(), times[0], times[runs - 1], outcome, listed, chars);
        }
    }

    private record Case(QuestionFormat format, Supplier<String> text) {
    }

    private static Map<String, Case> cases() {
        Map<String, Case> cases = new LinkedHashMap<>();
        // one matching block whose items have no '->' until the last: the search for it used to run past each item
        cases.put("gift-matching", new Case(QuestionFormat.GIFT, fill("Match {\n=a -> b\n", "=c ", "=d -> e\n}\n")));
        cases.put("gift-matching-pairs", new Case(QuestionFormat.GIFT, fill("Match {", "=a -> b\n", "}\n")));
        cases.put("gift-choice", new Case(QuestionFormat.GIFT, fill("Pick {=yes ", "~no#because ", "}\n")));
        cases.put("gift-questions", new Case(QuestionFormat.GIFT, fill("", "::T::Q {=a ~b}\n\n", "")));
        cases.put("gift-errors", new Case(QuestionFormat.GIFT, fill("", "}\n\n", "")));
        cases.put("gift-number-digits", new Case(QuestionFormat.GIFT, fill("N {#", "1", "}\n")));
        cases.put("gift-number-exponent", new Case(QuestionFormat.GIFT, fill("", "N {#1e99999999999:1e400}\n\n", "")));
        cases.put("gift-escapes", new Case(QuestionFormat.GIFT, fill("Q ", "\\{", " {T}\n")));
        cases.put("gift-html", new Case(QuestionFormat.GIFT, fill("[html]", "<b><i>x", " {T}\n")));
        cases.put("gift-one-answer", new Case(QuestionFormat.GIFT, fill("Q {=", "a", "}\n")));
        cases.put("aiken-errors", new Case(QuestionFormat.AIKEN, fill("", "A. option\n", "")));
        cases.put("aiken-questions", new Case(QuestionFormat.AIKEN, fill("", "Q?\nA. a\nB. b\nANSWER: A\n\n", "")));
        cases.put("csv-rows", new Case(QuestionFormat.CSV, fill("type,stem,option_1,option_2,correct\n", "single_choice,Q,a,b,1\n", "")));
        cases.put("csv-errors", new Case(QuestionFormat.CSV, fill("type,stem\n", "riddle,\n", "")));
        cases.put("csv-one-cell", new Case(QuestionFormat.CSV, fill("type,stem\nessay,\"", "x", "\"\n")));
        cases.put("csv-number-digits", new Case(QuestionFormat.CSV, fill("type,stem,option_1\nnumeric,Q,", "9", "\n")));
        cases.put("json-questions", new Case(QuestionFormat.JSON, fill("{\"format\":\"sourcewise-questions\",\"version\":1,"
                + "\"questions\":[", "{\"type\":\"ESSAY\",\"stem\":\"Q\"},", "{\"type\":\"ESSAY\",\"stem\":\"Q\"}]}")));
        cases.put("json-errors", new Case(QuestionFormat.JSON, fill("{\"format\":\"sourcewise-questions\",\"version\":1,"
                + "\"questions\":[", "{\"x\":1},", "{}]}")));
        cases.put("json-number-digits", new Case(QuestionFormat.JSON, fill("{\"format\":\"sourcewise-questions\",\"version\":",
                "1", "}")));
        cases.put("json-deep", new Case(QuestionFormat.JSON, fill("", "[", "")));
        cases.put("moodlexml-questions", new Case(QuestionFormat.MOODLEXML, fill("<quiz>", "<question type=\"essay\">"
                + "<questiontext format=\"markdown\"><text>Q</text></questiontext></question>\n", "</quiz>")));
        cases.put("moodlexml-deep", new Case(QuestionFormat.MOODLEXML, fill("", "<a>", "")));
        cases.put("moodlexml-entities", new Case(QuestionFormat.MOODLEXML, fill("<quiz><question type=\"essay\">"
                + "<questiontext format=\"html\"><text>", "&amp;lt;b&amp;gt;", "</text></questiontext></question></quiz>")));
        cases.put("moodlexml-cloze", new Case(QuestionFormat.MOODLEXML, fill("<quiz><question type=\"cloze\">"
                + "<questiontext format=\"markdown\"><text>", "Go {1:MULTICHOICE:=a#b~%50%c~d#e} ",
                "</text></questiontext></question></quiz>")));
        cases.put("moodlexml-cloze-open", new Case(QuestionFormat.MOODLEXML, fill("<quiz><question type=\"cloze\">"
                + "<questiontext format=\"markdown\"><text>", "{1:SHORTANSWER:=a~b#c", "</text></questiontext></question></quiz>")));
        return cases;
    }

    /** {@code head}, then {@code unit} as often as fits, then {@code tail}: a file just under the limit. */
    private static Supplier<String> fill(String head, String unit, String tail) {
        return () -> head + repeat(unit, (SIZE - head.length() - tail.length()) / unit.length()) + tail;
    }

    private static String repeat(String s, int times) {
        return s.repeat(Math.max(0, times));
    }
}

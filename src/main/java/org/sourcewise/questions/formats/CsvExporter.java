package org.sourcewise.questions.formats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.sourcewise.questions.ChoiceWeights;
import org.sourcewise.questions.Option;
import org.sourcewise.questions.QuestionContent;
import org.sourcewise.questions.QuestionSpec;
import org.sourcewise.questions.QuestionType;

/**
 * Writes Sourcewise CSV: every fixed column, then as many option groups as the longest question needs.
 * Each row is read back before it is written; a question that would not come back the same (apart from
 * whitespace around cells) is skipped with the reason.
 */
final class CsvExporter {

    private CsvExporter() {
    }

    static ExportResult write(List<QuestionSpec> specs) {
        int groups = specs.stream().mapToInt(s -> s.content().options().size()).max().orElse(0);
        List<String> header = header(groups);
        StringBuilder text = new StringBuilder(line(header));
        List<String> skipped = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            QuestionSpec spec = specs.get(i);
            String reason = unsupported(spec.content());
            String row = reason == null ? line(row(spec, header)) : null;
            if (reason == null) {
                reason = readBack(spec, line(header) + row);
            }
            if (reason != null) {
                skipped.add(GiftExporter.label(spec, i) + ": " + reason);
                continue;
            }
            text.append(row);
        }
        return new ExportResult(text.toString(), skipped);
    }

    private static List<String> header(int groups) {
        List<String> header = new ArrayList<>(CsvHeader.FIXED);
        for (int n = 1; n <= groups; n++) {
            for (String column : CsvHeader.GROUP) {
                header.add(column + "_" + n);
            }
        }
        return header;
    }

    private static @Nullable String unsupported(QuestionContent c) {
        if (c.type() == QuestionType.NUMERIC
                && !c.options().stream().allMatch(o -> Numbers.finite(o.value()) && Numbers.finite(o.tolerance()))) {
            return "a numeric answer without a finite value and tolerance has no CSV form";
        }
        return null;
    }

    private static List<String> row(QuestionSpec spec, List<String> header) {
        QuestionContent c = spec.content();
        String[] cells = new String[header.size()];
        set(cells, header, "key", spec.key());
        set(cells, header, "type", c.type().name().toLowerCase(Locale.ROOT));
        set(cells, header, "title", spec.title());
        set(cells, header, "category", spec.category());
        set(cells, header, "tags", String.join(";", spec.tags()));
        set(cells, header, "claims", String.join(";", spec.claimKeys()));
        set(cells, header, "difficulty", spec.difficulty().name().toLowerCase(Locale.ROOT));
        set(cells, header, "status", spec.status().name().toLowerCase(Locale.ROOT));
        set(cells, header, "stem", c.stem());
        set(cells, header, "explanation", c.explanation());
        set(cells, header, "general_feedback", c.generalFeedback());
        if (c.type() == QuestionType.TRUE_FALSE) {
            boolean answer = !c.options().isEmpty() && c.options().get(0).weight() == 1;
            set(cells, header, "correct", Boolean.toString(answer));
            for (int i = 0; i < c.options().size(); i++) {
                set(cells, header, "feedback_" + (i + 1), c.options().get(i).feedback());
            }
        } else {
            String correct = correct(c);
            set(cells, header, "correct", correct);
            for (int i = 0; i < c.options().size(); i++) {
                Option o = c.options().get(i);
                int n = i + 1;
                set(cells, header, "option_" + n, cell(c.type(), o));
                set(cells, header, "weight_" + n, weight(c.type(), o, correct != null));
                set(cells, header, "feedback_" + n, o.feedback());
            }
        }
        return Arrays.asList(cells);
    }

    /** The 'correct' cell when it says all the weights do ({@link ChoiceWeights}: the weights follow the rule). */
    private static @Nullable String correct(QuestionContent c) {
        if (!c.type().hasChoices() || !ChoiceWeights.followRule(c.type(), c.options())) {
            return null;
        }
        return IntStream.range(0, c.options().size()).filter(i -> c.options().get(i).correct())
                .mapToObj(i -> String.valueOf(i + 1)).collect(Collectors.joining(";"));
    }

    private static @Nullable String cell(QuestionType type, Option o) {
        return switch (type) {
            case NUMERIC -> Numbers.answer(o);
            case MATCHING -> (o.text() == null ? "" : o.text() + " ") + "-> " + o.match();
            case CLOZE -> "{" + o.blank() + "} " + o.text();
            default -> o.text();
        };
    }

    private static @Nullable String weight(QuestionType type, Option o, boolean byCorrect) {
        return switch (type) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE -> byCorrect ? null : Numbers.format(o.weight());
            case SHORT_ANSWER, NUMERIC, CLOZE -> o.weight() == 1 ? null : Numbers.format(o.weight());
            // a pair is worth 1 and a distractor 0 by what they are; any other weight shows in the read-back
            case MATCHING -> null;
            default -> o.weight() == 1 ? null : Numbers.format(o.weight());
        };
    }

    private static void set(String[] cells, List<String> header, String column, @Nullable String value) {
        cells[header.indexOf(column)] = value == null ? "" : value;
    }

    private static String line(List<String> cells) {
        StringBuilder b = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(b, CsvImporter.FORMAT)) {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to a string failed", e);
        }
        return b.toString();
    }

    private static @Nullable String readBack(QuestionSpec spec, String csv) {
        try {
            List<QuestionSpec> back = CsvImporter.read(csv).questions();
            if (back.size() != 1) {
                return "CSV would read it as " + back.size() + " questions";
            }
            String diff = SpecDiff.first(Texts.trimmed(spec, spec.status()), Texts.trimmed(back.get(0), back.get(0).status()));
            return diff == null ? null : "CSV cannot carry it exactly (" + diff + ")";
        } catch (ImportException e) {
            return "CSV cannot carry it (" + e.errors().get(0).message() + ")";
        }
    }
}

package org.sourcewise.reports.exports;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sourcewise.reports.QuizStatisticsResult;
import org.sourcewise.reports.statistics.OptionStatistics;
import org.sourcewise.reports.statistics.QuestionStatistics;

/**
 * A quiz's item statistics as CSV: one record per question, percentages as in docs/statistics.md,
 * an undefined figure as an empty field. {@code options} lists each option's count in authored
 * order, the key marked with "*": {@code A*:5 B:2 C:0}.
 */
public final class StatisticsExport {

    public static final String[] CSV_HEADER = {"questionId", "questionKey", "slots", "attempts", "facility", "sd", "discrimination",
            "discriminativeEfficiency", "options", "unanswered", "flags"};

    private StatisticsExport() {
    }

    public static String csv(QuizStatisticsResult result) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get())) {
            for (QuestionStatistics q : result.report().questions()) {
                printer.printRecord(q.questionId(), result.questionKeys().getOrDefault(q.questionId(), ""),
                        q.slots().stream().map(String::valueOf).collect(Collectors.joining(" ")), q.attemptCount(),
                        number(q.facilityPercent()), number(q.standardDeviationPercent()), number(q.discriminationIndexPercent()),
                        number(q.discriminativeEfficiencyPercent()),
                        q.choices().map(c -> c.options().stream().map(StatisticsExport::option).collect(Collectors.joining(" ")))
                                .orElse(""),
                        q.choices().map(c -> String.valueOf(c.unanswered())).orElse(""),
                        q.flags().stream().map(Enum::name).collect(Collectors.joining(" ")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static String fileName(long quizId) {
        return "statistics-quiz-" + quizId + ".csv";
    }

    private static String option(OptionStatistics o) {
        return (char) ('A' + o.index()) + (o.key() ? "*" : "") + ":" + o.chosen();
    }

    private static String number(OptionalDouble d) {
        return d.isPresent() ? number(d.getAsDouble()) : "";
    }

    private static String number(double d) {
        return Double.isFinite(d) ? String.format(Locale.ROOT, "%.4f", d) : "";
    }
}

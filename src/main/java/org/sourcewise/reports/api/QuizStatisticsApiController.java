package org.sourcewise.reports.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.sourcewise.reports.QuizStatisticsResult;
import org.sourcewise.reports.QuizStatisticsService;
import org.sourcewise.reports.exports.StatisticsExport;
import org.sourcewise.reports.statistics.AttemptSelection;
import org.sourcewise.reports.statistics.HistogramBin;
import org.sourcewise.reports.statistics.OptionStatistics;
import org.sourcewise.reports.statistics.QuestionStatistics;
import org.sourcewise.reports.statistics.TestStatistics;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Quiz statistics (docs/statistics.md): percentages of the maximum except {@code cronbachAlpha}, a
 * fraction; a figure the data cannot define is null, never NaN.
 */
@RestController
@RequestMapping("/api/v1/quizzes")
@Tag(name = "Classes and results")
class QuizStatisticsApiController {

    record QuestionJson(String questionId, @Nullable String questionKey, int attempts, @Nullable Double facility, @Nullable Double sd,
                        @Nullable Double discrimination, @Nullable Double discriminativeEfficiency, @Nullable List<Integer> optionCounts,
                        @Nullable List<Integer> keyOptions, @Nullable Integer unanswered, List<String> flags) {
    }

    record BinJson(double from, double to, int count) {
    }

    record StatisticsJson(long quizId, String quiz, String selection, int attempts, double maxMark, @Nullable Double mean,
                          @Nullable Double median, @Nullable Double sd, @Nullable Double skewness, @Nullable Double kurtosis,
                          @Nullable Double cronbachAlpha, @Nullable Double errorRatio, @Nullable Double standardError,
                          List<BinJson> histogram, int leftOutAwaitingGrading, List<QuestionJson> questions) {
    }

    private final QuizStatisticsService statistics;

    QuizStatisticsApiController(QuizStatisticsService statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/{id}/statistics")
    @Operation(summary = "A quiz's test and item statistics over the attempts the caller may see; selection FIRST (default), "
            + "HIGHEST, LAST or ALL; format json (default) or csv (the item statistics, one row per question)")
    ResponseEntity<?> statistics(@PathVariable long id, @RequestParam(defaultValue = "FIRST") String selection,
                                 @RequestParam(defaultValue = "json") String format) {
        if (!format.equals("json") && !format.equals("csv")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "format is json or csv");
        }
        AttemptSelection chosen;
        try {
            chosen = AttemptSelection.valueOf(selection.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "selection is FIRST, HIGHEST, LAST or ALL");
        }
        QuizStatisticsResult result = statistics.statistics(id, chosen)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no quiz " + id));
        if (format.equals("csv")) {
            return ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + StatisticsExport.fileName(id) + "\"")
                    .body(StatisticsExport.csv(result));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json(result));
    }

    static StatisticsJson json(QuizStatisticsResult result) {
        TestStatistics t = result.report().test();
        List<QuestionJson> questions = result.report().questions().stream().map(q -> question(q, result)).toList();
        return new StatisticsJson(result.quiz().id(), result.quiz().title(), result.report().selection().name(), t.attemptCount(),
                t.maxMark(), value(t.meanPercent()), value(t.medianPercent()), value(t.standardDeviationPercent()),
                value(t.skewness()), value(t.kurtosis()), value(t.cronbachAlpha()), value(t.errorRatioPercent()),
                value(t.standardErrorPercent()),
                t.histogram().stream().map((HistogramBin b) -> new BinJson(b.fromPercent(), b.toPercent(), b.count())).toList(),
                result.leftOutAwaitingGrading(), questions);
    }

    private static QuestionJson question(QuestionStatistics q, QuizStatisticsResult result) {
        var choices = q.choices();
        return new QuestionJson(q.questionId(), result.questionKeys().get(q.questionId()), q.attemptCount(),
                finite(q.facilityPercent()), value(q.standardDeviationPercent()), value(q.discriminationIndexPercent()),
                value(q.discriminativeEfficiencyPercent()),
                choices.map(c -> c.options().stream().map(OptionStatistics::chosen).toList()).orElse(null),
                choices.map(c -> c.options().stream().filter(OptionStatistics::key).map(OptionStatistics::index).toList()).orElse(null),
                choices.map(c -> c.unanswered()).orElse(null),
                q.flags().stream().map(Enum::name).toList());
    }

    private static @Nullable Double value(OptionalDouble d) {
        return d.isPresent() ? finite(d.getAsDouble()) : null;
    }

    private static @Nullable Double finite(double d) {
        return Double.isFinite(d) ? d : null;
    }
}

package org.sourcewise.reports.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.sourcewise.reports.QuizStatisticsResult;
import org.sourcewise.reports.statistics.AttemptResult;
import org.sourcewise.reports.statistics.AttemptSelection;
import org.sourcewise.reports.statistics.ChoiceResponse;
import org.sourcewise.reports.statistics.QuizStatistics;
import org.sourcewise.reports.statistics.SlotResult;

class StatisticsExportTest {

    /** Four students, two questions: q1 a single choice (key B: s1 and s3 right), q2 right/wrong (s1, s2). Totals 2, 1, 1, 0. */
    private static QuizStatisticsResult result() {
        List<AttemptResult> attempts = List.of(
                attempt("s1", 1, 1, 1),
                attempt("s2", 0, 0, 1),
                attempt("s3", 1, 1, 0),
                attempt("s4", 0, 2, 0));
        return new QuizStatisticsResult(null, QuizStatistics.compute(attempts, AttemptSelection.FIRST),
                Map.of("q1", "q-rail-01", "q2", "q-oil-02"), 0, 0);
    }

    private static AttemptResult attempt(String student, int q1, int chosen, int q2) {
        return new AttemptResult(student + "#1", student, 1, List.of(
                SlotResult.withChoice(1, "q1", q1, 1, ChoiceResponse.single(3, 1, chosen)),
                SlotResult.scored(2, "q2", q2, 1)));
    }

    @Test
    void the_item_csv_has_one_row_per_question_with_the_hand_computed_facility_and_option_counts() throws Exception {
        String csv = StatisticsExport.csv(result());

        assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo(String.join(",", StatisticsExport.CSV_HEADER));
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(rows).hasSize(2);
        CSVRecord q1 = rows.stream().filter(r -> r.get("questionId").equals("q1")).findFirst().orElseThrow();
        assertThat(q1.get("questionKey")).isEqualTo("q-rail-01");
        assertThat(q1.get("attempts")).isEqualTo("4");
        assertThat(q1.get("facility")).isEqualTo("50.0000");
        // s1 chose B (key), s2 A, s3 B, s4 C
        assertThat(q1.get("options")).isEqualTo("A:1 B*:2 C:1");
        assertThat(q1.get("unanswered")).isEqualTo("0");
        CSVRecord q2 = rows.stream().filter(r -> r.get("questionId").equals("q2")).findFirst().orElseThrow();
        assertThat(q2.get("options")).isEmpty();
        assertThat(q2.get("facility")).isEqualTo("50.0000");
        assertThat(csv).doesNotContain("NaN");
    }

    @Test
    void with_no_attempts_the_csv_is_just_the_header() {
        QuizStatisticsResult none = new QuizStatisticsResult(null, QuizStatistics.compute(List.of(), AttemptSelection.FIRST),
                Map.of(), 0, 0);
        assertThat(StatisticsExport.csv(none).lines()).hasSize(1);
    }
}

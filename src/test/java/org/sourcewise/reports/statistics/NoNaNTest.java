package org.sourcewise.reports.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sourcewise.reports.statistics.Attempts.rightWrong;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Walks whole reports: every number a serialiser would write must be finite. */
class NoNaNTest {

    @Test
    void degenerate_reports_contain_no_nan_or_infinity_anywhere() throws Exception {
        List<List<AttemptResult>> dataSets = List.of(
                List.of(),
                List.of(rightWrong("s1", 1, 0, 0, 0)),
                List.of(rightWrong("s1", 1, 1, 1), rightWrong("s2", 1, 1, 1)),
                List.of(rightWrong("s1", 1, 1, 0), rightWrong("s2", 1, 0, 1), rightWrong("s3", 1, 1, 0)),
                List.of(rightWrong("s1", 1, 0), rightWrong("s2", 1, 0), rightWrong("s3", 1, 1), rightWrong("s4", 1, 0)));
        List<Double> numbers = new ArrayList<>();

        for (List<AttemptResult> attempts : dataSets) {
            for (AttemptSelection selection : AttemptSelection.values()) {
                collectNumbers(QuizStatistics.compute(attempts, selection), numbers);
            }
        }

        assertThat(numbers).isNotEmpty().allMatch(Double::isFinite);
    }

    @Test
    void the_walker_would_notice_a_nan() throws Exception {
        List<Double> numbers = new ArrayList<>();

        collectNumbers(new HistogramBin(0, Double.NaN, 0), numbers);

        assertThat(numbers).anyMatch(n -> n.isNaN());
    }

    private static void collectNumbers(Object value, List<Double> into) throws Exception {
        switch (value) {
            case null -> { }
            case Double d -> into.add(d);
            case OptionalDouble o -> {
                if (o.isPresent()) {
                    into.add(o.getAsDouble());
                }
            }
            case Optional<?> o -> collectNumbers(o.orElse(null), into);
            case Collection<?> c -> {
                for (Object element : c) {
                    collectNumbers(element, into);
                }
            }
            case Record r -> {
                for (RecordComponent component : r.getClass().getRecordComponents()) {
                    collectNumbers(component.getAccessor().invoke(r), into);
                }
            }
            default -> { }
        }
    }
}

package org.sourcewise.reports.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sourcewise.reports.statistics.HistogramBin;

class HistogramSvgTest {

    @Test
    void bars_are_as_tall_as_their_counts_relative_to_the_largest() {
        List<HistogramBin> bins = IntStream.range(0, 10).mapToObj(i -> new HistogramBin(i * 10, i * 10 + 10, i == 5 ? 4 : i == 9 ? 2 : 0)).toList();

        String svg = HistogramSvg.render(bins);

        assertThat(svg).startsWith("<svg").endsWith("</svg>");
        Matcher heights = Pattern.compile("class=\"bar\" x=\"[0-9.]+\" y=\"[0-9.]+\" width=\"[0-9.]+\" height=\"([0-9.]+)\"").matcher(svg);
        List<Double> h = heights.results().map(m -> Double.parseDouble(m.group(1))).toList();
        assertThat(h).hasSize(10);
        assertThat(h.get(5)).isPositive();
        assertThat(h.get(9)).isEqualTo(h.get(5) / 2, org.assertj.core.api.Assertions.within(0.1));
        assertThat(h.get(0)).isZero();
        assertThat(svg).contains("50–60%: 4").doesNotContain("NaN");
    }

    @Test
    void an_empty_distribution_draws_no_bar_height_and_no_nan() {
        String svg = HistogramSvg.render(IntStream.range(0, 10).mapToObj(i -> new HistogramBin(i * 10, i * 10 + 10, 0)).toList());

        assertThat(svg).doesNotContain("NaN").doesNotContain("Infinity").contains("height=\"0.0\"");
    }
}

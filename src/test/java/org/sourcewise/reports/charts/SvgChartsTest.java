package org.sourcewise.reports.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SvgChartsTest {

    private static final String BAR_FILL = "fill:rgb(31,95,168)";

    private static long count(String svg, String regex) {
        return Pattern.compile(regex).matcher(svg).results().count();
    }

    private static List<Double> barHeights(String svg) {
        return Pattern.compile("<rect x='[-0-9.]+' y='[-0-9.]+' width='[0-9.]+' height='([0-9.]+)' style='" + Pattern.quote(BAR_FILL))
                .matcher(svg).results().map(m -> Double.parseDouble(m.group(1))).toList();
    }

    @Test
    void the_histogram_has_its_title_a_bar_per_filled_bin_as_tall_as_its_count_and_every_bin_label() {
        List<ChartBar> bins = IntStream.range(0, 10)
                .mapToObj(i -> new ChartBar(i * 10 + "–" + (i * 10 + 10), i == 5 ? 4 : i == 9 ? 2 : i == 2 ? 1 : 0)).toList();

        String svg = SvgCharts.histogram("Score distribution", "Score (%)", "Attempts", bins);

        assertThat(svg).startsWith("<svg").endsWith("</svg>").contains("<title>Score distribution</title>")
                .contains(">Score distribution</text>").contains("viewBox=").doesNotContain("NaN");
        List<Double> heights = barHeights(svg);
        assertThat(heights).hasSize(3);
        // in bin order: 20-30 (1), 50-60 (4), 90-100 (2)
        assertThat(heights.get(1)).isCloseTo(4 * heights.get(0), org.assertj.core.data.Offset.offset(0.5));
        assertThat(heights.get(2)).isCloseTo(2 * heights.get(0), org.assertj.core.data.Offset.offset(0.5));
        for (ChartBar bin : bins) {
            assertThat(svg).contains(">" + bin.label() + "</text>");
        }
    }

    @Test
    void an_empty_histogram_draws_no_bar_and_still_a_valid_chart() {
        String svg = SvgCharts.histogram("Score distribution", "Score (%)", "Attempts",
                IntStream.range(0, 10).mapToObj(i -> new ChartBar(i * 10 + "–" + (i * 10 + 10), 0)).toList());

        assertThat(barHeights(svg)).isEmpty();
        assertThat(svg).contains("Score distribution").doesNotContain("NaN").doesNotContain("Infinity");
    }

    @Test
    void the_scatter_draws_one_labelled_point_per_question_and_the_threshold_lines() {
        List<ChartPoint> points = List.of(new ChartPoint("q-rail-01", 85, 40), new ChartPoint("q-oil-02", 15, -10),
                new ChartPoint("q-war-03", 55, 62));

        String svg = SvgCharts.scatter("Facility and discrimination", "Facility (%)", "Discrimination (%)", points,
                0, 100, -100, 100, List.of(20.0, 90.0), List.of(20.0));

        assertThat(svg).contains("<title>Facility and discrimination</title>");
        assertThat(count(svg, "<g style='fill:rgb\\(31,95,168\\);stroke:none'")).isEqualTo(3);
        assertThat(svg).contains(">q-rail-01</text>", ">q-oil-02</text>", ">q-war-03</text>");
        // three dashed threshold lines in the marker colour
        assertThat(count(svg, "<line [^>]*stroke:rgb\\(196,48,43\\)")).isEqualTo(3);
    }

    @Test
    void percent_bars_draw_one_bar_per_claim_in_order_with_its_percentage() {
        List<ChartBar> bars = List.of(new ChartBar("c-01", 10), new ChartBar("c-02", 50), new ChartBar("c-03", 100));

        String svg = SvgCharts.percentBars("Claims mastered", "Students with the claim mastered (%)", bars);

        List<Double> widths = Pattern.compile("<rect x='[-0-9.]+' y='[-0-9.]+' width='([0-9.]+)' height='[0-9.]+' style='"
                + Pattern.quote(BAR_FILL)).matcher(svg).results().map(m -> Double.parseDouble(m.group(1))).toList();
        assertThat(widths).hasSize(3);
        assertThat(widths.get(1)).isCloseTo(5 * widths.get(0), org.assertj.core.data.Offset.offset(0.5));
        assertThat(widths.get(2)).isCloseTo(10 * widths.get(0), org.assertj.core.data.Offset.offset(0.5));
        assertThat(svg).contains(">c-01</text>", ">10%</text>", ">100%</text>", "<title>Claims mastered</title>");
        assertThat(svg.indexOf(">c-01</text>")).isLessThan(svg.indexOf(">c-03</text>"));
    }

    @Test
    void text_from_data_is_escaped_so_the_markup_stays_ours() {
        String svg = SvgCharts.percentBars("<b>Claims</b> & \"more\"", "Mastered (<i>%</i>)",
                List.of(new ChartBar("<script>alert(1)</script>", 40)));

        assertThat(svg).doesNotContain("<script>").doesNotContain("<b>").contains("&lt;script&gt;");
    }

    @Test
    void a_bar_without_a_finite_value_or_label_is_refused() {
        assertThatThrownBy(() -> new ChartBar("x", Double.NaN)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'x'");
        assertThatThrownBy(() -> new ChartBar(" ", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChartPoint("p", 1, Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    }
}

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

    private static final List<SvgCharts.Series> MASTERY = List.of(new SvgCharts.Series("Mastered", new java.awt.Color(46, 125, 79)),
            new SvgCharts.Series("Shaky", new java.awt.Color(224, 165, 38)), new SvgCharts.Series("Not yet seen", new java.awt.Color(200, 204, 210)));

    @Test
    void stacked_bars_draw_each_claims_segments_as_wide_as_their_shares_in_order_with_a_legend() {
        List<SvgCharts.StackedBar> bars = List.of(new SvgCharts.StackedBar("c-01", List.of(10.0, 30.0, 60.0)),
                new SvgCharts.StackedBar("c-02", List.of(50.0, 0.0, 50.0)));

        String svg = SvgCharts.stackedPercentBars("Claims mastered", "Students (%)", MASTERY, bars);

        List<Double> mastered = widths(svg, "fill:rgb(46,125,79)");
        List<Double> shaky = widths(svg, "fill:rgb(224,165,38)");
        List<Double> notSeen = widths(svg, "fill:rgb(200,204,210)");
        // one segment per non-zero share
        assertThat(mastered).hasSize(2);
        assertThat(shaky).hasSize(1);
        assertThat(notSeen).hasSize(2);
        assertThat(mastered.get(1)).isCloseTo(5 * mastered.get(0), org.assertj.core.data.Offset.offset(0.5));
        assertThat(notSeen.get(0)).isCloseTo(6 * mastered.get(0), org.assertj.core.data.Offset.offset(0.5));
        assertThat(svg).contains(">c-01</text>", ">c-02</text>", ">Mastered</text>", ">Shaky</text>", ">Not yet seen</text>",
                "<title>Claims mastered</title>");
        assertThat(svg.indexOf(">c-01</text>")).isLessThan(svg.indexOf(">c-02</text>"));
    }

    @Test
    void a_stacked_bar_with_the_wrong_number_of_values_is_refused_by_name() {
        assertThatThrownBy(() -> SvgCharts.stackedPercentBars("t", "x", MASTERY, List.of(new SvgCharts.StackedBar("c-09", List.of(1.0)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'c-09'");
    }

    private static List<Double> widths(String svg, String fill) {
        return Pattern.compile("<rect x='[-0-9.]+' y='[-0-9.]+' width='([0-9.]+)' height='[0-9.]+' style='" + Pattern.quote(fill))
                .matcher(svg).results().map(m -> Double.parseDouble(m.group(1))).toList();
    }

    @Test
    void text_from_data_is_escaped_so_the_markup_stays_ours() {
        String svg = SvgCharts.stackedPercentBars("<b>Claims</b> & \"more\"", "Mastered (<i>%</i>)",
                List.of(new SvgCharts.Series("<em>s</em>", java.awt.Color.BLUE)),
                List.of(new SvgCharts.StackedBar("<script>alert(1)</script>", List.of(40.0))));

        assertThat(svg).doesNotContain("<script>").doesNotContain("<b>").doesNotContain("<em>").contains("&lt;script&gt;");
    }

    @Test
    void a_bar_without_a_finite_value_or_label_is_refused() {
        assertThatThrownBy(() -> new ChartBar("x", Double.NaN)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'x'");
        assertThatThrownBy(() -> new ChartBar(" ", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChartPoint("p", 1, Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.sourcewise.reports.ui;

import java.util.List;
import java.util.Locale;
import org.sourcewise.reports.statistics.HistogramBin;

/** The score distribution as a small hand-written SVG bar chart (no chart library, no front-end bundle). */
final class HistogramSvg {

    static final int WIDTH = 520;
    static final int HEIGHT = 220;
    private static final int LEFT = 36;
    private static final int BOTTOM = 28;
    private static final int TOP = 12;

    private HistogramSvg() {
    }

    static String render(List<HistogramBin> bins) {
        int max = Math.max(1, bins.stream().mapToInt(HistogramBin::count).max().orElse(0));
        double plotWidth = WIDTH - LEFT - 8.0;
        double plotHeight = HEIGHT - BOTTOM - TOP;
        double barWidth = bins.isEmpty() ? 0 : plotWidth / bins.size();
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"histogram\" role=\"img\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\">",
                WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append("<title>Score distribution: attempts per band of 10 percentage points</title>");
        svg.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>",
                LEFT, TOP + plotHeight, WIDTH - 8, TOP + plotHeight));
        svg.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%d</text>",
                LEFT - 6, TOP + 4.0, max));
        svg.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">0</text>",
                LEFT - 6, TOP + plotHeight));
        for (int i = 0; i < bins.size(); i++) {
            HistogramBin bin = bins.get(i);
            double h = plotHeight * bin.count() / max;
            double x = LEFT + i * barWidth + 2;
            svg.append(String.format(Locale.ROOT,
                    "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>%d–%d%%: %d</title></rect>",
                    x, TOP + plotHeight - h, barWidth - 4, h, (int) bin.fromPercent(), (int) bin.toPercent(), bin.count()));
            if (bin.count() > 0) {
                svg.append(String.format(Locale.ROOT, "<text class=\"count\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%d</text>",
                        x + (barWidth - 4) / 2, TOP + plotHeight - h - 3, bin.count()));
            }
            svg.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>",
                    LEFT + i * barWidth, HEIGHT - 10, (int) bin.fromPercent()));
        }
        svg.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%d\" y=\"%d\" text-anchor=\"end\">100%%</text>",
                WIDTH - 8, HEIGHT - 10));
        svg.append("</svg>");
        return svg.toString();
    }
}

package org.sourcewise.reports.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws the report charts with JFreeChart into SVG (JFreeSVG). Each method returns one
 * {@code <svg>} element with a {@code viewBox}, so it scales to its container; text that comes from
 * data is escaped by JFreeSVG. The title is drawn in the chart and also given as the SVG's
 * {@code <title>}.
 */
public final class SvgCharts {

    /** The bars' colour, the app's accent. */
    public static final Color BAR = new Color(31, 95, 168);
    /** Points of the scatter chart. */
    public static final Color POINT = new Color(31, 95, 168);
    /** Threshold lines. */
    public static final Color MARKER = new Color(196, 48, 43);

    static final int WIDTH = 640;
    private static final Color GRID = new Color(221, 224, 229);
    private static final Color TEXT = new Color(38, 43, 51);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    static {
        // charts are drawn without a display; Spring Boot sets this too, plain callers may not have
        System.setProperty("java.awt.headless", "true");
    }

    private SvgCharts() {
    }

    /** Vertical bars of counts, one per bin in the given order (a score histogram); a bin of 0 draws no bar. */
    public static String histogram(String title, String binAxis, String countAxis, List<ChartBar> bins) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        bins.forEach(b -> data.addValue(b.value(), countAxis, b.label()));
        JFreeChart chart = ChartFactory.createBarChart(title, binAxis, countAxis, data, PlotOrientation.VERTICAL, false, false, false);
        CategoryPlot plot = style(chart).getCategoryPlot();
        BarRenderer renderer = barRenderer(plot, new DecimalFormat("0"));
        renderer.setItemMargin(0);
        CategoryAxis x = plot.getDomainAxis();
        x.setCategoryMargin(0.12);
        x.setLowerMargin(0.01);
        x.setUpperMargin(0.01);
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        y.setUpperMargin(0.12);
        return svg(chart, title, WIDTH, 300);
    }

    /**
     * Labelled points on fixed ranges, with dashed threshold lines (facility against discrimination).
     *
     * @param xMarkers values at which to draw a vertical threshold line
     * @param yMarkers values at which to draw a horizontal threshold line
     */
    public static String scatter(String title, String xAxis, String yAxis, List<ChartPoint> points, double xMin, double xMax,
                                 double yMin, double yMax, List<Double> xMarkers, List<Double> yMarkers) {
        XYSeries series = new XYSeries(title, false, true);
        points.forEach(p -> series.add(p.x(), p.y()));
        JFreeChart chart = ChartFactory.createScatterPlot(title, xAxis, yAxis, new XYSeriesCollection(series),
                PlotOrientation.VERTICAL, false, false, false);
        XYPlot plot = style(chart).getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setSeriesPaint(0, POINT);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-4.5, -4.5, 9, 9));
        renderer.setDrawOutlines(false);
        renderer.setDefaultItemLabelGenerator((dataset, s, item) -> points.get(item).label());
        renderer.setDefaultItemLabelsVisible(points.size() <= 40);
        renderer.setDefaultItemLabelFont(TICK);
        renderer.setDefaultItemLabelPaint(TEXT);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        plot.setRenderer(renderer);
        plot.setDomainGridlinePaint(GRID);
        plot.setDomainGridlinesVisible(true);
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        x.setRange(xMin, xMax);
        x.setTickUnit(new NumberTickUnit(10));
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        y.setRange(yMin, yMax);
        y.setTickUnit(new NumberTickUnit(yMax - yMin > 100 ? 20 : 10));
        BasicStroke dashed = new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[]{5, 4}, 0);
        xMarkers.forEach(v -> plot.addDomainMarker(new ValueMarker(v, MARKER, dashed)));
        yMarkers.forEach(v -> plot.addRangeMarker(new ValueMarker(v, MARKER, dashed)));
        return svg(chart, title, WIDTH, 400);
    }

    /**
     * Horizontal stacked bars of percentages, one bar per item in the given order, top to bottom, each
     * split into the series in order (claim mastery: mastered, shaky, not yet seen). A legend names
     * the series.
     *
     * @param series the series' names and colours, in stacking order
     * @param bars   one entry per bar: its label and one value per series (percent, 0..100)
     */
    public static String stackedPercentBars(String title, String valueAxis, List<Series> series, List<StackedBar> bars) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (StackedBar bar : bars) {
            if (bar.values().size() != series.size()) {
                throw new IllegalArgumentException("bar '" + bar.label() + "' has " + bar.values().size() + " values for "
                        + series.size() + " series");
            }
            for (int i = 0; i < series.size(); i++) {
                data.addValue(Math.max(0, Math.min(100, bar.values().get(i))), series.get(i).name(), bar.label());
            }
        }
        JFreeChart chart = ChartFactory.createStackedBarChart(title, null, valueAxis, data, PlotOrientation.HORIZONTAL,
                true, false, false);
        CategoryPlot plot = style(chart).getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, series.get(i).colour());
        }
        renderer.setMaximumBarWidth(0.8);
        chart.getLegend().setItemFont(TICK);
        chart.getLegend().setItemPaint(TEXT);
        chart.getLegend().setFrame(new org.jfree.chart.block.BlockBorder(Color.WHITE));
        plot.getDomainAxis().setCategoryMargin(0.25);
        plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.45f);
        NumberAxis x = (NumberAxis) plot.getRangeAxis();
        x.setRange(0, 100);
        x.setTickUnit(new NumberTickUnit(20));
        return svg(chart, title, WIDTH, 140 + 26 * Math.max(1, bars.size()));
    }

    /** A series of a stacked chart: its name (in the legend) and colour. */
    public record Series(String name, Color colour) {
    }

    /** A stacked bar: its label and one value per series. */
    public record StackedBar(String label, List<Double> values) {

        public StackedBar {
            values = List.copyOf(values);
            if (values.stream().anyMatch(v -> !Double.isFinite(v))) {
                throw new IllegalArgumentException("bar '" + label + "' has a value that is not finite");
            }
        }
    }

    private static JFreeChart style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.getTitle().setFont(TITLE);
        chart.getTitle().setPaint(TEXT);
        chart.getTitle().setMargin(4, 0, 8, 0);
        chart.setPadding(new RectangleInsets(6, 6, 6, 14));
        var plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        if (plot instanceof CategoryPlot c) {
            c.setRangeGridlinePaint(GRID);
            c.setRangeGridlineStroke(new BasicStroke(1));
            axes(c.getDomainAxis(), c.getRangeAxis());
        } else if (plot instanceof XYPlot xy) {
            xy.setRangeGridlinePaint(GRID);
            xy.setRangeGridlineStroke(new BasicStroke(1));
            xy.setDomainGridlineStroke(new BasicStroke(1));
            axes(xy.getDomainAxis(), xy.getRangeAxis());
        }
        return chart;
    }

    private static void axes(org.jfree.chart.axis.Axis... axes) {
        for (var axis : axes) {
            axis.setLabelFont(LABEL);
            axis.setLabelPaint(TEXT);
            axis.setTickLabelFont(TICK);
            axis.setTickLabelPaint(TEXT);
            axis.setAxisLinePaint(new Color(138, 143, 152));
            axis.setTickMarkPaint(new Color(138, 143, 152));
        }
    }

    private static BarRenderer barRenderer(CategoryPlot plot, DecimalFormat format) {
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setSeriesPaint(0, BAR);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(TICK);
        renderer.setDefaultItemLabelPaint(TEXT);
        return renderer;
    }

    private static String svg(JFreeChart chart, String title, int width, int height) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        chart.draw(g2, new Rectangle(0, 0, width, height));
        String svg = g2.getSVGElement(null, false, new ViewBox(0, 0, width, height), null, null);
        // an accessible name for the drawing; the same figures are in a table beside it
        int open = svg.indexOf('>');
        return svg.substring(0, open) + " role='img'>" + "<title>" + escape(title) + "</title>" + svg.substring(open + 1);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;").replace("\"", "&quot;");
    }
}

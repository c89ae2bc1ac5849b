package org.sourcewise.reports.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.sourcewise.browser.ui.Words;
import org.sourcewise.reports.QuizStatisticsResult;
import org.sourcewise.reports.QuizStatisticsService;
import org.sourcewise.reports.charts.ChartBar;
import org.sourcewise.reports.charts.ChartPoint;
import org.sourcewise.reports.charts.SvgCharts;
import org.sourcewise.reports.exports.GradebookExport;
import org.sourcewise.reports.exports.StatisticsExport;
import org.sourcewise.reports.statistics.AttemptSelection;
import org.sourcewise.reports.statistics.HistogramBin;
import org.sourcewise.reports.statistics.QuestionFlag;
import org.sourcewise.reports.statistics.QuestionStatistics;
import org.sourcewise.reports.statistics.QuizStatistics;
import org.sourcewise.reports.statistics.TestStatistics;

/**
 * A quiz's statistics (docs/statistics.md): summary figures, the score distribution and facility
 * against discrimination as server-drawn charts (each with its figures in a table beside it), a row
 * per question with facility, discrimination and the flags that call for a review, and the item
 * statistics as a CSV download.
 */
@Route("quiz/:quizId/statistics")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
@StyleSheet("styles/reports.css")
class QuizStatisticsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final QuizStatisticsService statistics;
    private final Div body = new Div();
    private String title;
    private long quizId;
    private AttemptSelection current = AttemptSelection.FIRST;

    QuizStatisticsView(QuizStatisticsService statistics) {
        this.statistics = statistics;
        this.title = getTranslation("reports.statistics.title");
        addClassNames("page", "page-wide", "quiz-statistics");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        quizId = event.getRouteParameters().getLong("quizId").orElseThrow(NotFoundException::new);
        QuizStatisticsResult result = statistics.statistics(quizId, AttemptSelection.FIRST).orElseThrow(NotFoundException::new);
        title = getTranslation("reports.statistics.title-of", result.quiz().title());
        removeAll();
        add(new H1(getTranslation("reports.statistics.heading", result.quiz().title())));
        Select<AttemptSelection> selection = new Select<>();
        selection.setLabel(getTranslation("reports.statistics.attempts-counted"));
        // wide enough for "Highest-scoring attempt of each student" without cutting it off
        selection.setWidth("min(100%, 22rem)");
        selection.setItems(AttemptSelection.values());
        selection.setItemLabelGenerator(s -> switch (s) {
            case FIRST -> getTranslation("reports.statistics.selection.first");
            case HIGHEST -> getTranslation("reports.statistics.selection.highest");
            case LAST -> getTranslation("reports.statistics.selection.last");
            case ALL -> getTranslation("reports.statistics.selection.all");
        });
        selection.setValue(AttemptSelection.FIRST);
        selection.addValueChangeListener(e -> {
            current = e.getValue();
            show(statistics.statistics(quizId, current).orElseThrow());
        });
        current = AttemptSelection.FIRST;
        body.setWidthFull();
        Div tools = new Div(selection, Downloads.link(getTranslation("reports.statistics.download"), StatisticsExport.fileName(quizId),
                GradebookExport.CSV_TYPE + "; charset=UTF-8", () -> StatisticsExport.csv(statistics.statistics(quizId, current)
                        .orElseThrow()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        tools.addClassName("report-tools");
        add(tools, body);
        show(result);
    }

    private void show(QuizStatisticsResult result) {
        body.removeAll();
        TestStatistics t = result.report().test();
        Div summary = new Div();
        summary.addClassNames("card", "stat-summary");
        summary.add(figure(getTranslation("reports.statistics.attempts"), NumberFormat.getIntegerInstance(Words.locale()).format(t.attemptCount())),
                figure(getTranslation("reports.statistics.mean"), Figures.percent(t.meanPercent())),
                figure(getTranslation("reports.statistics.median"), Figures.percent(t.medianPercent())),
                figure(getTranslation("reports.statistics.standard-deviation"), Figures.percent(t.standardDeviationPercent())),
                figure(getTranslation("reports.statistics.cronbach"), Figures.number(t.cronbachAlpha())),
                figure(getTranslation("reports.statistics.error-ratio"), Figures.percent(t.errorRatioPercent())),
                figure(getTranslation("reports.statistics.standard-error"), Figures.percent(t.standardErrorPercent())));
        body.add(summary);
        if (result.leftOutAwaitingGrading() > 0) {
            Paragraph note = new Paragraph(getTranslation("reports.statistics.left-out-awaiting", result.leftOutAwaitingGrading()));
            note.addClassName("muted");
            body.add(note);
        }
        if (result.leftOutOtherStructure() > 0) {
            Paragraph note = new Paragraph(getTranslation("reports.statistics.left-out-structure", result.leftOutOtherStructure()));
            note.addClassName("muted");
            body.add(note);
        }
        if (t.attemptCount() == 0) {
            body.add(new Paragraph(getTranslation("reports.statistics.no-attempt")));
            return;
        }
        body.add(new H2(getTranslation("reports.statistics.score-distribution")));
        body.add(histogram(t));
        body.add(new H2(getTranslation("reports.statistics.facility-and-discrimination")));
        body.add(scatter(result));

        body.add(new H2(getTranslation("reports.statistics.questions")));
        Paragraph legend = new Paragraph(getTranslation("reports.statistics.legend"));
        legend.addClassName("muted");
        body.add(legend);
        Grid<QuestionStatistics> grid = new Grid<>();
        grid.addClassName("question-grid");
        grid.addColumn(q -> result.questionKeys().getOrDefault(q.questionId(), q.questionId())).setHeader(getTranslation("reports.statistics.question"))
                .setAutoWidth(true).setSortable(true);
        grid.addColumn(QuestionStatistics::attemptCount).setHeader(getTranslation("reports.statistics.attempts")).setAutoWidth(true).setSortable(true);
        grid.addColumn(q -> Figures.percent(q.facilityPercent())).setHeader(getTranslation("reports.statistics.facility"))
                .setComparator(Comparator.comparingDouble(QuestionStatistics::facilityPercent)).setAutoWidth(true);
        grid.addColumn(q -> Figures.percent(q.standardDeviationPercent())).setHeader(getTranslation("reports.statistics.sd")).setAutoWidth(true);
        grid.addColumn(q -> Figures.percent(q.discriminationIndexPercent())).setHeader(getTranslation("reports.statistics.discrimination"))
                .setComparator(Comparator.comparingDouble(q -> q.discriminationIndexPercent().orElse(-1000))).setAutoWidth(true);
        grid.addColumn(q -> Figures.percent(q.discriminativeEfficiencyPercent())).setHeader(getTranslation("reports.statistics.efficiency")).setAutoWidth(true);
        grid.addColumn(q -> q.choices().map(c -> c.options().stream()
                        .map(o -> (char) ('A' + o.index()) + (o.key() ? "*" : "") + " " + o.chosen())
                        .collect(Collectors.joining(" · ")) + (c.unanswered() > 0 ? " · " + getTranslation("reports.statistics.unanswered", c.unanswered()) : ""))
                .orElse("")).setHeader(getTranslation("reports.statistics.options")).setAutoWidth(true);
        grid.addComponentColumn(q -> {
            Span flags = new Span();
            for (QuestionFlag flag : q.flags()) {
                Span badge = new Span(flag(flag));
                badge.addClassNames("badge", "badge-flag");
                flags.add(badge);
            }
            return flags;
        }).setHeader(getTranslation("reports.statistics.flags")).setAutoWidth(true)
                .setComparator(Comparator.comparingInt(q -> q.flags().size()));
        grid.setPartNameGenerator(q -> q.needsReview() ? "flagged" : null);
        grid.setItems(result.report().questions());
        grid.setAllRowsVisible(true);
        body.add(grid);
    }

    static ChartPanel histogram(TestStatistics t) {
        String title = Words.of("reports.statistics.score-distribution");
        String attempts = Words.of("reports.statistics.attempts");
        List<ChartBar> bins = t.histogram().stream().map(b -> new ChartBar(band(b), b.count())).toList();
        return new ChartPanel(title, SvgCharts.histogram(title, Words.of("reports.statistics.score-axis"), attempts, bins),
                List.of(Words.of("reports.statistics.score"), attempts),
                bins.stream().map(b -> List.of(Words.of("reports.percent", b.label()), String.valueOf((int) b.value()))).toList());
    }

    /** Questions with a defined discrimination, placed by facility and discrimination; thresholds of the review flags dashed. */
    static ChartPanel scatter(QuizStatisticsResult result) {
        String title = Words.of("reports.statistics.scatter");
        List<QuestionStatistics> placed = result.report().questions().stream()
                .filter(q -> Double.isFinite(q.facilityPercent()) && q.discriminationIndexPercent().isPresent()).toList();
        List<ChartPoint> points = placed.stream().map(q -> new ChartPoint(key(result, q), q.facilityPercent(),
                Math.max(-100, Math.min(100, q.discriminationIndexPercent().getAsDouble())))).toList();
        List<List<String>> rows = result.report().questions().stream().map(q -> List.of(key(result, q),
                Figures.percent(q.facilityPercent()), Figures.percent(q.discriminationIndexPercent()))).toList();
        ChartPanel panel = new ChartPanel(title, SvgCharts.scatter(title, Words.of("reports.statistics.facility-axis"),
                Words.of("reports.statistics.discrimination-axis"), points, 0, 100, -100, 100,
                List.of(QuizStatistics.HARD_FACILITY_PERCENT, QuizStatistics.EASY_FACILITY_PERCENT), List.of(QuizStatistics.LOW_DISCRIMINATION_PERCENT)),
                List.of(Words.of("reports.statistics.question"), Words.of("reports.statistics.facility"),
                        Words.of("reports.statistics.discrimination")), rows);
        if (placed.size() < result.report().questions().size()) {
            Span note = new Span(Words.of("reports.statistics.no-discrimination"));
            note.addClassName("muted");
            panel.add(note);
        }
        return panel;
    }

    private String flag(QuestionFlag flag) {
        return switch (flag) {
            case TOO_HARD -> getTranslation("reports.statistics.flag.too-hard");
            case TOO_EASY -> getTranslation("reports.statistics.flag.too-easy");
            case LOW_DISCRIMINATION -> getTranslation("reports.statistics.flag.low-discrimination");
            case DISTRACTOR_BEATS_KEY -> getTranslation("reports.statistics.flag.distractor-beats-key");
        };
    }

    private static String key(QuizStatisticsResult result, QuestionStatistics q) {
        return result.questionKeys().getOrDefault(q.questionId(), q.questionId());
    }

    private static String band(HistogramBin b) {
        return (int) b.fromPercent() + "–" + (int) b.toPercent();
    }

    private static Div figure(String label, String value) {
        Span v = new Span(value);
        v.addClassName("stat-value");
        Span l = new Span(label);
        l.addClassName("muted");
        Div d = new Div(v, l);
        d.addClassName("stat");
        return d;
    }

    @Override
    public String getPageTitle() {
        return title;
    }

}

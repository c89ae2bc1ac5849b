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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
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
    private String title = "Quiz statistics · Sourcewise";
    private long quizId;
    private AttemptSelection current = AttemptSelection.FIRST;

    QuizStatisticsView(QuizStatisticsService statistics) {
        this.statistics = statistics;
        addClassNames("page", "page-wide", "quiz-statistics");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        quizId = event.getRouteParameters().getLong("quizId").orElseThrow(NotFoundException::new);
        QuizStatisticsResult result = statistics.statistics(quizId, AttemptSelection.FIRST).orElseThrow(NotFoundException::new);
        title = "Statistics: " + result.quiz().title() + " · Sourcewise";
        removeAll();
        add(new H1("Statistics: " + result.quiz().title()));
        Select<AttemptSelection> selection = new Select<>();
        selection.setLabel("Attempts counted");
        // wide enough for "Highest-scoring attempt of each student" without cutting it off
        selection.setWidth("min(100%, 22rem)");
        selection.setItems(AttemptSelection.values());
        selection.setItemLabelGenerator(s -> switch (s) {
            case FIRST -> "First attempt of each student";
            case HIGHEST -> "Highest-scoring attempt of each student";
            case LAST -> "Last attempt of each student";
            case ALL -> "All attempts";
        });
        selection.setValue(AttemptSelection.FIRST);
        selection.addValueChangeListener(e -> {
            current = e.getValue();
            show(statistics.statistics(quizId, current).orElseThrow());
        });
        current = AttemptSelection.FIRST;
        body.setWidthFull();
        Div tools = new Div(selection, Downloads.link("Download item statistics (CSV)", StatisticsExport.fileName(quizId),
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
        summary.add(figure("Attempts", String.valueOf(t.attemptCount())), figure("Mean", Figures.percent(t.meanPercent())),
                figure("Median", Figures.percent(t.medianPercent())), figure("Standard deviation", Figures.percent(t.standardDeviationPercent())),
                figure("Cronbach's alpha", Figures.number(t.cronbachAlpha())), figure("Error ratio", Figures.percent(t.errorRatioPercent())),
                figure("Standard error", Figures.percent(t.standardErrorPercent())));
        body.add(summary);
        if (result.leftOutAwaitingGrading() > 0) {
            int n = result.leftOutAwaitingGrading();
            Paragraph note = new Paragraph(n + (n == 1 ? " attempt that this selection counts waits" : " attempts that this selection counts wait")
                    + " for an essay grade and " + (n == 1 ? "is" : "are") + " left out until graded.");
            note.addClassName("muted");
            body.add(note);
        }
        if (result.leftOutOtherStructure() > 0) {
            int n = result.leftOutOtherStructure();
            Paragraph note = new Paragraph(n + (n == 1 ? " attempt was" : " attempts were") + " made before the quiz's questions"
                    + " or points changed and " + (n == 1 ? "is" : "are") + " left out.");
            note.addClassName("muted");
            body.add(note);
        }
        if (t.attemptCount() == 0) {
            body.add(new Paragraph("No submitted attempt yet."));
            return;
        }
        body.add(new H2("Score distribution"));
        body.add(histogram(t));
        body.add(new H2("Facility and discrimination"));
        body.add(scatter(result));

        body.add(new H2("Questions"));
        Paragraph legend = new Paragraph("Facility: share of marks earned. Discrimination: correlation with the rest of the quiz. "
                + "Flagged rows deserve a second look.");
        legend.addClassName("muted");
        body.add(legend);
        Grid<QuestionStatistics> grid = new Grid<>();
        grid.addClassName("question-grid");
        grid.addColumn(q -> result.questionKeys().getOrDefault(q.questionId(), q.questionId())).setHeader("Question")
                .setAutoWidth(true).setSortable(true);
        grid.addColumn(QuestionStatistics::attemptCount).setHeader("Attempts").setAutoWidth(true).setSortable(true);
        grid.addColumn(q -> Figures.percent(q.facilityPercent())).setHeader("Facility")
                .setComparator(Comparator.comparingDouble(QuestionStatistics::facilityPercent)).setAutoWidth(true);
        grid.addColumn(q -> Figures.percent(q.standardDeviationPercent())).setHeader("SD").setAutoWidth(true);
        grid.addColumn(q -> Figures.percent(q.discriminationIndexPercent())).setHeader("Discrimination")
                .setComparator(Comparator.comparingDouble(q -> q.discriminationIndexPercent().orElse(-1000))).setAutoWidth(true);
        grid.addColumn(q -> Figures.percent(q.discriminativeEfficiencyPercent())).setHeader("Disc. efficiency").setAutoWidth(true);
        grid.addColumn(q -> q.choices().map(c -> c.options().stream()
                        .map(o -> (char) ('A' + o.index()) + (o.key() ? "*" : "") + " " + o.chosen())
                        .collect(Collectors.joining(" · ")) + (c.unanswered() > 0 ? " · none " + c.unanswered() : ""))
                .orElse("")).setHeader("Options chosen (* key)").setAutoWidth(true);
        grid.addComponentColumn(q -> {
            Span flags = new Span();
            for (QuestionFlag flag : q.flags()) {
                Span badge = new Span(flag.name().toLowerCase(Locale.ROOT).replace('_', ' '));
                badge.addClassNames("badge", "badge-flag");
                flags.add(badge);
            }
            return flags;
        }).setHeader("Flags").setAutoWidth(true)
                .setComparator(Comparator.comparingInt(q -> q.flags().size()));
        grid.setPartNameGenerator(q -> q.needsReview() ? "flagged" : null);
        grid.setItems(result.report().questions());
        grid.setAllRowsVisible(true);
        body.add(grid);
    }

    static ChartPanel histogram(TestStatistics t) {
        String title = "Score distribution";
        List<ChartBar> bins = t.histogram().stream().map(b -> new ChartBar(band(b), b.count())).toList();
        return new ChartPanel(title, SvgCharts.histogram(title, "Score (% of the maximum)", "Attempts", bins),
                List.of("Score", "Attempts"), bins.stream().map(b -> List.of(b.label() + "%", String.valueOf((int) b.value()))).toList());
    }

    /** Questions with a defined discrimination, placed by facility and discrimination; thresholds of the review flags dashed. */
    static ChartPanel scatter(QuizStatisticsResult result) {
        String title = "Facility against discrimination";
        List<QuestionStatistics> placed = result.report().questions().stream()
                .filter(q -> Double.isFinite(q.facilityPercent()) && q.discriminationIndexPercent().isPresent()).toList();
        List<ChartPoint> points = placed.stream().map(q -> new ChartPoint(key(result, q), q.facilityPercent(),
                Math.max(-100, Math.min(100, q.discriminationIndexPercent().getAsDouble())))).toList();
        List<List<String>> rows = result.report().questions().stream().map(q -> List.of(key(result, q),
                Figures.percent(q.facilityPercent()), Figures.percent(q.discriminationIndexPercent()))).toList();
        ChartPanel panel = new ChartPanel(title, SvgCharts.scatter(title, "Facility (%)", "Discrimination (%)", points, 0, 100, -100, 100,
                List.of(QuizStatistics.HARD_FACILITY_PERCENT, QuizStatistics.EASY_FACILITY_PERCENT), List.of(QuizStatistics.LOW_DISCRIMINATION_PERCENT)),
                List.of("Question", "Facility", "Discrimination"), rows);
        if (placed.size() < result.report().questions().size()) {
            Span note = new Span("Questions without a discrimination (everyone scored the same) are in the table only.");
            note.addClassName("muted");
            panel.add(note);
        }
        return panel;
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

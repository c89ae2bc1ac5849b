package org.sourcewise.reports.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.sourcewise.browser.ui.BrowserZone;
import org.sourcewise.browser.ui.Words;
import org.sourcewise.quizzes.rules.GradeStatus;
import org.sourcewise.reports.GradeCell;
import org.sourcewise.reports.Gradebook;
import org.sourcewise.reports.GradebookQuiz;
import org.sourcewise.reports.GradebookRow;
import org.sourcewise.reports.GradebookService;

/**
 * A class's gradebook: students by assigned quizzes, each cell "72% (2)" with a late marker; sortable,
 * filtered by student name; a student's name opens their attempts, a quiz header its statistics.
 */
@Route("class/:classId/gradebook")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
@StyleSheet("styles/reports.css")
class GradebookView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Dates and times on the result pages, written in the page's language by {@link BrowserZone#format}. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    private final GradebookService gradebooks;
    private String title;

    GradebookView(GradebookService gradebooks) {
        this.gradebooks = gradebooks;
        this.title = getTranslation("reports.gradebook.title");
        addClassNames("page", "page-wide", "gradebook");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long classId = event.getRouteParameters().getLong("classId").orElseThrow(NotFoundException::new);
        Gradebook book = gradebooks.gradebook(classId).orElseThrow(NotFoundException::new);
        title = getTranslation("reports.gradebook.title-of", book.schoolClass().name());
        removeAll();
        add(new H1(getTranslation("reports.gradebook.heading", book.schoolClass().name())));
        add(new Paragraph(new Span(getTranslation("reports.gradebook.intro", book.rows().size(), book.quizzes().size()))));
        add(new GradebookLinks(classId, gradebooks));
        if (book.quizzes().isEmpty()) {
            add(new Paragraph(getTranslation("reports.gradebook.no-quiz")));
            return;
        }
        TextField filter = new TextField();
        filter.setPlaceholder(getTranslation("reports.gradebook.filter"));
        filter.setAriaLabel(getTranslation("reports.gradebook.filter"));
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        add(filter);

        Grid<GradebookRow> grid = new Grid<>();
        grid.addClassName("gradebook-grid");
        var student = grid.addComponentColumn(r -> new RouterLink(r.student().displayName(), StudentResultsView.class,
                        new RouteParameters(new com.vaadin.flow.router.RouteParam("classId", String.valueOf(classId)),
                                new com.vaadin.flow.router.RouteParam("userId", String.valueOf(r.student().id().value())))))
                .setHeader(getTranslation("reports.gradebook.student")).setComparator(Comparator.comparing((GradebookRow r) -> r.student().displayName(),
                        String.CASE_INSENSITIVE_ORDER)).setFrozen(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.student().username()).setHeader(getTranslation("reports.gradebook.username")).setSortable(true)
                .setComparator(Comparator.comparing((GradebookRow r) -> r.student().username())).setAutoWidth(true);
        for (GradebookQuiz quiz : book.quizzes()) {
            Anchor header = new Anchor("quiz/" + quiz.quizId() + "/statistics", quiz.title());
            header.setTitle(quiz.dueAt() == null ? getTranslation("reports.gradebook.statistics-of", quiz.title())
                    : getTranslation("reports.gradebook.statistics-of-due", quiz.title(), BrowserZone.format(DATE, quiz.dueAt())));
            grid.addComponentColumn(r -> cell(r.cell(quiz.quizId())))
                    .setHeader(header)
                    .setComparator(Comparator.comparing((GradebookRow r) -> r.cell(quiz.quizId()).gradePercent(),
                            Comparator.nullsFirst(Comparator.naturalOrder())))
                    .setAutoWidth(true);
        }
        var rows = grid.setItems(new java.util.ArrayList<>(book.rows()));
        grid.sort(List.of(new GridSortOrder<>(student, com.vaadin.flow.data.provider.SortDirection.ASCENDING)));
        filter.addValueChangeListener(e -> {
            String needle = e.getValue() == null ? "" : e.getValue().strip().toLowerCase(Locale.ROOT);
            rows.setFilter(r -> needle.isEmpty() || r.student().displayName().toLowerCase(Locale.ROOT).contains(needle)
                    || r.student().username().toLowerCase(Locale.ROOT).contains(needle));
        });
        // a small class shows whole; a large one scrolls, and the grid sends only the rows in view
        if (book.rows().size() <= 20) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("36rem");
        }
        add(grid);
    }

    static Span cell(GradeCell cell) {
        Span span = new Span(label(cell));
        span.addClassName("grade-cell");
        span.addClassName("status-" + cell.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        span.getElement().setAttribute("title", cell.lastSubmittedAt() == null ? status(cell.status())
                : Words.of("reports.gradebook.cell-title", status(cell.status()), BrowserZone.format(DATE, cell.lastSubmittedAt())));
        if (cell.accommodated()) {
            // marked as Moodle marks overridden cells: the student's rules are not the quiz's
            span.add(badge(Words.of("reports.gradebook.badge.accommodated"), "badge-accommodated"));
        }
        if (cell.late()) {
            Span late = new Span(Words.of("reports.gradebook.badge.late"));
            late.addClassNames("badge", "badge-late");
            span.add(late);
        }
        switch (cell.status()) {
            case IN_PROGRESS -> span.add(badge(Words.of("reports.gradebook.badge.in-progress"), "badge-open"));
            case AWAITING_GRADING -> span.add(badge(Words.of("reports.gradebook.badge.to-grade"), "badge-grade"));
            default -> {
            }
        }
        return span;
    }

    /** "72% (2)": the grade, rounded, and the attempts used; "–" before any grade (as {@link GradeCell#label()}, in the page's language). */
    static String label(GradeCell cell) {
        String grade = cell.gradePercent() == null ? "–" : Words.of("reports.percent-whole", Math.round(cell.gradePercent()));
        return cell.attemptsUsed() == 0 ? grade : Words.of("reports.gradebook.cell", grade, cell.attemptsUsed());
    }

    /** Where a student stands on a quiz, in words. */
    static String status(GradeStatus status) {
        return switch (status) {
            case NOT_STARTED -> Words.of("reports.gradebook.status.not-started");
            case IN_PROGRESS -> Words.of("reports.gradebook.status.in-progress");
            case SUBMITTED -> Words.of("reports.gradebook.status.submitted");
            case AWAITING_GRADING -> Words.of("reports.gradebook.status.awaiting-grading");
        };
    }

    private static Span badge(String text, String className) {
        Span badge = new Span(text);
        badge.addClassNames("badge", className);
        return badge;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

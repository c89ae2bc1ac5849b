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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.sourcewise.browser.ui.BrowserZone;
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

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private final GradebookService gradebooks;
    private String title = "Gradebook · Sourcewise";

    GradebookView(GradebookService gradebooks) {
        this.gradebooks = gradebooks;
        addClassNames("page", "page-wide", "gradebook");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long classId = event.getRouteParameters().getLong("classId").orElseThrow(NotFoundException::new);
        Gradebook book = gradebooks.gradebook(classId).orElseThrow(NotFoundException::new);
        title = "Gradebook: " + book.schoolClass().name() + " · Sourcewise";
        removeAll();
        add(new H1("Gradebook: " + book.schoolClass().name()));
        add(new Paragraph(new Span(book.rows().size() + " students · " + book.quizzes().size() + " quizzes. "
                + "Grades follow each quiz's grading method; the number in brackets is attempts used.")));
        add(new GradebookLinks(classId, gradebooks));
        if (book.quizzes().isEmpty()) {
            add(new Paragraph("No quiz is assigned to this class yet."));
            return;
        }
        TextField filter = new TextField();
        filter.setPlaceholder("Filter by student name");
        filter.setAriaLabel("Filter by student name");
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        add(filter);

        Grid<GradebookRow> grid = new Grid<>();
        grid.addClassName("gradebook-grid");
        var student = grid.addComponentColumn(r -> new RouterLink(r.student().displayName(), StudentResultsView.class,
                        new RouteParameters(new com.vaadin.flow.router.RouteParam("classId", String.valueOf(classId)),
                                new com.vaadin.flow.router.RouteParam("userId", String.valueOf(r.student().id().value())))))
                .setHeader("Student").setComparator(Comparator.comparing((GradebookRow r) -> r.student().displayName(),
                        String.CASE_INSENSITIVE_ORDER)).setFrozen(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.student().username()).setHeader("Username").setSortable(true)
                .setComparator(Comparator.comparing((GradebookRow r) -> r.student().username())).setAutoWidth(true);
        for (GradebookQuiz quiz : book.quizzes()) {
            Anchor header = new Anchor("quiz/" + quiz.quizId() + "/statistics", quiz.title());
            header.setTitle("Statistics of " + quiz.title()
                    + (quiz.dueAt() == null ? "" : "; due " + BrowserZone.format(DATE, quiz.dueAt())));
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
        Span span = new Span(cell.label());
        span.addClassName("grade-cell");
        span.addClassName("status-" + cell.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        span.getElement().setAttribute("title", cell.status().label()
                + (cell.lastSubmittedAt() == null ? "" : "; last submitted " + BrowserZone.format(DATE, cell.lastSubmittedAt())));
        if (cell.accommodated()) {
            // marked as Moodle marks overridden cells: the student's rules are not the quiz's
            span.add(badge("accommodated", "badge-accommodated"));
        }
        if (cell.late()) {
            Span late = new Span("late");
            late.addClassNames("badge", "badge-late");
            span.add(late);
        }
        switch (cell.status()) {
            case IN_PROGRESS -> span.add(badge("in progress", "badge-open"));
            case AWAITING_GRADING -> span.add(badge("to grade", "badge-grade"));
            default -> {
            }
        }
        return span;
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

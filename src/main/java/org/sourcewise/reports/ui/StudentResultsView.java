package org.sourcewise.reports.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.IntegerField;
import org.sourcewise.quizzes.AccommodationException;
import org.sourcewise.quizzes.AccommodationService;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import org.sourcewise.browser.ui.BrowserZone;
import org.sourcewise.browser.ui.Words;
import org.sourcewise.quizzes.AttemptState;
import org.sourcewise.quizzes.AttemptSummary;
import org.sourcewise.quizzes.scoring.GradingMethod;
import org.sourcewise.reports.GradebookService;
import org.sourcewise.reports.StudentResults;

/** One student of a class: every attempt at each assigned quiz, each submitted one linked to its review. */
@Route("student/:classId/:userId")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
@StyleSheet("styles/reports.css")
class StudentResultsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final GradebookService gradebooks;
    private final AccommodationService accommodations;
    private String title;

    StudentResultsView(GradebookService gradebooks, AccommodationService accommodations) {
        this.gradebooks = gradebooks;
        this.accommodations = accommodations;
        this.title = getTranslation("reports.student.title");
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long classId = event.getRouteParameters().getLong("classId").orElseThrow(NotFoundException::new);
        long userId = event.getRouteParameters().getLong("userId").orElseThrow(NotFoundException::new);
        StudentResults results = gradebooks.student(classId, userId).orElseThrow(NotFoundException::new);
        title = getTranslation("reports.student.title-of", results.student().displayName());
        removeAll();
        add(new Anchor("class/" + classId + "/gradebook", getTranslation("reports.back-to-gradebook", results.schoolClass().name())));
        add(new H1(results.student().displayName()));
        add(new Paragraph(new Span(results.student().username())));
        for (StudentResults.QuizResults quiz : results.quizzes()) {
            Div card = new Div();
            card.addClassNames("card", "student-quiz");
            Span heading = new Span(quiz.quiz().title());
            heading.addClassName("card-title");
            Span due = new Span(quiz.quiz().dueAt() == null ? getTranslation("reports.student.no-due-date")
                    : getTranslation("reports.student.due", BrowserZone.format(GradebookView.DATE, quiz.quiz().dueAt())));
            due.addClassName("muted");
            Span grade = new Span(getTranslation("reports.student.grade", method(quiz.quiz().gradingMethod())) + " ");
            grade.add(GradebookView.cell(quiz.cell()));
            card.add(heading, due, grade);
            if (quiz.attempts().isEmpty()) {
                Span none = new Span(getTranslation("reports.student.no-attempt"));
                none.addClassName("muted");
                card.add(none);
            } else {
                Grid<AttemptSummary> grid = new Grid<>();
                grid.addColumn(AttemptSummary::number).setHeader("#").setAutoWidth(true).setFlexGrow(0);
                grid.addColumn(this::state).setHeader(getTranslation("reports.student.state")).setAutoWidth(true);
                grid.addColumn(a -> BrowserZone.format(GradebookView.DATE, a.startedAt()))
                        .setHeader(getTranslation("reports.student.started")).setAutoWidth(true);
                grid.addColumn(a -> a.submittedAt() == null ? "" : BrowserZone.format(GradebookView.DATE, a.submittedAt()))
                        .setHeader(getTranslation("reports.student.submitted")).setAutoWidth(true);
                grid.addColumn(a -> a.score() == null ? "–" : getTranslation("reports.student.score-of",
                        trim(a.score()), trim(a.maxScore()), Figures.percent(Objects.requireNonNull(a.percent()))))
                        .setHeader(getTranslation("reports.student.score")).setAutoWidth(true);
                grid.addComponentColumn(a -> a.state() == AttemptState.SUBMITTED
                                ? new Anchor("review/" + a.id(), getTranslation("reports.student.review"))
                        : a.deadline() != null ? giveTimeBack(a) : new Span()).setHeader(getTranslation("reports.student.actions")).setAutoWidth(true);
                grid.setItems(quiz.attempts());
                grid.setAllRowsVisible(true);
                card.add(grid);
            }
            add(card);
        }
    }

    /**
     * An open timed attempt: its deadline, and minutes back for time a fault (network, power) took
     * from the student. The service checks that the caller teaches the attempt's class.
     */
    private Div giveTimeBack(AttemptSummary attempt) {
        Span deadline = new Span(getTranslation("reports.student.ends",
                BrowserZone.format(GradebookView.DATE, java.util.Objects.requireNonNull(attempt.deadline()))));
        deadline.addClassName("muted");
        Button open = new Button(getTranslation("reports.student.give-time-back"), e -> {
            Dialog dialog = new Dialog();
            dialog.setHeaderTitle(getTranslation("reports.student.give-time-back-title", attempt.number()));
            IntegerField minutes = new IntegerField(getTranslation("reports.student.minutes"));
            minutes.setId("minutes-back");
            minutes.setMin(1);
            minutes.setMax(AccommodationService.MAX_MINUTES_BACK);
            minutes.setStepButtonsVisible(true);
            minutes.setHelperText(getTranslation("reports.student.minutes-help"));
            Button give = new Button(getTranslation("reports.student.give-back"), click -> {
                try {
                    accommodations.giveTimeBack(attempt.id(), minutes.getValue() == null ? 0 : minutes.getValue());
                    dialog.close();
                    UI.getCurrent().refreshCurrentRoute(false);
                } catch (AccommodationException refused) {
                    // the service's words; English until AccommodationException has words of its own (Worded)
                    minutes.setErrorMessage(Words.of(refused));
                    minutes.setInvalid(true);
                }
            });
            give.setId("give-time-back");
            give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.add(minutes);
            dialog.getFooter().add(new Button(getTranslation("reports.student.cancel"), c -> dialog.close()), give);
            dialog.open();
        });
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div cell = new Div(deadline, open);
        cell.addClassName("time-back");
        return cell;
    }

    private String state(AttemptSummary a) {
        if (a.state() == AttemptState.IN_PROGRESS) {
            return getTranslation("reports.student.state.in-progress");
        }
        if (a.awaitingGrading()) {
            return getTranslation("reports.student.state.awaiting-grading");
        }
        return a.submittedOnExpiry() ? getTranslation("reports.student.state.timed-out") : getTranslation("reports.student.state.submitted");
    }

    private String method(GradingMethod method) {
        return switch (method) {
            case HIGHEST -> getTranslation("reports.student.method.highest");
            case LAST -> getTranslation("reports.student.method.last");
            case FIRST -> getTranslation("reports.student.method.first");
            case AVERAGE -> getTranslation("reports.student.method.average");
        };
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Words.locale(), "%.2f", d);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

package org.sourcewise.classes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sourcewise.accounts.Refusal;
import org.sourcewise.browser.ui.BrowserZone;
import org.sourcewise.browser.ui.BuiltInWords;
import org.sourcewise.browser.ui.Words;
import org.sourcewise.classes.AssignmentInfo;
import org.sourcewise.classes.AddedStudent;
import org.sourcewise.classes.ClassException;
import org.sourcewise.classes.ClassInfo;
import org.sourcewise.classes.ClassService;
import org.sourcewise.classes.RosterEntry;
import org.sourcewise.quizzes.QuizInfo;
import org.sourcewise.quizzes.AccommodationService;
import org.sourcewise.quizzes.QuizService;

/**
 * One class for its instructor: the join code (regenerate it), the roster (add by username or a pasted
 * CSV list, remove), and the quizzes assigned with their due dates. The service checks that the caller
 * teaches the class; a refused change shows its reason and keeps what was typed.
 */
@Route("class")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
class ClassView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

    private final ClassService classes;
    private final QuizService quizzes;
    private final AccommodationService accommodations;
    private final Grid<RosterEntry> roster = new Grid<>();
    private final Div invited = new Div();
    private final Grid<AssignmentInfo> assigned = new Grid<>();
    private final Span joinCode = new Span();
    private long classId;
    private @Nullable String className;

    ClassView(ClassService classes, QuizService quizzes, AccommodationService accommodations) {
        this.classes = classes;
        this.quizzes = quizzes;
        this.accommodations = accommodations;
        addClassName("page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        classId = id;
        removeAll();
        ClassInfo info = classes.classInfo(id);
        className = info.name();
        add(new Anchor("instructor", getTranslation("classes.class.back")), new H1(info.name()));

        Div codeCard = new Div();
        codeCard.addClassName("card");
        joinCode.setText(info.joinCode());
        joinCode.addClassName("mono");
        joinCode.addClassName("join-code");
        Button regenerate = new Button(getTranslation("classes.class.new-code"), e -> {
            joinCode.setText(classes.regenerateJoinCode(classId));
            Notification.show(getTranslation("classes.class.new-code-done"));
        });
        regenerate.setId("regenerate-code");
        Span hint = new Span(getTranslation("classes.class.code-hint"));
        hint.addClassName("muted");
        FlexLayout codeRow = new FlexLayout(new Span(getTranslation("classes.class.code")), joinCode, regenerate);
        codeRow.addClassName("code-row");
        codeCard.add(codeRow, hint);
        add(codeCard, new Anchor("class/" + id + "/gradebook", getTranslation("classes.class.gradebook")));

        add(new H2(getTranslation("classes.class.students")));
        add(addStudentForm(), csvForm());
        // the view is reused when another class opens: its grids start again from no columns
        roster.removeAllColumns();
        assigned.removeAllColumns();
        roster.addColumn(RosterEntry::displayName).setHeader(getTranslation("classes.class.name")).setSortable(true).setFlexGrow(2);
        roster.addColumn(RosterEntry::username).setHeader(getTranslation("classes.class.username")).setSortable(true);
        roster.addColumn(r -> getTranslation(r.joinedByCode() ? "classes.class.joined-by-code" : "classes.class.added-by-staff"))
                .setHeader(getTranslation("classes.class.joined"));
        roster.addColumn(r -> r.joinedAt() == null ? "" : BrowserZone.format(WHEN, r.joinedAt()))
                .setHeader(getTranslation("classes.class.joined-at"));
        roster.addComponentColumn(r -> {
            Button remove = new Button(getTranslation("classes.class.remove"), e -> {
                classes.removeStudent(classId, r.userId());
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("classes.class.remove-who", r.displayName()));
            return remove;
        }).setHeader(getTranslation("classes.class.actions")).setAutoWidth(true).setFlexGrow(0);
        roster.setAllRowsVisible(true);
        invited.addClassName("invitations");
        add(roster, invited);

        add(new H2(getTranslation("classes.class.assigned")));
        add(assignForm(info));
        Map<Long, String> titles = info.courseId() == null ? Map.of()
                : quizzes.quizzesOf(info.courseId()).stream().collect(Collectors.toMap(QuizInfo::id, QuizInfo::title));
        assigned.addColumn(a -> a.quizId() == null ? getTranslation("classes.class.lesson") : quizTitle(titles, a.quizId()))
                .setHeader(getTranslation("classes.class.quiz")).setFlexGrow(3);
        assigned.addColumn(a -> a.dueAt() == null ? getTranslation("classes.class.no-due-date") : BrowserZone.format(WHEN, a.dueAt()))
                .setHeader(getTranslation("classes.class.due"));
        assigned.addComponentColumn(a -> a.quizId() == null ? new Span()
                        : new Anchor("quiz/" + a.quizId() + "/statistics", getTranslation("classes.class.statistics")))
                .setHeader(getTranslation("classes.class.results-column"));
        assigned.addComponentColumn(a -> {
            if (a.quizId() == null) {
                return new Span();
            }
            long quizId = a.quizId();
            String quizTitle = quizTitle(titles, quizId);
            Button open = new Button(getTranslation("classes.class.accommodations"), e ->
                    new AccommodationDialog(accommodations, classId, quizId, quizTitle, classes.roster(classId)).open());
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            open.setAriaLabel(getTranslation("classes.class.accommodations-for", quizTitle));
            return open;
        }).setHeader(getTranslation("classes.class.accommodations-column")).setKey("accommodations").setAutoWidth(true).setFlexGrow(0);
        assigned.setId("assigned-quizzes");
        assigned.setAllRowsVisible(true);
        add(assigned);
        refresh();
    }

    /** A quiz's title, or "Quiz 12" for one the course no longer lists. */
    private String quizTitle(Map<Long, String> titles, long quizId) {
        String title = titles.get(quizId);
        return title != null ? title : getTranslation("classes.class.unknown-quiz", String.valueOf(quizId));
    }

    private FlexLayout addStudentForm() {
        TextField username = new TextField(getTranslation("classes.class.add-username"));
        username.setId("add-username");
        // wide enough for its label in each language (German's is half as long again as English's)
        username.setMinWidth("20em");
        Button add = new Button(getTranslation("classes.class.add"), e -> {
            try {
                AddedStudent added = classes.addStudent(classId, username.getValue());
                username.clear();
                username.setInvalid(false);
                Notification.show(getTranslation(added.invited() ? "classes.class.invited" : "classes.class.added", added.username()));
                refresh();
            } catch (ClassException ex) {
                username.setErrorMessage(Words.of(ex));
                username.setInvalid(true);
            }
        });
        add.setId("add-student");
        FlexLayout row = new FlexLayout(username, add);
        row.addClassName("form-row");
        return row;
    }

    private Div csvForm() {
        // a short label and the how in the helper text: a field's label is one line, cut off on a phone
        TextArea csv = new TextArea(getTranslation("classes.class.csv"));
        csv.setHelperText(getTranslation("classes.class.csv-helper"));
        csv.setWidthFull();
        csv.setId("roster-csv");
        UnorderedList problems = new UnorderedList();
        problems.addClassName("problems");
        Button add = new Button(getTranslation("classes.class.add-all"), e -> {
            problems.removeAll();
            try {
                var added = classes.addStudentsFromCsv(classId, csv.getValue().getBytes(StandardCharsets.UTF_8));
                csv.clear();
                long invitedCount = added.stream().filter(AddedStudent::invited).count();
                Notification.show(invitedCount > 0
                        ? getTranslation("classes.class.csv-invited", invitedCount)
                        : getTranslation("classes.class.csv-added", added.size()));
                refresh();
            } catch (ClassException ex) {
                // all or nothing: nobody was added, and the list stays for the instructor to correct
                if (ex.problems().isEmpty()) {
                    problems.add(new ListItem(Words.of(ex)));
                }
                ex.problems().forEach(p -> problems.add(new ListItem(p.line() > 0
                        ? getTranslation("classes.class.csv-line", p.line(), say(p.reason()))
                        : say(p.reason()))));
            }
        });
        add.setId("add-csv");
        Div box = new Div(csv, add, problems);
        box.addClassName("csv-form");
        box.setWidthFull();
        return box;
    }

    /** One reason of a refused list, in the page's language. */
    private String say(Refusal reason) {
        return getTranslation(reason.wordsKey(), reason.wordsParams());
    }

    private FlexLayout assignForm(ClassInfo info) {
        Select<QuizInfo> quiz = new Select<>();
        quiz.setLabel(getTranslation("classes.class.assign-quiz"));
        quiz.setItems(info.courseId() == null ? java.util.List.of() : quizzes.quizzesOf(info.courseId()));
        quiz.setItemLabelGenerator(QuizInfo::title);
        DateTimePicker due = new DateTimePicker(getTranslation("classes.class.due"));
        due.setDatePickerI18n(BuiltInWords.datePicker());
        Button assign = new Button(getTranslation("classes.class.assign"), e -> {
            if (quiz.getValue() == null) {
                quiz.setErrorMessage(getTranslation("classes.class.choose-quiz"));
                quiz.setInvalid(true);
                return;
            }
            try {
                classes.assignQuiz(classId, quiz.getValue().id(),
                        due.getValue() == null ? null : due.getValue().atZone(BrowserZone.current()).toInstant());
                quiz.setInvalid(false);
                refresh();
            } catch (ClassException ex) {
                quiz.setErrorMessage(Words.of(ex));
                quiz.setInvalid(true);
            }
        });
        FlexLayout row = new FlexLayout(quiz, due, assign);
        row.addClassName("form-row");
        return row;
    }

    private void refresh() {
        roster.setItems(classes.roster(classId));
        assigned.setItems(classes.assignments(classId));
        invited.removeAll();
        var waiting = classes.invitations(classId);
        if (!waiting.isEmpty()) {
            invited.add(new Span(getTranslation("classes.class.invited-waiting", waiting.stream()
                    .map(i -> getTranslation("classes.class.invitation", i.displayName(), i.username(), BrowserZone.format(WHEN, i.invitedAt())))
                    .collect(Collectors.joining(", ")))));
        }
    }

    @Override
    public String getPageTitle() {
        String name = className;
        return name == null ? getTranslation("classes.class.title-none") : getTranslation("classes.class.title", name);
    }
}

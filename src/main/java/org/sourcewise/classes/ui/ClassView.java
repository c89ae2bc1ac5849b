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
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.sourcewise.browser.ui.BrowserZone;
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

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(Locale.UK);

    private final ClassService classes;
    private final QuizService quizzes;
    private final AccommodationService accommodations;
    private final Grid<RosterEntry> roster = new Grid<>();
    private final Div invited = new Div();
    private final Grid<AssignmentInfo> assigned = new Grid<>();
    private final Span joinCode = new Span();
    private long classId;
    private String title = "Class";

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
        title = info.name() + " · Sourcewise";
        add(new Anchor("instructor", "← Teaching"), new H1(info.name()));

        Div codeCard = new Div();
        codeCard.addClassName("card");
        joinCode.setText(info.joinCode());
        joinCode.addClassName("mono");
        joinCode.addClassName("join-code");
        Button regenerate = new Button("New join code", e -> {
            joinCode.setText(classes.regenerateJoinCode(classId));
            Notification.show("The old code no longer works; students who joined stay in the class.");
        });
        regenerate.setId("regenerate-code");
        Span hint = new Span("Students create their account at /register with this code and land in this class.");
        hint.addClassName("muted");
        FlexLayout codeRow = new FlexLayout(new Span("Join code:"), joinCode, regenerate);
        codeRow.addClassName("code-row");
        codeCard.add(codeRow, hint);
        add(codeCard, new Anchor("class/" + id + "/gradebook", "Open the gradebook"));

        add(new H2("Students"));
        add(addStudentForm(), csvForm());
        // the view is reused when another class opens: its grids start again from no columns
        roster.removeAllColumns();
        assigned.removeAllColumns();
        roster.addColumn(RosterEntry::displayName).setHeader("Name").setSortable(true).setFlexGrow(2);
        roster.addColumn(RosterEntry::username).setHeader("Username").setSortable(true);
        roster.addColumn(r -> r.joinedByCode() ? "with the join code" : "added by staff").setHeader("Joined");
        roster.addColumn(r -> r.joinedAt() == null ? "" : BrowserZone.format(WHEN, r.joinedAt())).setHeader("On");
        roster.addComponentColumn(r -> {
            Button remove = new Button("Remove", e -> {
                classes.removeStudent(classId, r.userId());
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Remove " + r.displayName() + " from the class");
            return remove;
        }).setHeader("").setAutoWidth(true).setFlexGrow(0);
        roster.setAllRowsVisible(true);
        invited.addClassName("invitations");
        add(roster, invited);

        add(new H2("Assigned quizzes"));
        add(assignForm(info));
        Map<Long, String> titles = info.courseId() == null ? Map.of()
                : quizzes.quizzesOf(info.courseId()).stream().collect(Collectors.toMap(QuizInfo::id, QuizInfo::title));
        assigned.addColumn(a -> a.quizId() == null ? "Lesson" : titles.getOrDefault(a.quizId(), "Quiz " + a.quizId())).setHeader("Quiz").setFlexGrow(3);
        assigned.addColumn(a -> a.dueAt() == null ? "No due date" : BrowserZone.format(WHEN, a.dueAt())).setHeader("Due");
        assigned.addComponentColumn(a -> a.quizId() == null ? new Span() : new Anchor("quiz/" + a.quizId() + "/statistics", "Statistics"))
                .setHeader("");
        assigned.addComponentColumn(a -> {
            if (a.quizId() == null) {
                return new Span();
            }
            long quizId = a.quizId();
            String quizTitle = titles.getOrDefault(quizId, "Quiz " + quizId);
            Button open = new Button("Accommodations…", e ->
                    new AccommodationDialog(accommodations, classId, quizId, quizTitle, classes.roster(classId)).open());
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            open.setAriaLabel("Accommodations for " + quizTitle);
            return open;
        }).setHeader("").setKey("accommodations").setAutoWidth(true).setFlexGrow(0);
        assigned.setId("assigned-quizzes");
        assigned.setAllRowsVisible(true);
        add(assigned);
        refresh();
    }

    private FlexLayout addStudentForm() {
        TextField username = new TextField("Add a student by username");
        username.setId("add-username");
        Button add = new Button("Add", e -> {
            try {
                AddedStudent added = classes.addStudent(classId, username.getValue());
                username.clear();
                username.setInvalid(false);
                Notification.show(added.invited()
                        ? added.username() + " is invited and joins the class on accepting, on their home page."
                        : added.username() + " is in the class.");
                refresh();
            } catch (ClassException ex) {
                username.setErrorMessage(ex.getMessage());
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
        TextArea csv = new TextArea("Or paste a list");
        csv.setHelperText("One username per line, or a CSV with a username column.");
        csv.setWidthFull();
        csv.setId("roster-csv");
        UnorderedList problems = new UnorderedList();
        problems.addClassName("problems");
        Button add = new Button("Add all", e -> {
            problems.removeAll();
            try {
                var added = classes.addStudentsFromCsv(classId, csv.getValue().getBytes(StandardCharsets.UTF_8));
                csv.clear();
                long invitedCount = added.stream().filter(AddedStudent::invited).count();
                Notification.show(invitedCount > 0
                        ? invitedCount + " students invited: each joins on accepting, on their home page."
                        : added.size() + " students added.");
                refresh();
            } catch (ClassException ex) {
                // all or nothing: nobody was added, and the list stays for the instructor to correct
                if (ex.problems().isEmpty()) {
                    problems.add(new ListItem(ex.getMessage()));
                }
                ex.problems().forEach(p -> problems.add(new ListItem((p.line() > 0 ? "Line " + p.line() + ": " : "") + p.message())));
            }
        });
        add.setId("add-csv");
        Div box = new Div(csv, add, problems);
        box.addClassName("csv-form");
        box.setWidthFull();
        return box;
    }

    private FlexLayout assignForm(ClassInfo info) {
        Select<QuizInfo> quiz = new Select<>();
        quiz.setLabel("Assign a quiz");
        quiz.setItems(info.courseId() == null ? java.util.List.of() : quizzes.quizzesOf(info.courseId()));
        quiz.setItemLabelGenerator(QuizInfo::title);
        DateTimePicker due = new DateTimePicker("Due");
        Button assign = new Button("Assign", e -> {
            if (quiz.getValue() == null) {
                quiz.setErrorMessage("Choose a quiz.");
                quiz.setInvalid(true);
                return;
            }
            try {
                classes.assignQuiz(classId, quiz.getValue().id(),
                        due.getValue() == null ? null : due.getValue().atZone(BrowserZone.current()).toInstant());
                quiz.setInvalid(false);
                refresh();
            } catch (ClassException ex) {
                quiz.setErrorMessage(ex.getMessage());
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
            invited.add(new Span("Invited, not answered yet: " + waiting.stream()
                    .map(i -> i.displayName() + " (" + i.username() + ", " + BrowserZone.format(WHEN, i.invitedAt()) + ")")
                    .collect(Collectors.joining(", "))));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

package org.sourcewise.classes.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.TestUsers;
import org.sourcewise.classes.ClassInfo;
import org.sourcewise.classes.ClassService;
import org.sourcewise.content.CourseService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The class page as its instructor uses it: roster changes land, refused ones say why and keep the input. */
@IntegrationTest
@WithUserDetails("instructor")
class ClassViewTest extends SpringBrowserlessTest {

    @Autowired
    ClassService classes;
    @Autowired
    CourseService courses;
    @Autowired
    TestUsers users;

    private ClassInfo newClass() {
        return classes.createClass("View test class", courses.findCourse("russia-north-korea-2017").orElseThrow().id());
    }

    private Button button(String id) {
        return find(Button.class).all().stream().filter(b -> b.getId().filter(id::equals).isPresent()).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private Grid<Object> roster() {
        return find(Grid.class).all().getFirst();
    }

    @Test
    void a_student_added_by_username_is_invited_and_an_unknown_name_is_refused_at_the_field() {
        ClassInfo created = newClass();
        String student = users.newDemoStudent();
        navigate("class/" + created.id(), ClassView.class);
        assertThat(find(Span.class).all().stream().map(Span::getText)).contains(created.joinCode());

        TextField username = find(TextField.class).all().stream().filter(f -> f.getId().filter("add-username"::equals).isPresent())
                .findFirst().orElseThrow();
        test(username).setValue("nobody-here");
        test(button("add-student")).click();
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).isNotBlank();
        assertThat(username.getValue()).isEqualTo("nobody-here");

        test(username).setValue(student);
        test(button("add-student")).click();
        assertThat(username.isInvalid()).isFalse();
        // an instructor invites; the student joins on accepting, so the roster waits and says who is invited
        assertThat(roster().getGenericDataView().getItems().count()).isZero();
        assertThat(find(Span.class).all().stream().map(Span::getText))
                .anySatisfy(t -> assertThat(t).startsWith("Invited, not answered yet:").contains(student));
    }

    @Test
    void a_pasted_list_with_a_bad_line_adds_nobody_and_names_the_line() {
        ClassInfo created = newClass();
        String good = users.newDemoStudent();
        navigate("class/" + created.id(), ClassView.class);
        TextArea csv = find(TextArea.class).all().getFirst();
        test(csv).setValue(good + "\nno-such-user-xyz\n");
        test(button("add-csv")).click();

        assertThat(roster().getGenericDataView().getItems().count()).isZero();
        assertThat(csv.getValue()).contains("no-such-user-xyz");
        assertThat(find(com.vaadin.flow.component.html.ListItem.class).all()).anySatisfy(li -> assertThat(li.getText()).contains("Line 2"));
    }

    @Test
    void a_new_join_code_replaces_the_old_one() {
        ClassInfo created = newClass();
        navigate("class/" + created.id(), ClassView.class);
        test(button("regenerate-code")).click();
        assertThat(classes.classInfo(created.id()).joinCode()).isNotEqualTo(created.joinCode());
        assertThat(find(Span.class).all().stream().map(Span::getText)).contains(classes.classInfo(created.id()).joinCode());
    }

    @Autowired
    org.sourcewise.quizzes.QuizService quizzes;
    @Autowired
    org.sourcewise.quizzes.AccommodationService accommodations;

    @Test
    @SuppressWarnings("unchecked")
    void an_instructor_grants_a_student_half_as_much_time_again_and_withdraws_it() {
        ClassInfo created = newClass();
        long quizId = quizzes.find(created.courseId(), "checkpoint-1").orElseThrow().id();
        classes.assignQuiz(created.id(), quizId, null);
        String student = users.newDemoStudent();
        users.run("admin", () -> classes.addStudent(created.id(), student));
        navigate("class/" + created.id(), ClassView.class);

        var assigned = (Grid<org.sourcewise.classes.AssignmentInfo>) find(Grid.class).id("assigned-quizzes");
        int row = java.util.stream.IntStream.range(0, test(assigned).size())
                .filter(r -> Long.valueOf(quizId).equals(test(assigned).getRow(r).quizId())).findFirst().orElseThrow();
        test((Button) test(assigned).getCellComponent(row, "accommodations")).click();
        var who = (com.vaadin.flow.component.combobox.MultiSelectComboBox<org.sourcewise.classes.RosterEntry>)
                find(com.vaadin.flow.component.combobox.MultiSelectComboBox.class).id("accommodation-students");
        var percent = find(com.vaadin.flow.component.textfield.IntegerField.class).id("extra-percent");
        test(button("grant-accommodation")).click();
        assertThat(who.isInvalid()).isTrue(); // no student chosen: said at the field, nothing granted

        who.setValue(java.util.Set.of(who.getListDataView().getItems().filter(r -> r.username().equals(student)).findFirst().orElseThrow()));
        test(percent).setValue(50);
        test(button("grant-accommodation")).click();

        assertThat(who.isInvalid()).isFalse();
        assertThat(find(Span.class).all().stream().map(Span::getText)).anyMatch(t -> t.endsWith(": 50% more time"));
        assertThat(accommodations.inClass(created.id(), quizId).values()).singleElement()
                .extracting(org.sourcewise.quizzes.rules.Accommodation::extraTimePercent).isEqualTo(50);

        test(find(Button.class).all().stream().filter(b -> "Withdraw".equals(b.getText())).findFirst().orElseThrow()).click();
        assertThat(accommodations.inClass(created.id(), quizId)).isEmpty();
    }

    @Test
    void the_class_page_speaks_german() {
        ClassInfo created = newClass();
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.GERMAN);
        navigate("class/" + created.id(), ClassView.class);

        var headings = find(com.vaadin.flow.component.html.H2.class).all().stream().map(com.vaadin.flow.component.html.H2::getText).toList();
        assertThat(headings).contains("Studierende", "Zugewiesene Quizze").doesNotContain("Students", "Assigned quizzes");
        assertThat(button("regenerate-code").getText()).isEqualTo("Neuer Beitrittscode");
        assertThat(button("add-csv").getText()).isEqualTo("Alle hinzufügen");

        // a refusal of the service is said in German too, with the name typed
        TextField username = find(TextField.class).all().stream().filter(f -> f.getId().filter("add-username"::equals).isPresent())
                .findFirst().orElseThrow();
        assertThat(username.getLabel()).isEqualTo("Studierende per Benutzername hinzufügen");
        test(username).setValue("nobody-here");
        test(button("add-student")).click();
        assertThat(username.getErrorMessage()).isEqualTo("es gibt keine Person mit dem Benutzernamen „nobody-here“");

        TextArea csv = find(TextArea.class).all().getFirst();
        test(csv).setValue("nobody-here\n");
        test(button("add-csv")).click();
        assertThat(find(com.vaadin.flow.component.html.ListItem.class).all())
                .anySatisfy(li -> assertThat(li.getText()).startsWith("Zeile 1: es gibt keine Person"));
    }
}

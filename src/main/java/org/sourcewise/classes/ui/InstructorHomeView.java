package org.sourcewise.classes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sourcewise.accounts.CurrentUser;
import org.sourcewise.classes.ClassException;
import org.sourcewise.classes.ClassInfo;
import org.sourcewise.classes.ClassService;
import org.sourcewise.content.CourseInfo;
import org.sourcewise.content.CourseService;

/** The instructor's home: the classes they teach (with join codes and gradebooks), a new class, the banks. */
@Route("instructor")
@PageTitle("Teaching · Sourcewise")
@RolesAllowed("INSTRUCTOR")
class InstructorHomeView extends VerticalLayout {

    InstructorHomeView(ClassService classes, CourseService courses, CurrentUser currentUser) {
        addClassName("page");
        add(new H1("Welcome, " + currentUser.require().displayName()));
        add(new H2("My classes"));
        var mine = classes.teachingClasses();
        if (mine.isEmpty()) {
            add(new Paragraph("You teach no class yet. Create one below."));
        } else {
            Grid<ClassInfo> grid = new Grid<>();
            grid.addComponentColumn(c -> new Anchor("class/" + c.id(), c.name())).setHeader("Class").setFlexGrow(3);
            grid.addColumn(ClassInfo::studentCount).setHeader("Students");
            grid.addColumn(ClassInfo::joinCode).setHeader("Join code");
            grid.addComponentColumn(c -> new Anchor("class/" + c.id() + "/gradebook", "Gradebook")).setHeader("Results");
            grid.setItems(mine);
            grid.setAllRowsVisible(true);
            add(grid);
        }

        TextField name = new TextField("New class");
        name.setPlaceholder("e.g. Politics 2B, spring term");
        Select<CourseInfo> course = new Select<>();
        course.setLabel("Course");
        course.setItems(courses.listCourses());
        course.setItemLabelGenerator(CourseInfo::title);
        Button create = new Button("Create class", e -> {
            if (course.getValue() == null) {
                course.setErrorMessage("Choose the course the class will study.");
                course.setInvalid(true);
                return;
            }
            try {
                ClassInfo created = classes.createClass(name.getValue(), course.getValue().id());
                getUI().ifPresent(ui -> ui.navigate("class/" + created.id()));
            } catch (ClassException ex) {
                name.setErrorMessage(ex.getMessage());
                name.setInvalid(true);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout form = new FlexLayout(name, course, create);
        form.addClassName("form-row");
        add(form);

        add(new H2("Question banks"));
        add(new Anchor("courses", "Courses and their question banks: browse, filter, preview and import questions"));
    }
}

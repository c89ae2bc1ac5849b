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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import org.sourcewise.accounts.CurrentUser;
import org.sourcewise.browser.ui.Words;
import org.sourcewise.classes.ClassException;
import org.sourcewise.classes.ClassInfo;
import org.sourcewise.classes.ClassService;
import org.sourcewise.content.CourseInfo;
import org.sourcewise.content.CourseService;

/** The instructor's home: the classes they teach (with join codes and gradebooks), a new class, the banks. */
@Route("instructor")
@RolesAllowed("INSTRUCTOR")
class InstructorHomeView extends VerticalLayout implements HasDynamicTitle {

    InstructorHomeView(ClassService classes, CourseService courses, CurrentUser currentUser) {
        addClassName("page");
        add(new H1(getTranslation("classes.home.welcome", currentUser.require().displayName())));
        add(new H2(getTranslation("classes.home.my-classes")));
        var mine = classes.teachingClasses();
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("classes.home.no-class")));
        } else {
            Grid<ClassInfo> grid = new Grid<>();
            grid.addComponentColumn(c -> new Anchor("class/" + c.id(), c.name())).setHeader(getTranslation("classes.home.class")).setFlexGrow(3);
            grid.addColumn(c -> NumberFormat.getIntegerInstance(getLocale()).format(c.studentCount()))
                    .setHeader(getTranslation("classes.home.students"));
            grid.addColumn(ClassInfo::joinCode).setHeader(getTranslation("classes.home.join-code"));
            grid.addComponentColumn(c -> new Anchor("class/" + c.id() + "/gradebook", getTranslation("classes.home.gradebook")))
                    .setHeader(getTranslation("classes.home.results"));
            grid.setItems(mine);
            grid.setAllRowsVisible(true);
            add(grid);
        }

        TextField name = new TextField(getTranslation("classes.home.new-class"));
        name.setPlaceholder(getTranslation("classes.home.new-class-example"));
        Select<CourseInfo> course = new Select<>();
        course.setLabel(getTranslation("classes.home.course"));
        course.setItems(courses.listCourses());
        course.setItemLabelGenerator(CourseInfo::title);
        Button create = new Button(getTranslation("classes.home.create"), e -> {
            if (course.getValue() == null) {
                course.setErrorMessage(getTranslation("classes.home.choose-course"));
                course.setInvalid(true);
                return;
            }
            try {
                ClassInfo created = classes.createClass(name.getValue(), course.getValue().id());
                getUI().ifPresent(ui -> ui.navigate("class/" + created.id()));
            } catch (ClassException ex) {
                name.setErrorMessage(Words.of(ex));
                name.setInvalid(true);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout form = new FlexLayout(name, course, create);
        form.addClassName("form-row");
        add(form);

        add(new H2(getTranslation("classes.home.banks")));
        add(new Anchor("courses", getTranslation("classes.home.banks-link")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("classes.home.title");
    }
}

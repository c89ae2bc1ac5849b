package org.sourcewise.classes.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sourcewise.accounts.CurrentUser;
import org.sourcewise.classes.ClassInfo;
import org.sourcewise.classes.ClassService;

/** The instructor's home: the classes they teach, with join codes and gradebooks, and the question banks. */
@Route("instructor")
@PageTitle("Teaching · Sourcewise")
@RolesAllowed("INSTRUCTOR")
class InstructorHomeView extends VerticalLayout {

    InstructorHomeView(ClassService classes, CurrentUser currentUser) {
        addClassName("page");
        add(new H1("Welcome, " + currentUser.require().displayName()));
        add(new H2("My classes"));
        var mine = classes.teachingClasses();
        if (mine.isEmpty()) {
            add(new Paragraph("You teach no class yet."));
        } else {
            Grid<ClassInfo> grid = new Grid<>();
            grid.addColumn(ClassInfo::name).setHeader("Class").setFlexGrow(3);
            grid.addColumn(ClassInfo::studentCount).setHeader("Students");
            grid.addColumn(ClassInfo::joinCode).setHeader("Join code");
            grid.addComponentColumn(c -> new Anchor("class/" + c.id() + "/gradebook", "Gradebook")).setHeader("Results");
            grid.setItems(mine);
            grid.setAllRowsVisible(true);
            add(grid);
        }
        add(new H2("Question banks"));
        add(new Anchor("courses", "Courses and their question banks: browse, filter, preview and import questions"));
    }
}

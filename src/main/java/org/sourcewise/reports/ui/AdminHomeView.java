package org.sourcewise.reports.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sourcewise.classes.ClassInfo;
import org.sourcewise.classes.ClassService;
import org.sourcewise.content.CourseImportReport;
import org.sourcewise.content.CourseInfo;
import org.sourcewise.content.CourseService;
import org.sourcewise.reports.ClassOverview;
import org.sourcewise.reports.ClassOverviewService;

/**
 * The admin console: links to users and the audit log; courses (with what the last import did);
 * classes with their size, instructors, average grade and gradebook. Users have their own page,
 * which searches rather than lists thousands.
 */
@Route("admin")
@PageTitle("Admin console · Sourcewise")
@RolesAllowed("ADMIN")
class AdminHomeView extends VerticalLayout {

    AdminHomeView(CourseService courses, CourseImportReport importReport, ClassService classes,
                  ClassOverviewService overviews, org.sourcewise.operations.BackupService backups) {
        addClassName("page");
        add(new H1("Admin console"));
        Anchor usersLink = new Anchor("admin/users", "Users: create, deactivate, reset passwords, change roles, import CSV");
        Anchor auditLink = new Anchor("admin/audit", "Audit log: logins, failed logins, account changes, grades");
        Div links = new Div(usersLink, auditLink);
        links.addClassNames("card", "admin-links");
        add(links, new BackupCard(backups));

        add(new H2("Courses"));
        Grid<CourseInfo> courseGrid = new Grid<>();
        courseGrid.addColumn(CourseInfo::title).setHeader("Course").setFlexGrow(3);
        courseGrid.addColumn(CourseInfo::slug).setHeader("Slug").setFlexGrow(2);
        courseGrid.addColumn(CourseInfo::claimCount).setHeader("Claims");
        courseGrid.addColumn(c -> importReport.entries().stream().filter(e -> e.slug().equals(c.slug())).findFirst()
                .map(e -> e.outcome() == CourseImportReport.Outcome.CHANGED
                        ? "Changed since import, not merged: " + String.join(", ", e.changedFiles())
                        : e.outcome().name().toLowerCase())
                .orElse("")).setHeader("Last start-up").setFlexGrow(3);
        courseGrid.setItems(courses.listCourses());
        courseGrid.setAllRowsVisible(true);
        add(courseGrid);

        add(new H2("Classes"));
        Grid<ClassInfo> classGrid = new Grid<>();
        classGrid.addClassName("classes-grid");
        classGrid.addColumn(ClassInfo::name).setHeader("Class").setFlexGrow(3).setSortable(true);
        classGrid.addColumn(ClassInfo::studentCount).setHeader("Students").setSortable(true);
        classGrid.addColumn(ClassInfo::joinCode).setHeader("Join code");
        // instructors and average grade are worked out for the rows on screen only, once each
        Map<Long, Optional<ClassOverview>> overview = new HashMap<>();
        classGrid.addColumn(c -> overview.computeIfAbsent(c.id(), overviews::overview)
                        .map(o -> String.join(", ", o.instructors())).orElse(""))
                .setHeader("Instructor").setFlexGrow(2);
        classGrid.addColumn(c -> overview.computeIfAbsent(c.id(), overviews::overview)
                        .map(o -> o.averageGradePercent() == null ? "–" : Math.round(o.averageGradePercent()) + "%").orElse(""))
                .setHeader("Average grade");
        classGrid.addComponentColumn(c -> new Anchor("class/" + c.id() + "/gradebook", "Gradebook")).setHeader("Results");
        // one query for the classes and one for their sizes, however many classes there are
        List<ClassInfo> all = classes.teachingClasses();
        classGrid.setItems(all);
        if (all.size() <= 20) {
            classGrid.setAllRowsVisible(true);
        } else {
            classGrid.setHeight("30rem");
        }
        add(classGrid);
    }
}

package org.sourcewise.reports.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
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
@RolesAllowed("ADMIN")
class AdminHomeView extends VerticalLayout implements HasDynamicTitle {

    AdminHomeView(CourseService courses, CourseImportReport importReport, ClassService classes,
                  ClassOverviewService overviews, org.sourcewise.operations.BackupService backups) {
        addClassName("page");
        add(new H1(getTranslation("reports.admin.heading")));
        Anchor usersLink = new Anchor("admin/users", getTranslation("reports.admin.users-link"));
        Anchor auditLink = new Anchor("admin/audit", getTranslation("reports.admin.audit-link"));
        Div links = new Div(usersLink, auditLink);
        links.addClassNames("card", "admin-links");
        add(links, new BackupCard(backups));

        add(new H2(getTranslation("reports.admin.courses")));
        Grid<CourseInfo> courseGrid = new Grid<>();
        courseGrid.addColumn(CourseInfo::title).setHeader(getTranslation("reports.admin.course")).setFlexGrow(3);
        courseGrid.addColumn(CourseInfo::slug).setHeader(getTranslation("reports.admin.slug")).setFlexGrow(2);
        courseGrid.addColumn(CourseInfo::claimCount).setHeader(getTranslation("reports.admin.claims"));
        courseGrid.addColumn(c -> importReport.entries().stream().filter(e -> e.slug().equals(c.slug())).findFirst()
                .map(this::lastStartUp).orElse("")).setHeader(getTranslation("reports.admin.last-start-up")).setFlexGrow(3);
        courseGrid.setItems(courses.listCourses());
        courseGrid.setAllRowsVisible(true);
        add(courseGrid);

        add(new H2(getTranslation("reports.admin.classes")));
        Grid<ClassInfo> classGrid = new Grid<>();
        classGrid.addClassName("classes-grid");
        classGrid.addColumn(ClassInfo::name).setHeader(getTranslation("reports.admin.class")).setFlexGrow(3).setSortable(true);
        classGrid.addColumn(ClassInfo::studentCount).setHeader(getTranslation("reports.admin.students")).setSortable(true);
        classGrid.addColumn(ClassInfo::joinCode).setHeader(getTranslation("reports.admin.join-code"));
        // instructors and average grade are worked out for the rows on screen only, once each
        Map<Long, Optional<ClassOverview>> overview = new HashMap<>();
        classGrid.addColumn(c -> overview.computeIfAbsent(c.id(), overviews::overview)
                        .map(o -> String.join(", ", o.instructors())).orElse(""))
                .setHeader(getTranslation("reports.admin.instructor")).setFlexGrow(2);
        classGrid.addColumn(c -> overview.computeIfAbsent(c.id(), overviews::overview)
                        .map(o -> o.averageGradePercent() == null ? "–"
                                : getTranslation("reports.percent-whole", Math.round(o.averageGradePercent()))).orElse(""))
                .setHeader(getTranslation("reports.admin.average-grade"));
        classGrid.addComponentColumn(c -> new Anchor("class/" + c.id() + "/gradebook", getTranslation("reports.admin.gradebook")))
                .setHeader(getTranslation("reports.admin.results"));
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

    /** What the last start-up did with a course's files. */
    private String lastStartUp(CourseImportReport.Entry entry) {
        return switch (entry.outcome()) {
            case IMPORTED -> getTranslation("reports.admin.import.imported");
            case UNCHANGED -> getTranslation("reports.admin.import.unchanged");
            case CHANGED -> getTranslation("reports.admin.import.changed", String.join(", ", entry.changedFiles()));
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.admin.title");
    }
}

package org.sourcewise.questions.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.sourcewise.content.ClaimInfo;
import org.sourcewise.content.CourseInfo;
import org.sourcewise.content.CourseService;
import org.sourcewise.questions.Difficulty;
import org.sourcewise.questions.QuestionBankService;
import org.sourcewise.questions.QuestionSpec;
import org.sourcewise.questions.QuestionStatus;
import org.sourcewise.questions.QuestionType;

/** A course's question bank: filter by type, status, difficulty, claim and tag; select one to preview it. */
@Route("course/:slug/bank")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
@StyleSheet("styles/authoring.css")
class BankView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseService courses;
    private final QuestionBankService bank;

    private final Grid<QuestionSpec> grid = new Grid<>();
    private final Select<QuestionType> type = new Select<>();
    private final Select<QuestionStatus> status = new Select<>();
    private final Select<Difficulty> difficulty = new Select<>();
    private final ComboBox<ClaimInfo> claim = new ComboBox<>("Claim");
    private final TextField tag = new TextField("Tag");
    private final Span shown = new Span();
    private final Div preview = new Div();
    private List<QuestionSpec> all = List.of();
    private String title = "Question bank · Sourcewise";

    BankView(CourseService courses, QuestionBankService bank) {
        this.courses = courses;
        this.bank = bank;
        addClassNames("page", "page-wide");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        var found = courses.findCourse(slug);
        if (found.isEmpty()) {
            removeAll();
            add(new RouterLink("← Courses", CoursesView.class), new H1("No such course"),
                    new Paragraph("There is no course '" + slug + "'."));
            return;
        }
        show(found.get());
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(CourseInfo course) {
        removeAll();
        title = "Question bank: " + course.title() + " · Sourcewise";
        all = bank.export(course.id());
        List<ClaimInfo> claims = courses.claims(course.id());

        Button importButton = new Button("Import questions", VaadinIcon.UPLOAD.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(ImportView.class, new RouteParameters("slug", course.slug()))));
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setId("import-questions");
        Div head = new Div(new H1("Question bank"), importButton);
        head.addClassName("card-top");
        Span courseTitle = new Span(course.title());
        courseTitle.addClassName("muted");
        add(new RouterLink("← Courses", CoursesView.class), head, courseTitle);

        type.setLabel("Type");
        type.setItems(QuestionType.values());
        type.setItemLabelGenerator(t -> t == null ? "Any" : words(t.name()));
        status.setLabel("Status");
        status.setItems(QuestionStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any" : words(s.name()));
        difficulty.setLabel("Difficulty");
        difficulty.setItems(Difficulty.values());
        difficulty.setItemLabelGenerator(d -> d == null ? "Any" : words(d.name()));
        for (Select<?> select : List.of(type, status, difficulty)) {
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption("Any");
            select.addValueChangeListener(e -> filter());
        }
        claim.setItems(claims);
        claim.setItemLabelGenerator(c -> c.key() + " · " + c.statement());
        claim.setPlaceholder("Any");
        claim.setClearButtonVisible(true);
        claim.addValueChangeListener(e -> filter());
        tag.setId("bank-tag");
        tag.setPlaceholder("Any");
        tag.setClearButtonVisible(true);
        tag.setValueChangeMode(ValueChangeMode.LAZY);
        tag.addValueChangeListener(e -> filter());
        Div filters = new Div(type, status, difficulty, claim, tag);
        filters.addClassName("filters");
        add(filters);

        grid.removeAllColumns();
        grid.addColumn(QuestionSpec::key).setHeader("Key").setAutoWidth(true).setSortable(true);
        grid.addColumn(s -> words(s.type().name())).setHeader("Type").setAutoWidth(true).setSortable(true);
        grid.addColumn(s -> words(s.status().name())).setHeader("Status").setAutoWidth(true).setSortable(true);
        grid.addColumn(s -> words(s.difficulty().name())).setHeader("Difficulty").setAutoWidth(true).setSortable(true);
        grid.addColumn(s -> String.join(", ", s.claimKeys())).setHeader("Claims").setAutoWidth(true);
        grid.addColumn(QuestionSpec::category).setHeader("Category").setWidth("7rem").setFlexGrow(0).setSortable(true);
        grid.addColumn(s -> String.join(", ", s.tags())).setHeader("Tags").setWidth("8rem").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setId("bank-grid");
        grid.setHeight("32rem");
        grid.asSingleSelect().addValueChangeListener(e -> preview(e.getValue()));

        preview.removeAll();
        preview.addClassName("bank-preview");
        preview(null);
        shown.addClassName("muted");
        Div gridColumn = new Div(shown, grid);
        gridColumn.addClassName("bank-grid-column");
        Div layout = new Div(gridColumn, preview);
        layout.addClassName("bank-layout");
        add(layout);
        filter();
    }

    private void filter() {
        String tagText = tag.getValue() == null ? "" : tag.getValue().strip().toLowerCase(Locale.ROOT);
        List<QuestionSpec> visible = all.stream()
                .filter(s -> type.getValue() == null || s.type() == type.getValue())
                .filter(s -> status.getValue() == null || s.status() == status.getValue())
                .filter(s -> difficulty.getValue() == null || s.difficulty() == difficulty.getValue())
                .filter(s -> claim.getValue() == null || s.claimKeys().contains(claim.getValue().key()))
                .filter(s -> tagText.isEmpty() || s.tags().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(tagText)))
                .toList();
        grid.setItems(visible);
        shown.setText(visible.size() == all.size() ? all.size() + " questions"
                : visible.size() + " of " + all.size() + " questions");
    }

    private void preview(QuestionSpec spec) {
        preview.removeAll();
        if (spec == null) {
            Paragraph hint = new Paragraph(all.isEmpty() ? "The bank is empty. Import questions to fill it."
                    : "Select a question to see it as a student would, with its answer key and explanation.");
            hint.addClassName("muted");
            preview.add(hint);
        } else {
            preview.add(new QuestionPreview(spec));
        }
    }

    static String words(String enumName) {
        String lower = enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}

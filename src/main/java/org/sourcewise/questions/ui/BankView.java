package org.sourcewise.questions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
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
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.sourcewise.content.ClaimInfo;
import org.sourcewise.content.CourseInfo;
import org.sourcewise.content.CourseService;
import org.sourcewise.questions.Difficulty;
import org.sourcewise.questions.EditableQuestion;
import org.sourcewise.questions.InvalidQuestionException;
import org.sourcewise.questions.QuestionChangedException;
import org.sourcewise.questions.QuestionEditingService;
import org.sourcewise.questions.QuestionStatus;
import org.sourcewise.questions.QuestionType;

/**
 * A course's question bank: filter by type, status, difficulty, claim, category and tag; select one to
 * preview it; create, edit, duplicate, publish, archive and restore questions.
 *
 * <p>Query parameters (claim mastery links here): {@code ?claim=c05} (a claim's key or id) starts with
 * the claim filter set, shown above the grid as an active filter with a button that clears it;
 * {@code &question=q-l1-01} selects that question and previews it. The URL follows the claim filter.
 */
@Route("course/:slug/bank")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
@StyleSheet("styles/authoring.css")
@StyleSheet("styles/question-editor.css")
class BankView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseService courses;
    private final QuestionEditingService editing;

    private final Grid<EditableQuestion> grid = new Grid<>();
    private final Select<QuestionType> type = new Select<>();
    private final Select<QuestionStatus> status = new Select<>();
    private final Select<Difficulty> difficulty = new Select<>();
    private final ComboBox<ClaimInfo> claim = new ComboBox<>("Claim");
    private final TextField tag = new TextField("Tag");
    private final Select<String> category = new Select<>();
    private final Span shown = new Span();
    private final Div activeClaim = new Div();
    private final Div preview = new Div();
    private List<EditableQuestion> all = List.of();
    private CourseInfo course;
    private String title = "Question bank · Sourcewise";

    // course is set by show(), which beforeEnter calls before the page has anything that reads it
    @SuppressWarnings("NullAway.Init")
    BankView(CourseService courses, QuestionEditingService editing) {
        this.courses = courses;
        this.editing = editing;
        addClassNames("page", "page-wide");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        QueryParameters query = event.getLocation().getQueryParameters();
        var found = courses.findCourse(slug);
        if (found.isEmpty()) {
            removeAll();
            add(new RouterLink("← Courses", CoursesView.class), new H1("No such course"),
                    new Paragraph("There is no course '" + slug + "'."));
            return;
        }
        show(found.get());
        query.getSingleParameter("claim").filter(k -> !k.isBlank()).ifPresent(this::filterByClaim);
        query.getSingleParameter("question").ifPresent(key -> all.stream().filter(q -> key.equals(q.spec().key())).findFirst()
                .ifPresent(grid::select));
    }

    /** Sets the claim filter from a URL: the claim's key, or its id; an unknown one says so and shows all. */
    private void filterByClaim(String keyOrId) {
        String wanted = keyOrId.strip();
        courses.claims(course.id()).stream()
                .filter(c -> c.key().equalsIgnoreCase(wanted) || Long.toString(c.id()).equals(wanted))
                .findFirst()
                .ifPresentOrElse(claim::setValue, () -> {
                    Notification n = Notification.show("This course has no claim '" + wanted + "'; showing every question.",
                            5000, Notification.Position.MIDDLE);
                    n.addThemeVariants(NotificationVariant.LUMO_WARNING);
                });
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(CourseInfo course) {
        removeAll();
        this.course = course;
        title = "Question bank: " + course.title() + " · Sourcewise";
        all = editing.list(course.id());
        List<ClaimInfo> claims = courses.claims(course.id());

        Button importButton = new Button("Import questions", VaadinIcon.UPLOAD.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(ImportView.class, new RouteParameters("slug", course.slug()))));
        importButton.setId("import-questions");
        Button newButton = new Button("New question", VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(QuestionEditorView.class, new RouteParameters("slug", course.slug()))));
        newButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newButton.setId("new-question");
        Div headButtons = new Div(newButton, importButton);
        headButtons.addClassName("button-row");
        Div head = new Div(new H1("Question bank"), headButtons);
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
        category.setLabel("Category");
        category.setId("bank-category");
        category.setItemLabelGenerator(c -> c == null ? "Any" : c);
        category.setItems(all.stream().map(q -> q.spec().category()).filter(c -> c != null && !c.isBlank()).distinct()
                .sorted(String.CASE_INSENSITIVE_ORDER).toList());
        for (Select<?> select : List.of(type, status, difficulty, category)) {
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption("Any");
            select.addValueChangeListener(e -> filter());
        }
        claim.setItems(claims);
        claim.setItemLabelGenerator(c -> c.key() + " · " + c.statement());
        claim.setPlaceholder("Any");
        claim.setClearButtonVisible(true);
        claim.setId("bank-claim");
        claim.addValueChangeListener(e -> {
            filter();
            if (e.isFromClient() || e.getOldValue() != null) {
                followInUrl(e.getValue());
            }
        });
        tag.setId("bank-tag");
        tag.setPlaceholder("Any");
        tag.setClearButtonVisible(true);
        tag.setValueChangeMode(ValueChangeMode.LAZY);
        tag.addValueChangeListener(e -> filter());
        Div filters = new Div(type, status, difficulty, claim, category, tag);
        filters.addClassName("filters");
        add(filters);

        grid.removeAllColumns();
        grid.addColumn(q -> q.spec().key()).setHeader("Key").setAutoWidth(true).setSortable(true);
        grid.addColumn(q -> words(q.spec().type().name())).setHeader("Type").setAutoWidth(true).setSortable(true);
        grid.addColumn(q -> words(q.spec().status().name())).setHeader("Status").setAutoWidth(true).setSortable(true);
        grid.addColumn(q -> words(q.spec().difficulty().name())).setHeader("Difficulty").setAutoWidth(true).setSortable(true);
        grid.addColumn(q -> String.join(", ", q.spec().claimKeys())).setHeader("Claims").setAutoWidth(true);
        grid.addColumn(q -> q.spec().category()).setHeader("Category").setWidth("7rem").setFlexGrow(0).setSortable(true);
        grid.addColumn(q -> String.join(", ", q.spec().tags())).setHeader("Tags").setWidth("8rem").setFlexGrow(1);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader("Actions").setWidth("8rem").setFlexGrow(0).setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setId("bank-grid");
        grid.setHeight("32rem");
        grid.asSingleSelect().addValueChangeListener(e -> preview(e.getValue()));

        preview.removeAll();
        preview.addClassName("bank-preview");
        preview(null);
        shown.addClassName("muted");
        activeClaim.setId("active-claim-filter");
        activeClaim.addClassName("active-filter");
        Div gridColumn = new Div(activeClaim, shown, grid);
        gridColumn.addClassName("bank-grid-column");
        Div layout = new Div(gridColumn, preview);
        layout.addClassName("bank-layout");
        add(layout);
        filter();
    }

    private void filter() {
        String tagText = tag.getValue() == null ? "" : tag.getValue().strip().toLowerCase(Locale.ROOT);
        List<EditableQuestion> visible = all.stream()
                .filter(q -> type.getValue() == null || q.spec().type() == type.getValue())
                .filter(q -> status.getValue() == null || q.spec().status() == status.getValue())
                .filter(q -> difficulty.getValue() == null || q.spec().difficulty() == difficulty.getValue())
                .filter(q -> claim.getValue() == null || q.spec().claimKeys().contains(claim.getValue().key()))
                .filter(q -> category.getValue() == null || category.getValue().equals(q.spec().category()))
                .filter(q -> tagText.isEmpty() || q.spec().tags().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(tagText)))
                .toList();
        grid.setItems(visible);
        showActiveClaim();
        shown.setText(visible.size() == all.size() ? all.size() + " questions"
                : visible.size() + " of " + all.size() + " questions");
    }

    /** The claim filter as a chip above the grid, with the claim's statement and a button that clears it. */
    private void showActiveClaim() {
        activeClaim.removeAll();
        ClaimInfo c = claim.getValue();
        activeClaim.setVisible(c != null);
        if (c == null) {
            return;
        }
        Span label = new Span("Claim " + c.key() + ": ");
        label.addClassName("active-filter-label");
        Span statement = new Span(c.statement());
        Button clear = new Button("Show all questions", VaadinIcon.CLOSE_SMALL.create(), e -> claim.clear());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        clear.setId("clear-claim-filter");
        clear.setAriaLabel("Clear the claim filter: show all questions");
        Span text = new Span(label, statement);
        text.addClassName("active-filter-text");
        activeClaim.add(text, clear);
    }

    /** Keeps the address in step with the claim filter, so it can be bookmarked or shared. */
    private void followInUrl(ClaimInfo value) {
        String path = "course/" + course.slug() + "/bank";
        QueryParameters query = value == null ? QueryParameters.empty() : QueryParameters.of("claim", value.key());
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location(path, query)));
    }

    private void preview(@Nullable EditableQuestion question) {
        preview.removeAll();
        if (question == null) {
            Paragraph hint = new Paragraph(all.isEmpty() ? "The bank is empty. Add a new question or import some."
                    : "Select a question to see it as a student would, with its answer key and explanation.");
            hint.addClassName("muted");
            preview.add(hint);
        } else {
            preview.add(new QuestionPreview(question.spec()));
        }
    }

    /** Edit, duplicate, and publish/archive/restore, as icon buttons with names for screen readers and tooltips. */
    private Component actions(EditableQuestion q) {
        String k = q.spec().key();
        Button edit = iconButton(VaadinIcon.EDIT, "Edit " + k, "edit-" + k,
                () -> getUI().ifPresent(ui -> ui.navigate("course/" + course.slug() + "/bank/" + q.id() + "/edit")));
        Button copy = iconButton(VaadinIcon.COPY_O, "Duplicate " + k, "duplicate-" + k, () -> {
            EditableQuestion created = editing.duplicate(q.id());
            Notification.show("Duplicated as " + created.spec().key() + " (a draft).", 3000, Notification.Position.BOTTOM_START);
            reload(created.id());
        });
        Div box = new Div(edit, copy);
        box.addClassName("row-buttons");
        switch (q.spec().status()) {
            case DRAFT -> box.add(iconButton(VaadinIcon.CHECK_CIRCLE_O, "Publish " + k, "publish-" + k,
                    () -> changeStatus(q, QuestionStatus.PUBLISHED)));
            case PUBLISHED -> box.add(iconButton(VaadinIcon.ARCHIVE, "Archive " + k, "archive-" + k,
                    () -> changeStatus(q, QuestionStatus.ARCHIVED)));
            case ARCHIVED -> box.add(iconButton(VaadinIcon.ARROW_BACKWARD, "Restore " + k + " as a draft", "restore-" + k,
                    () -> changeStatus(q, QuestionStatus.DRAFT)));
        }
        return box;
    }

    private void changeStatus(EditableQuestion q, QuestionStatus to) {
        try {
            editing.changeStatus(q.id(), to);
            Notification.show(q.spec().key() + (to == QuestionStatus.PUBLISHED ? " is published: quizzes may draw it now."
                    : to == QuestionStatus.ARCHIVED ? " is archived: no quiz draws it; past attempts still show it."
                    : " is a draft again."), 3500, Notification.Position.BOTTOM_START);
        } catch (InvalidQuestionException e) {
            Notification n = Notification.show(q.spec().key() + " cannot be published yet: " + String.join(" ",
                    e.problems().stream().map(org.sourcewise.questions.FieldProblem::message).toList())
                    + " Edit it to fix this.", 6000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (QuestionChangedException e) {
            Notification.show(QuestionChangedException.MESSAGE, 4000, Notification.Position.MIDDLE);
        }
        reload(q.id());
    }

    /** Loads the bank again, keeping the filters, and selects {@code selectId}. */
    private void reload(long selectId) {
        all = editing.list(course.id());
        filter();
        all.stream().filter(e -> e.id() == selectId).findFirst().ifPresent(grid::select);
    }

    private static Button iconButton(VaadinIcon icon, String label, String id, Runnable action) {
        Button b = new Button(icon.create(), e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        b.setAriaLabel(label);
        b.setTooltipText(label);
        b.setId(id);
        return b;
    }

    static String words(String enumName) {
        String lower = enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}

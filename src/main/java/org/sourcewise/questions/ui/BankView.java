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
import org.sourcewise.browser.ui.Words;
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
    private final ComboBox<ClaimInfo> claim = new ComboBox<>();
    private final TextField tag = new TextField();
    private final Select<String> category = new Select<>();
    private final Span shown = new Span();
    private final Div activeClaim = new Div();
    private final Div preview = new Div();
    private List<EditableQuestion> all = List.of();
    private CourseInfo course;
    private @Nullable String title;

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
            add(new RouterLink(getTranslation("questions.back-to-courses"), CoursesView.class),
                    new H1(getTranslation("questions.bank.no-course")), new Paragraph(getTranslation("questions.bank.no-course-text", slug)));
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
                    Notification n = Notification.show(getTranslation("questions.bank.unknown-claim", wanted),
                            5000, Notification.Position.MIDDLE);
                    n.addThemeVariants(NotificationVariant.LUMO_WARNING);
                });
    }

    @Override
    public String getPageTitle() {
        return title != null ? title : getTranslation("questions.bank.title");
    }

    private void show(CourseInfo course) {
        removeAll();
        this.course = course;
        title = getTranslation("questions.bank.title-of", course.title());
        all = editing.list(course.id());
        List<ClaimInfo> claims = courses.claims(course.id());

        Button importButton = new Button(getTranslation("questions.bank.import"), VaadinIcon.UPLOAD.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(ImportView.class, new RouteParameters("slug", course.slug()))));
        importButton.setId("import-questions");
        Button newButton = new Button(getTranslation("questions.bank.new"), VaadinIcon.PLUS.create(),
                e -> getUI().ifPresent(ui -> ui.navigate(QuestionEditorView.class, new RouteParameters("slug", course.slug()))));
        newButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newButton.setId("new-question");
        Div headButtons = new Div(newButton, importButton);
        headButtons.addClassName("button-row");
        Div head = new Div(new H1(getTranslation("questions.bank.heading")), headButtons);
        head.addClassName("card-top");
        Span courseTitle = new Span(course.title());
        courseTitle.addClassName("muted");
        add(new RouterLink(getTranslation("questions.back-to-courses"), CoursesView.class), head, courseTitle);

        String any = getTranslation("questions.bank.any");
        type.setLabel(getTranslation("questions.field.type"));
        type.setItems(QuestionType.values());
        type.setItemLabelGenerator(t -> t == null ? any : QuestionWords.type(t));
        status.setLabel(getTranslation("questions.field.status"));
        status.setItems(QuestionStatus.values());
        status.setItemLabelGenerator(s -> s == null ? any : QuestionWords.status(s));
        difficulty.setLabel(getTranslation("questions.field.difficulty"));
        difficulty.setItems(Difficulty.values());
        difficulty.setItemLabelGenerator(d -> d == null ? any : QuestionWords.difficulty(d));
        category.setLabel(getTranslation("questions.field.category"));
        category.setId("bank-category");
        category.setItemLabelGenerator(c -> c == null ? any : c);
        category.setItems(all.stream().map(q -> q.spec().category()).filter(c -> c != null && !c.isBlank()).distinct()
                .sorted(String.CASE_INSENSITIVE_ORDER).toList());
        for (Select<?> select : List.of(type, status, difficulty, category)) {
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(any);
            select.addValueChangeListener(e -> filter());
        }
        claim.setLabel(getTranslation("questions.bank.claim"));
        claim.setItems(claims);
        claim.setItemLabelGenerator(c -> c.key() + " · " + c.statement());
        claim.setPlaceholder(any);
        claim.setClearButtonVisible(true);
        claim.setId("bank-claim");
        claim.addValueChangeListener(e -> {
            filter();
            if (e.isFromClient() || e.getOldValue() != null) {
                followInUrl(e.getValue());
            }
        });
        tag.setLabel(getTranslation("questions.bank.tag"));
        tag.setId("bank-tag");
        tag.setPlaceholder(any);
        tag.setClearButtonVisible(true);
        tag.setValueChangeMode(ValueChangeMode.LAZY);
        tag.addValueChangeListener(e -> filter());
        Div filters = new Div(type, status, difficulty, claim, category, tag);
        filters.addClassName("filters");
        add(filters);

        grid.removeAllColumns();
        grid.addColumn(q -> q.spec().key()).setHeader(getTranslation("questions.field.key")).setAutoWidth(true).setSortable(true);
        grid.addColumn(q -> QuestionWords.type(q.spec().type())).setHeader(getTranslation("questions.field.type"))
                .setAutoWidth(true).setSortable(true);
        grid.addColumn(q -> QuestionWords.status(q.spec().status())).setHeader(getTranslation("questions.field.status"))
                .setAutoWidth(true).setSortable(true);
        grid.addColumn(q -> QuestionWords.difficulty(q.spec().difficulty())).setHeader(getTranslation("questions.field.difficulty"))
                .setAutoWidth(true).setSortable(true);
        grid.addColumn(q -> String.join(", ", q.spec().claimKeys())).setHeader(getTranslation("questions.bank.claims")).setAutoWidth(true);
        grid.addColumn(q -> q.spec().category()).setHeader(getTranslation("questions.field.category")).setWidth("7rem").setFlexGrow(0)
                .setSortable(true);
        grid.addColumn(q -> String.join(", ", q.spec().tags())).setHeader(getTranslation("questions.field.tags")).setWidth("8rem")
                .setFlexGrow(1);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("questions.bank.actions")).setWidth("8rem")
                .setFlexGrow(0).setFrozenToEnd(true);
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
        shown.setText(visible.size() == all.size() ? getTranslation("questions.bank.count", all.size())
                : getTranslation("questions.bank.count-shown", visible.size(), all.size()));
    }

    /** The claim filter as a chip above the grid, with the claim's statement and a button that clears it. */
    private void showActiveClaim() {
        activeClaim.removeAll();
        ClaimInfo c = claim.getValue();
        activeClaim.setVisible(c != null);
        if (c == null) {
            return;
        }
        Span label = new Span(getTranslation("questions.bank.active-claim", c.key()) + " ");
        label.addClassName("active-filter-label");
        Span statement = new Span(c.statement());
        Button clear = new Button(getTranslation("questions.bank.show-all"), VaadinIcon.CLOSE_SMALL.create(), e -> claim.clear());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        clear.setId("clear-claim-filter");
        clear.setAriaLabel(getTranslation("questions.bank.show-all-label"));
        Span text = new Span(label, statement);
        text.addClassName("active-filter-text");
        activeClaim.add(text, clear);
    }

    /** Keeps the address in step with the claim filter, so it can be bookmarked or shared. */
    private void followInUrl(ClaimInfo value) {
        String path = "course/" + course.slug() + "/bank"; // not shown
        QueryParameters query = value == null ? QueryParameters.empty() : QueryParameters.of("claim", value.key());
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location(path, query)));
    }

    private void preview(@Nullable EditableQuestion question) {
        preview.removeAll();
        if (question == null) {
            Paragraph hint = new Paragraph(all.isEmpty() ? getTranslation("questions.bank.empty")
                    : getTranslation("questions.bank.select-hint"));
            hint.addClassName("muted");
            preview.add(hint);
        } else {
            preview.add(new QuestionPreview(question.spec(), true));
        }
    }

    /** Edit, duplicate, and publish/archive/restore, as icon buttons with names for screen readers and tooltips. */
    private Component actions(EditableQuestion q) {
        String k = q.spec().key();
        Button edit = iconButton(VaadinIcon.EDIT, getTranslation("questions.bank.edit", k), "edit-" + k,
                () -> getUI().ifPresent(ui -> ui.navigate("course/" + course.slug() + "/bank/" + q.id() + "/edit")));
        Button copy = iconButton(VaadinIcon.COPY_O, getTranslation("questions.bank.duplicate", k), "duplicate-" + k, () -> {
            EditableQuestion created = editing.duplicate(q.id());
            Notification.show(getTranslation("questions.bank.duplicated", created.spec().key()), 3000, Notification.Position.BOTTOM_START);
            reload(created.id());
        });
        Div box = new Div(edit, copy);
        box.addClassName("row-buttons");
        switch (q.spec().status()) {
            case DRAFT -> box.add(iconButton(VaadinIcon.CHECK_CIRCLE_O, getTranslation("questions.bank.publish", k), "publish-" + k,
                    () -> changeStatus(q, QuestionStatus.PUBLISHED)));
            case PUBLISHED -> box.add(iconButton(VaadinIcon.ARCHIVE, getTranslation("questions.bank.archive", k), "archive-" + k,
                    () -> changeStatus(q, QuestionStatus.ARCHIVED)));
            case ARCHIVED -> box.add(iconButton(VaadinIcon.ARROW_BACKWARD, getTranslation("questions.bank.restore", k), "restore-" + k,
                    () -> changeStatus(q, QuestionStatus.DRAFT)));
        }
        return box;
    }

    private void changeStatus(EditableQuestion q, QuestionStatus to) {
        try {
            editing.changeStatus(q.id(), to);
            String done = switch (to) {
                case PUBLISHED -> getTranslation("questions.bank.published", q.spec().key());
                case ARCHIVED -> getTranslation("questions.bank.archived", q.spec().key());
                case DRAFT -> getTranslation("questions.bank.restored", q.spec().key());
            };
            Notification.show(done, 3500, Notification.Position.BOTTOM_START);
        } catch (InvalidQuestionException e) {
            Notification n = Notification.show(getTranslation("questions.bank.cannot-publish", q.spec().key(), String.join(" ",
                    e.problems().stream().map(QuestionWords::problem).toList())), 6000, Notification.Position.MIDDLE);
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (QuestionChangedException e) {
            Notification.show(Words.of(e), 4000, Notification.Position.MIDDLE);
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
}

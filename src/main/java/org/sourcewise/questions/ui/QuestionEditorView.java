package org.sourcewise.questions.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sourcewise.browser.ui.Words;
import org.sourcewise.content.ClaimInfo;
import org.sourcewise.content.CourseInfo;
import org.sourcewise.content.CourseEditors;
import org.sourcewise.content.CourseService;
import org.sourcewise.questions.Difficulty;
import org.sourcewise.questions.EditableQuestion;
import org.sourcewise.questions.FieldProblem;
import org.sourcewise.questions.InvalidQuestionException;
import org.sourcewise.questions.Option;
import org.sourcewise.questions.QuestionChangedException;
import org.sourcewise.questions.QuestionContent;
import org.sourcewise.questions.QuestionEditingService;
import org.sourcewise.questions.QuestionSpec;
import org.sourcewise.questions.QuestionStatus;
import org.sourcewise.questions.QuestionType;

/**
 * Creates or edits one bank question of any type, with a live preview beside the form. A save that is
 * refused (problems, or someone else saved first) keeps everything typed and says why at the field.
 */
@Route("course/:slug/bank/new")
@RouteAlias("course/:slug/bank/:id/edit")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
@StyleSheet("styles/authoring.css")
@StyleSheet("styles/question-editor.css")
class QuestionEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseService courses;
    private final QuestionEditingService editing;

    private final Select<QuestionType> type = new Select<>();
    private final TextField key = new TextField(getTranslation("questions.field.key"));
    private final TextField title = new TextField(getTranslation("questions.field.title"));
    private final TextArea stem = new TextArea(getTranslation("questions.editor.stem"));
    private final TextArea explanation = new TextArea(getTranslation("questions.field.explanation"));
    private final TextArea generalFeedback = new TextArea(getTranslation("questions.field.general-feedback"));
    private final MultiSelectComboBox<ClaimInfo> claims = new MultiSelectComboBox<>(getTranslation("questions.editor.claims"));
    private final TextField category = new TextField(getTranslation("questions.field.category"));
    private final TextField tags = new TextField(getTranslation("questions.field.tags"));
    private final Select<Difficulty> difficulty = new Select<>();
    private final Select<QuestionStatus> status = new Select<>();
    private final Div answersBox = new Div();
    private final Div answersErrors = new Div();
    private final Div typeErrors = new Div();
    private final Div summary = new Div();
    private final Div conflict = new Div();
    private final Div preview = new Div();
    private final Span subtitle = new Span();
    private final Span versionNote = new Span();
    private final H1 heading = new H1();
    private final Map<QuestionType, AnswerEditor> editors = new EnumMap<>(QuestionType.class);

    private CourseInfo course;
    private List<ClaimInfo> courseClaims = List.of();
    private @Nullable Long questionId;
    private long lockVersion;
    private int version;
    private AnswerEditor answers;
    /** After a refused save the problems are checked again as the instructor types, so fixed ones disappear. */
    private boolean recheck;
    private @Nullable String pageTitle;

    private final CourseEditors courseEditors;

    // course and answers are set by beforeEnter (build, then fill) before the form can be used
    @SuppressWarnings("NullAway.Init")
    QuestionEditorView(CourseService courses, QuestionEditingService editing, CourseEditors courseEditors) {
        this.courseEditors = courseEditors;
        this.courses = courses;
        this.editing = editing;
        addClassNames("page", "page-wide", "question-editor-page");
        // once per instance: the router reuses this view when a new question's save opens its edit route
        type.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                switchType(e.getValue(), null);
                refresh();
            }
        });
        for (var field : List.of(key, title, category, tags, stem, explanation, generalFeedback)) {
            field.addValueChangeListener(e -> refresh());
        }
        claims.addValueChangeListener(e -> refresh());
        difficulty.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
    }

    @Override
    public String getPageTitle() {
        return pageTitle != null ? pageTitle : getTranslation("questions.editor.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        Optional<CourseInfo> found = courses.findCourse(slug);
        if (found.isEmpty()) {
            missing("no course '" + slug + "'"); // not shown
            return;
        }
        course = found.get();
        if (!courseEditors.mayEdit(course.id())) {
            missing("not an editor of '" + slug + "'"); // not shown
            return;
        }
        Optional<String> id = event.getRouteParameters().get("id");
        EditableQuestion loaded = null;
        if (id.isPresent()) {
            try {
                loaded = editing.load(Long.parseLong(id.get()));
            } catch (NumberFormatException | NoSuchElementException e) {
                loaded = null;
            }
            if (loaded == null || loaded.courseId() != course.id()) {
                missing("no question " + id.get() + " in '" + slug + "'"); // not shown
                return;
            }
        }
        build();
        fill(loaded);
    }

    // a course or question that does not exist, and a course the caller does not edit, show the app's
    // one "Page not found" (HTTP 404); what is missing goes to the log only
    private void missing(String what) {
        throw new NotFoundException(what);
    }

    private void build() {
        removeAll();
        editors.clear();
        courseClaims = courses.claims(course.id());
        RouterLink back = new RouterLink(getTranslation("questions.back-to-bank"), BankView.class, new RouteParameters("slug", course.slug()));
        subtitle.addClassName("muted");
        versionNote.addClassNames("muted", "version-note");
        versionNote.setId("version-note");
        versionNote.setVisible(false);
        add(back, heading, subtitle, versionNote);

        conflict.setId("edit-conflict");
        conflict.addClassNames("card", "conflict-banner");
        conflict.setVisible(false);
        summary.setId("edit-problems");
        summary.addClassNames("card", "problem-summary");
        summary.setVisible(false);
        add(conflict, summary);

        type.setLabel(getTranslation("questions.field.type"));
        type.setId("edit-type");
        type.setItems(QuestionType.values());
        type.setItemLabelGenerator(QuestionWords::type);
        key.setId("edit-key");
        key.setHelperText(getTranslation("questions.editor.key-helper"));
        title.setId("edit-title");
        title.setPlaceholder(getTranslation("questions.editor.title-placeholder"));
        stem.setId("edit-stem");
        stem.setWidthFull();
        stem.setMinRows(3);
        stem.setHelperText(getTranslation("questions.editor.stem-helper", "{1}", "{2}"));
        explanation.setId("edit-explanation");
        explanation.setWidthFull();
        explanation.setMinRows(2);
        explanation.setHelperText(getTranslation("questions.editor.explanation-helper"));
        generalFeedback.setId("edit-general-feedback");
        generalFeedback.setWidthFull();
        generalFeedback.setPlaceholder(getTranslation("questions.editor.general-feedback-placeholder"));
        for (TextField f : List.of(key, title, category, tags)) {
            f.setValueChangeMode(ValueChangeMode.LAZY);
        }
        for (TextArea a : List.of(stem, explanation, generalFeedback)) {
            a.setValueChangeMode(ValueChangeMode.LAZY);
        }
        // the editor shows the service's problems; the fields' own validation must not clear them
        key.setManualValidation(true);
        title.setManualValidation(true);
        stem.setManualValidation(true);
        explanation.setManualValidation(true);
        generalFeedback.setManualValidation(true);
        category.setManualValidation(true);
        tags.setManualValidation(true);
        claims.setManualValidation(true);

        claims.setId("edit-claims");
        claims.setItems(courseClaims);
        claims.setItemLabelGenerator(c -> c.key() + " · " + shorten(c.statement(), 90));
        claims.setWidthFull();
        claims.setHelperText(getTranslation("questions.editor.claims-helper"));
        category.setId("edit-category");
        category.setPlaceholder(getTranslation("questions.editor.category-placeholder"));
        tags.setId("edit-tags");
        tags.setPlaceholder(getTranslation("questions.editor.tags-placeholder"));
        tags.setHelperText(getTranslation("questions.editor.tags-helper"));
        difficulty.setLabel(getTranslation("questions.field.difficulty"));
        difficulty.setId("edit-difficulty");
        difficulty.setItems(Difficulty.values());
        difficulty.setItemLabelGenerator(QuestionWords::difficulty);
        status.setLabel(getTranslation("questions.field.status"));
        status.setId("edit-status");
        status.setItems(QuestionStatus.values());
        status.setItemLabelGenerator(QuestionWords::status);
        status.setHelperText(getTranslation("questions.editor.status-helper"));

        Div basics = section(getTranslation("questions.editor.section.question"), row("basics-row", type, key, title), typeErrors, stem);
        typeErrors.addClassName("field-errors");
        answersBox.setId("edit-answers");
        answersErrors.setId("answers-errors");
        answersErrors.addClassName("field-errors");
        Div answerSection = section(getTranslation("questions.editor.section.answers"), answersBox, answersErrors);
        Div feedbackSection = section(getTranslation("questions.editor.section.feedback"), explanation, generalFeedback);
        Div bankSection = section(getTranslation("questions.editor.section.bank"), claims, row("meta-row", category, tags),
                row("meta-row", difficulty, status));

        Button save = new Button(getTranslation("questions.editor.save"), VaadinIcon.CHECK.create(), e -> save());
        save.setId("save-question");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(com.vaadin.flow.component.Key.KEY_S, com.vaadin.flow.component.KeyModifier.CONTROL);
        Button cancel = new Button(getTranslation("questions.editor.back-to-bank"), e -> getUI().ifPresent(ui -> ui.navigate(BankView.class,
                new RouteParameters("slug", course.slug()))));
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(save, cancel);
        actions.addClassNames("button-row", "editor-actions");

        Div form = new Div(basics, answerSection, feedbackSection, bankSection);
        form.addClassName("editor-form");
        preview.addClassName("editor-preview-body");
        Span previewLabel = new Span(getTranslation("questions.editor.live-preview"));
        previewLabel.addClassName("preview-heading");
        Div previewBox = new Div(previewLabel, preview);
        previewBox.addClassName("editor-preview-box");
        // the preview scrolls on its own beside the form: keyboard users must be able to reach it to
        // scroll (WCAG 2.1.1), and a focusable region needs a name
        previewBox.getElement().setAttribute("tabindex", "0");
        previewBox.getElement().setAttribute("role", "region");
        previewBox.getElement().setAttribute("aria-label", getTranslation("questions.editor.live-preview"));
        // Save sits at the top of the side column, which stays in view on a wide screen: a bar stuck to
        // the bottom of the window covered the answer rows scrolled under it (WCAG 2.5.8, 2.4.11); on a
        // narrow screen the column follows the form, so Save comes right after the last field
        Div side = new Div(actions, previewBox);
        side.addClassName("editor-side");
        Div layout = new Div(form, side);
        layout.addClassName("editor-layout");
        add(layout);
    }

    /** Fills the form from a saved question, or blank for a new one; clears errors and the conflict banner. */
    private void fill(@Nullable EditableQuestion q) {
        editors.clear();
        recheck = false;
        clearProblems();
        conflict.setVisible(false);
        if (q == null) {
            questionId = null;
            version = 0;
            lockVersion = 0;
            heading.setText(getTranslation("questions.editor.new"));
            subtitle.setText(course.title());
            pageTitle = getTranslation("questions.editor.title-new", course.title());
            type.setReadOnly(false);
            type.setHelperText(null);
            key.setReadOnly(false);
            type.setValue(QuestionType.SINGLE_CHOICE);
            key.setValue(editing.suggestKey(course.id()));
            title.clear();
            stem.clear();
            explanation.clear();
            generalFeedback.clear();
            claims.clear();
            category.clear();
            tags.clear();
            difficulty.setValue(Difficulty.MEDIUM);
            status.setValue(QuestionStatus.DRAFT);
            switchType(QuestionType.SINGLE_CHOICE, null);
        } else {
            questionId = q.id();
            version = q.version();
            lockVersion = q.lockVersion();
            QuestionSpec s = q.spec();
            QuestionContent c = s.content();
            heading.setText(getTranslation("questions.editor.edit"));
            pageTitle = getTranslation("questions.editor.title-edit", s.key());
            type.setValue(c.type());
            type.setReadOnly(true);
            type.setHelperText(getTranslation("questions.editor.type-fixed"));
            key.setValue(s.key());
            key.setReadOnly(true);
            describeVersion();
            title.setValue(nonNull(s.title()));
            stem.setValue(nonNull(c.stem()));
            explanation.setValue(nonNull(c.explanation()));
            generalFeedback.setValue(nonNull(c.generalFeedback()));
            claims.setValue(courseClaims.stream().filter(claim -> s.claimKeys().contains(claim.key())).collect(Collectors.toSet()));
            category.setValue(nonNull(s.category()));
            tags.setValue(String.join(", ", s.tags()));
            difficulty.setValue(s.difficulty());
            status.setValue(s.status());
            switchType(c.type(), c.options());
        }
        refresh();
    }

    private void describeVersion() {
        subtitle.setText(getTranslation("questions.editor.subtitle", key.getValue(), version, course.title()));
        versionNote.setText(getTranslation("questions.editor.version-note", version + 1));
        versionNote.setVisible(true);
    }

    private void switchType(QuestionType t, @Nullable List<Option> options) {
        answers = editors.computeIfAbsent(t, x -> AnswerEditor.of(x, options, this::refresh, this::markBlank));
        answersBox.removeAll();
        answersBox.add(answers);
        stem.setLabel(t == QuestionType.CLOZE ? getTranslation("questions.editor.stem-cloze", "{1}", "{2}")
                : t == QuestionType.TRUE_FALSE ? getTranslation("questions.editor.stem-statement") : getTranslation("questions.editor.stem"));
    }

    private void markBlank(int n) {
        String mark = "{" + n + "}";
        String text = stem.getValue();
        if (!text.contains(mark)) {
            stem.setValue(text.isEmpty() || text.endsWith(" ") ? text + mark : text + " " + mark);
        }
    }

    /** The form as a spec; typing that cannot become an option is named in {@code problems}. */
    private QuestionSpec spec(List<String> problems) {
        QuestionType t = type.getValue();
        QuestionContent content = new QuestionContent(t, stem.getValue(), answers.options(problems), explanation.getValue(),
                generalFeedback.getValue());
        List<String> claimKeys = claims.getValue().stream().sorted(Comparator.comparingInt(ClaimInfo::ordinal))
                .map(ClaimInfo::key).toList();
        List<String> tagList = Arrays.stream(tags.getValue().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new QuestionSpec(key.getValue(), title.getValue(), content, claimKeys, category.getValue(), tagList,
                difficulty.getValue(), status.getValue());
    }

    /** Rebuilds the preview from what is typed now. */
    private void refresh() {
        if (answers == null) {
            return;
        }
        preview.removeAll();
        List<String> typing = new ArrayList<>();
        QuestionSpec s = spec(typing);
        try {
            preview.add(new QuestionPreview(new QuestionSpec(s.key() == null || s.key().isBlank() ? getTranslation("questions.editor.no-key") : s.key(), s.title(),
                    s.content(),
                    s.claimKeys(), s.category(), s.tags(), s.difficulty(), s.status())));
        } catch (RuntimeException e) {
            Paragraph p = new Paragraph(getTranslation("questions.editor.preview-failed", Words.of(e)));
            p.addClassName("muted");
            preview.add(p);
        }
        if (recheck) {
            show(problems(s, typing), false);
        }
    }

    private List<FieldProblem> problems(QuestionSpec spec, List<String> typing) {
        List<FieldProblem> problems = new ArrayList<>();
        typing.forEach(m -> problems.add(new FieldProblem(FieldProblem.ANSWERS, m)));
        problems.addAll(editing.problems(course.id(), questionId, spec));
        return problems;
    }

    private void save() {
        List<String> typing = new ArrayList<>();
        QuestionSpec spec = spec(typing);
        List<FieldProblem> problems = problems(spec, typing);
        if (!problems.isEmpty()) {
            recheck = true;
            show(problems, true);
            return;
        }
        recheck = false;
        clearProblems();
        try {
            if (questionId == null) {
                EditableQuestion created = editing.create(course.id(), spec);
                Notification.show(getTranslation("questions.editor.saved-new", created.spec().key()), 3000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate("course/" + course.slug() + "/bank/" + created.id() + "/edit"));
                return;
            }
            EditableQuestion saved = editing.update(questionId, lockVersion, spec);
            boolean newVersion = saved.version() != version;
            lockVersion = saved.lockVersion();
            version = saved.version();
            describeVersion();
            conflict.setVisible(false);
            Notification.show(newVersion ? getTranslation("questions.editor.saved-version", version)
                    : getTranslation("questions.editor.saved-unchanged", version), 3000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidQuestionException e) {
            recheck = true;
            show(e.problems(), true);
        } catch (QuestionChangedException e) {
            showConflict(Objects.requireNonNull(questionId), e); // only an update can meet a newer version
        }
    }

    private void showConflict(long questionId, QuestionChangedException refusal) {
        conflict.removeAll();
        Span message = new Span(Words.of(refusal));
        message.addClassName("conflict-message");
        Paragraph what = new Paragraph(getTranslation("questions.editor.conflict-choice"));
        Button loadTheirs = new Button(getTranslation("questions.editor.load-theirs"), VaadinIcon.REFRESH.create(), e -> fill(editing.load(questionId)));
        loadTheirs.setId("load-theirs");
        Button keepMine = new Button(getTranslation("questions.editor.keep-mine"), e -> {
            EditableQuestion theirs = editing.load(questionId);
            lockVersion = theirs.lockVersion();
            version = theirs.version();
            describeVersion();
            conflict.setVisible(false);
            Notification.show(getTranslation("questions.editor.kept-mine"), 4000, Notification.Position.BOTTOM_START);
        });
        keepMine.setId("keep-mine");
        keepMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div buttons = new Div(keepMine, loadTheirs);
        buttons.addClassName("button-row");
        conflict.add(message, what, buttons);
        EditableQuestion theirs = editing.load(questionId);
        Div theirPreview = new Div(new QuestionPreview(theirs.spec()));
        theirPreview.getChildren().findFirst().ifPresent(c -> c.setId("their-preview"));
        com.vaadin.flow.component.details.Details details = new com.vaadin.flow.component.details.Details(
                getTranslation("questions.editor.their-version", theirs.version()), theirPreview);
        conflict.add(details);
        conflict.setVisible(true);
        conflict.scrollIntoView();
    }

    private void show(List<FieldProblem> problems, boolean scroll) {
        clearProblems();
        if (problems.isEmpty()) {
            return;
        }
        Map<String, List<String>> byField = new LinkedHashMap<>();
        problems.forEach(p -> byField.computeIfAbsent(p.field(), f -> new ArrayList<>()).add(QuestionWords.problem(p)));
        byField.forEach((field, messages) -> {
            String text = String.join(" ", messages);
            switch (field) {
                case FieldProblem.KEY -> invalid(key, text);
                case FieldProblem.TITLE -> invalid(title, text);
                case FieldProblem.STEM -> invalid(stem, text);
                case FieldProblem.EXPLANATION -> invalid(explanation, text);
                case FieldProblem.GENERAL_FEEDBACK -> invalid(generalFeedback, text);
                case FieldProblem.CLAIMS -> invalid(claims, text);
                case FieldProblem.CATEGORY -> invalid(category, text);
                case FieldProblem.TAGS -> invalid(tags, text);
                case FieldProblem.TYPE -> list(typeErrors, messages);
                default -> list(answersErrors, messages);
            }
        });
        summary.removeAll();
        Span head = new Span(getTranslation("questions.editor.not-saved", problems.size()));
        head.addClassName("summary-head");
        summary.add(head, bulleted(problems.stream().map(QuestionWords::problem).toList()));
        summary.setVisible(true);
        if (scroll) {
            summary.scrollIntoView();
        }
    }

    private static void invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private static void list(Div box, List<String> messages) {
        box.removeAll();
        box.add(bulleted(messages));
        box.setVisible(true);
    }

    private static UnorderedList bulleted(List<String> messages) {
        UnorderedList ul = new UnorderedList();
        messages.forEach(m -> ul.add(new ListItem(m)));
        return ul;
    }

    private void clearProblems() {
        for (HasValidation f : List.<HasValidation>of(key, title, stem, explanation, generalFeedback, claims, category, tags)) {
            f.setInvalid(false);
            f.setErrorMessage(null);
        }
        answersErrors.removeAll();
        answersErrors.setVisible(false);
        typeErrors.removeAll();
        typeErrors.setVisible(false);
        summary.setVisible(false);
    }

    private static Div section(String heading, Component... content) {
        Div section = new Div(new H2(heading));
        section.add(content);
        section.addClassNames("card", "editor-section");
        return section;
    }

    private static Div row(String className, Component... content) {
        Div row = new Div(content);
        row.addClassName(className);
        return row;
    }

    private static String shorten(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String nonNull(@Nullable String s) {
        return s == null ? "" : s;
    }
}

package org.sourcewise.quizzes.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sourcewise.browser.ui.BrowserZone;
import org.sourcewise.browser.ui.BuiltInWords;
import org.sourcewise.content.CourseEditors;
import org.sourcewise.content.CourseService;
import org.sourcewise.quizzes.QuizBuilderException;
import org.sourcewise.quizzes.QuizBuilderService;
import org.sourcewise.quizzes.QuizCatalog;
import org.sourcewise.quizzes.QuizDraft;
import org.sourcewise.quizzes.QuizDraft.DrawSource;
import org.sourcewise.quizzes.QuizDraft.SlotDraft;
import org.sourcewise.quizzes.QuizDraftCheck;
import org.sourcewise.quizzes.QuizProblem;
import org.sourcewise.quizzes.ReviewPolicy;
import org.sourcewise.quizzes.scoring.GradingMethod;
import org.springframework.security.access.AccessDeniedException;

/**
 * The quiz builder: title, description, settings and slots (fixed questions from the bank and random
 * draws), with the number of questions and total points always in view. Problems show at their field
 * in a teacher's words and never clear what was typed; a draw larger than its pool is flagged as it is typed.
 */
@Route("quizzes/:id/edit")
@RouteAlias("quizzes/new")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
@StyleSheet("styles/authoring.css")
@StyleSheet("styles/quiz-builder.css")
class QuizBuilderView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {


    private final QuizBuilderService builder;
    private final CourseService courses;

    private final TextField title = new TextField(getTranslation("quizzes.builder.title"));
    private final TextArea description = new TextArea(getTranslation("quizzes.builder.description"));
    private final IntegerField timeLimit = new IntegerField(getTranslation("quizzes.builder.time-limit"));
    private final IntegerField attempts = new IntegerField(getTranslation("quizzes.builder.attempts"));
    private final Select<GradingMethod> grading = new Select<>();
    private final DateTimePicker openAt = new DateTimePicker(getTranslation("quizzes.builder.opens"));
    private final DateTimePicker closeAt = new DateTimePicker(getTranslation("quizzes.builder.closes"));
    private final Select<ReviewPolicy> review = new Select<>();
    private final NumberField passMark = new NumberField(getTranslation("quizzes.builder.pass-mark"));
    private final Checkbox shuffleQuestions = new Checkbox(getTranslation("quizzes.builder.shuffle-questions"));
    private final Checkbox shuffleOptions = new Checkbox(getTranslation("quizzes.builder.shuffle-options"));
    private final Span summary = new Span();
    private final Div slotList = new Div();
    private final Div slotsError = new Div();
    private final Div formError = new Div();
    private final Button preview = new Button(getTranslation("quizzes.preview-as-student"), VaadinIcon.EYE.create());
    private final Button assign = new Button(getTranslation("quizzes.assign"), VaadinIcon.USERS.create());

    private final List<SlotDraft> slots = new ArrayList<>();
    private final List<SlotRow> rows = new ArrayList<>();
    /** Settings fields the teacher has changed; their problems show at once, the others' after a save. */
    private final Set<String> touched = new HashSet<>();
    private boolean triedToSave;
    private QuizCatalog catalog;
    private QuizDraft loaded;
    private String pageTitle = getTranslation("quizzes.builder.page-title");

    private final CourseEditors courseEditors;

    // catalog and loaded are set by beforeEnter before it builds the form, the only thing that reads them
    @SuppressWarnings("NullAway.Init")
    QuizBuilderView(QuizBuilderService builder, CourseService courses, CourseEditors courseEditors) {
        this.courseEditors = courseEditors;
        this.builder = builder;
        this.courses = courses;
        addClassNames("page", "quiz-builder");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        slots.clear();
        touched.clear();
        triedToSave = false;
        String id = event.getRouteParameters().get("id").orElse(null);
        try {
            if (id == null) {
                String slug = event.getLocation().getQueryParameters().getSingleParameter("course").orElse("");
                var course = courses.findCourse(slug);
                if (course.isEmpty() || !courseEditors.mayEdit(course.get().id())) {
                    throw new NotFoundException("no course '" + slug + "' that this user edits"); // not shown
                }
                loaded = QuizDraft.empty(course.get().id());
            } else {
                loaded = builder.load(Long.parseLong(id));
            }
        } catch (NumberFormatException | AccessDeniedException e) {
            // a quiz that does not exist and one of a course the caller does not edit look the same
            throw new NotFoundException("no quiz " + id + " that this user edits"); // not shown
        }
        catalog = builder.catalog(loaded.courseId());
        slots.addAll(loaded.slots());
        build(loaded.id() == null ? 0 : builder.attemptCount(loaded.id()));
    }

    private void build(long attemptCount) {
        pageTitle = loaded.id() == null ? getTranslation("quizzes.builder.new-title") : getTranslation("quizzes.builder.edit-title", loaded.title());
        Anchor back = new Anchor("course/" + catalog.courseSlug() + "/quizzes", getTranslation("quizzes.builder.back", catalog.courseTitle()));
        add(back, new H1(loaded.id() == null ? getTranslation("quizzes.builder.new") : getTranslation("quizzes.builder.edit")));
        if (attemptCount > 0) {
            Div note = new Div(new Span(getTranslation("quizzes.builder.attempts-started", attemptCount)));
            note.addClassName("builder-note");
            note.setId("attempts-note");
            add(note);
        }
        formError.addClassName("error-text");
        formError.setId("form-error");
        add(formError);

        title.setId("quiz-title");
        title.setWidthFull();
        title.setMaxLength(200);
        title.setRequiredIndicatorVisible(true);
        title.setValue(nz(loaded.title()));
        description.setId("quiz-description");
        description.setWidthFull();
        description.setMinHeight("6rem");
        description.setValue(nz(loaded.description()));
        description.setHelperText(getTranslation("quizzes.builder.description-help"));
        Div about = section(getTranslation("quizzes.builder.about"), title, description);

        timeLimit.setId("time-limit");
        timeLimit.setMin(1);
        timeLimit.setHelperText(getTranslation("quizzes.builder.time-limit-help"));
        timeLimit.setValue(loaded.timeLimitMinutes());
        attempts.setId("attempts-allowed");
        attempts.setMin(0);
        attempts.setStepButtonsVisible(true);
        attempts.setHelperText(getTranslation("quizzes.builder.attempts-help"));
        attempts.setValue(loaded.attemptsAllowed());
        grading.setId("grading");
        grading.setLabel(getTranslation("quizzes.builder.grading"));
        grading.setItems(GradingMethod.values());
        grading.setItemLabelGenerator(BuilderWords::grading);
        grading.setValue(loaded.gradingMethod());
        grading.setHelperText(getTranslation("quizzes.builder.grading-help"));
        passMark.setId("pass-mark");
        passMark.setMin(0);
        passMark.setMax(100);
        passMark.setSuffixComponent(new Span("%"));
        passMark.setValue(loaded.passMark());
        passMark.setHelperText(getTranslation("quizzes.builder.pass-mark-help"));
        openAt.setId("open-at");
        openAt.setValue(local(loaded.openAt()));
        openAt.setHelperText(getTranslation("quizzes.builder.opens-help"));
        openAt.setDatePickerI18n(BuiltInWords.datePicker());
        closeAt.setId("close-at");
        closeAt.setValue(local(loaded.closeAt()));
        closeAt.setHelperText(getTranslation("quizzes.builder.closes-help"));
        closeAt.setDatePickerI18n(BuiltInWords.datePicker());
        review.setId("review");
        review.setLabel(getTranslation("quizzes.builder.review"));
        review.setItems(ReviewPolicy.values());
        review.setItemLabelGenerator(BuilderWords::review);
        review.setValue(loaded.reviewPolicy());
        shuffleQuestions.setId("shuffle-questions");
        shuffleQuestions.setValue(loaded.shuffleQuestions());
        shuffleOptions.setId("shuffle-options");
        shuffleOptions.setValue(loaded.shuffleOptions());
        Div grid = new Div(timeLimit, attempts, grading, passMark, review);
        grid.addClassName("settings-grid");
        Div dates = new Div(openAt, closeAt);
        dates.addClassName("settings-dates");
        Div checks = new Div(shuffleQuestions, shuffleOptions);
        checks.addClassName("settings-checks");
        Div settings = section(getTranslation("quizzes.builder.settings"), grid, dates, checks);

        watch("title", title);
        watch("description", description);
        watch("timeLimit", timeLimit);
        watch("attempts", attempts);
        watch("grading", grading);
        watch("passMark", passMark);
        watch("closeAt", openAt);
        watch("closeAt", closeAt);
        watch("review", review);
        title.setValueChangeMode(ValueChangeMode.LAZY);
        description.setValueChangeMode(ValueChangeMode.LAZY);

        summary.setId("quiz-summary");
        summary.addClassName("quiz-summary");
        slotList.addClassName("slot-list");
        slotList.setId("slots");
        slotsError.addClassName("error-text");
        slotsError.setId("slots-error");
        Button addQuestion = new Button(getTranslation("quizzes.builder.add-question"), VaadinIcon.PLUS.create(), e -> pickQuestion());
        addQuestion.setId("add-question");
        Button addDraw = new Button(getTranslation("quizzes.builder.add-draw"), VaadinIcon.RANDOM.create(), e -> addDraw());
        addDraw.setId("add-draw");
        Div addButtons = new Div(addQuestion, addDraw);
        addButtons.addClassName("button-row");
        Div questions = section(getTranslation("quizzes.builder.questions"), summary, slotList, slotsError, addButtons);
        Paragraph hint = new Paragraph(getTranslation("quizzes.builder.draw-hint"));
        hint.addClassName("muted");
        questions.add(hint);

        Button save = new Button(getTranslation("quizzes.builder.save"), VaadinIcon.CHECK.create(), e -> save());
        save.setId("save-quiz");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        preview.setId("preview-quiz");
        preview.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("quizzes/" + loaded.id() + "/preview")));
        assign.setId("assign-quiz");
        assign.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("quizzes/" + loaded.id() + "/assign")));
        Span savedHint = new Span(getTranslation("quizzes.builder.saved-hint"));
        savedHint.addClassName("muted");
        Div actions = new Div(save, preview, assign, savedHint);
        actions.addClassNames("button-row", "builder-actions");
        refreshActions();

        add(about, settings, questions, actions);
        renderSlots();
    }

    private Div section(String heading, Component... content) {
        Div card = new Div(new H2(heading));
        card.addClassNames("card", "builder-section");
        card.add(content);
        return card;
    }

    private void watch(String field, com.vaadin.flow.component.HasValue<?, ?> input) {
        input.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                touched.add(field);
            }
            recheck();
        });
    }

    // ---- slots -------------------------------------------------------------------------------------

    /** One slot's row with the fields that problems attach to. */
    // count and source belong to a draw slot, question to a fixed one
    private record SlotRow(Div row, @Nullable IntegerField count, @Nullable Component source, NumberField points,
                           @Nullable Span question) {
    }

    private void renderSlots() {
        slotList.removeAll();
        rows.clear();
        if (slots.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("quizzes.builder.no-slots"));
            empty.addClassName("muted");
            slotList.add(empty);
        }
        for (int i = 0; i < slots.size(); i++) {
            SlotRow row = slotRow(i);
            rows.add(row);
            slotList.add(row.row());
        }
        recheck();
    }

    private SlotRow slotRow(int i) {
        SlotDraft slot = slots.get(i);
        Div row = new Div();
        row.addClassName("slot-row");
        row.getElement().setAttribute("role", "group");
        row.getElement().setAttribute("aria-label", getTranslation("quizzes.builder.slot", i + 1));
        Span number = new Span(String.valueOf(i + 1));
        number.addClassName("slot-number");
        Div body = new Div();
        body.addClassName("slot-body");
        IntegerField count = null;
        Component source = null;
        Span question = null;
        Long questionId = slot.questionId();
        if (questionId != null) { // a fixed slot
            var q = catalog.question(questionId);
            Span kind = new Span(getTranslation("quizzes.builder.fixed"));
            kind.addClassName("slot-kind");
            question = new Span(q.map(x -> x.key() + " · " + BuilderWords.type(x.type()))
                    .orElseGet(() -> getTranslation("quizzes.builder.question-id", String.valueOf(questionId))));
            question.addClassName("slot-question-key");
            Span stem = new Span(q.map(x -> BuilderWords.excerpt(x.stem(), 160)).orElseGet(() -> getTranslation("quizzes.builder.unpublished")));
            stem.addClassName("slot-stem");
            body.add(new Div(kind, question), stem);
        } else {
            Span kind = new Span(getTranslation("quizzes.builder.draw"));
            kind.addClassName("slot-kind");
            count = new IntegerField(getTranslation("quizzes.builder.draw-count"));
            count.addClassName("slot-count");
            count.setMin(1);
            count.setStepButtonsVisible(true);
            count.setValue(slot.drawCount());
            IntegerField countField = count;
            count.addValueChangeListener(e -> update(i, slots.get(i).withDraw(countField.getValue() == null ? 0 : countField.getValue(),
                    slots.get(i).source(), slots.get(i).sourceId(), slots.get(i).sourceText())));
            Select<DrawSource> from = new Select<>();
            from.setLabel(getTranslation("quizzes.builder.from"));
            from.addClassName("slot-from");
            from.setItems(DrawSource.values());
            from.setItemLabelGenerator(BuilderWords::from);
            from.setValue(slot.source());
            Div which = new Div();
            which.addClassName("slot-which");
            Component picker = sourcePicker(i, which);
            source = picker;
            from.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    SlotDraft s = slots.get(i);
                    slots.set(i, s.withDraw(s.drawCount(), e.getValue(), defaultId(e.getValue()), defaultText(e.getValue())));
                    renderSlots();
                }
            });
            Div fields = new Div(count, from, which);
            fields.addClassName("slot-fields");
            Span pool = new Span(poolText(slot));
            pool.addClassName("slot-pool");
            body.add(kind, fields, pool);
        }
        NumberField points = new NumberField(slot.isFixed() ? getTranslation("quizzes.builder.points") : getTranslation("quizzes.builder.points-each"));
        points.addClassName("slot-points");
        points.setMin(0);
        points.setStep(0.5);
        points.setValue(slot.points());
        points.addValueChangeListener(e -> update(i, slots.get(i).withPoints(e.getValue() == null ? 0 : e.getValue())));

        Button up = icon(VaadinIcon.ARROW_UP, getTranslation("quizzes.builder.slot-up", i + 1), () -> move(i, i - 1));
        up.setEnabled(i > 0);
        Button down = icon(VaadinIcon.ARROW_DOWN, getTranslation("quizzes.builder.slot-down", i + 1), () -> move(i, i + 1));
        down.setEnabled(i < slots.size() - 1);
        Button remove = icon(VaadinIcon.TRASH, getTranslation("quizzes.builder.slot-remove", i + 1), () -> {
            slots.remove(i);
            renderSlots();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div buttons = new Div(up, down, remove);
        buttons.addClassName("slot-buttons");
        row.add(number, body, points, buttons);
        return new SlotRow(row, count, source, points, question);
    }

    private Component sourcePicker(int i, Div holder) {
        SlotDraft slot = slots.get(i);
        // the builder's draws always have a source: a new one starts with one, and From cannot be emptied
        Component picker = switch (Objects.requireNonNull(slot.source())) {
            case LESSON -> {
                ComboBox<QuizCatalog.Lesson> lesson = new ComboBox<>(getTranslation("quizzes.builder.lesson"));
                lesson.setItems(catalog.lessons());
                lesson.setItemLabelGenerator(l -> l.ordinal() + ". " + l.title());
                catalog.lessons().stream().filter(l -> slot.sourceId() != null && l.id() == slot.sourceId()).findFirst().ifPresent(lesson::setValue);
                lesson.addValueChangeListener(e -> updateSource(i, e.getValue() == null ? null : e.getValue().id(), null));
                yield lesson;
            }
            case CLAIM -> {
                ComboBox<QuizCatalog.Claim> claim = new ComboBox<>(getTranslation("quizzes.builder.claim"));
                claim.setItems(catalog.claims());
                claim.setItemLabelGenerator(c -> c.key() + " · " + BuilderWords.excerpt(c.statement(), 80));
                catalog.claims().stream().filter(c -> slot.sourceId() != null && c.id() == slot.sourceId()).findFirst().ifPresent(claim::setValue);
                claim.addValueChangeListener(e -> updateSource(i, e.getValue() == null ? null : e.getValue().id(), null));
                yield claim;
            }
            case TAG, CATEGORY -> {
                ComboBox<String> text = new ComboBox<>(slot.source() == DrawSource.TAG ? getTranslation("quizzes.builder.tag") : getTranslation("quizzes.builder.category"));
                List<String> items = slot.source() == DrawSource.TAG ? catalog.tags() : catalog.categories();
                text.setItems(items);
                text.setAllowCustomValue(true);
                text.addCustomValueSetListener(e -> text.setValue(e.getDetail()));
                if (slot.sourceText() != null && !slot.sourceText().isBlank()) {
                    if (!items.contains(slot.sourceText())) {
                        List<String> more = new ArrayList<>(items);
                        more.add(slot.sourceText());
                        text.setItems(more);
                    }
                    text.setValue(slot.sourceText());
                }
                text.addValueChangeListener(e -> updateSource(i, null, e.getValue()));
                yield text;
            }
        };
        ((com.vaadin.flow.component.HasStyle) picker).addClassName("slot-source");
        holder.add(picker);
        return picker;
    }

    private @Nullable Long defaultId(DrawSource source) {
        return switch (source) {
            case LESSON -> catalog.lessons().isEmpty() ? null : catalog.lessons().getFirst().id();
            case CLAIM -> null;
            default -> null;
        };
    }

    private @Nullable String defaultText(DrawSource source) {
        return switch (source) {
            case TAG -> catalog.tags().isEmpty() ? null : catalog.tags().getFirst();
            case CATEGORY -> catalog.categories().isEmpty() ? null : catalog.categories().getFirst();
            default -> null;
        };
    }

    private void updateSource(int i, @Nullable Long id, @Nullable String text) {
        SlotDraft s = slots.get(i);
        update(i, s.withDraw(s.drawCount(), s.source(), id, text));
    }

    private void update(int i, SlotDraft changed) {
        slots.set(i, changed);
        if (!changed.isFixed()) {
            // the pool line is refreshed in place: rebuilding the row would take the focus away
            rows.get(i).row().getChildren().filter(c -> c.hasClassName("slot-body")).findFirst()
                    .flatMap(b -> b.getChildren().filter(c -> c.hasClassName("slot-pool")).findFirst())
                    .ifPresent(p -> ((Span) p).setText(poolText(changed)));
        }
        recheck();
    }

    private String poolText(SlotDraft slot) {
        if (slot.source() == null) {
            return "";
        }
        int pool = catalog.poolSize(slot);
        return getTranslation("quizzes.builder.pool", pool, BuilderWords.describe(catalog, slot.source(), slot.sourceId(), slot.sourceText()));
    }

    private void move(int from, int to) {
        Collections.swap(slots, from, to);
        renderSlots();
    }

    private void addDraw() {
        DrawSource source = catalog.lessons().isEmpty() ? DrawSource.TAG : DrawSource.LESSON;
        slots.add(SlotDraft.draw(1, source, defaultId(source), defaultText(source), 1));
        renderSlots();
    }

    private void pickQuestion() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("quizzes.builder.add-question"));
        dialog.setWidth("min(60rem, 95vw)");
        dialog.setId("question-picker");
        Set<Long> used = new HashSet<>();
        slots.stream().filter(SlotDraft::isFixed).forEach(s -> used.add(s.questionId()));
        TextField filter = new TextField();
        filter.setPlaceholder(getTranslation("quizzes.builder.filter"));
        filter.setAriaLabel(getTranslation("quizzes.builder.filter-label"));
        filter.setWidthFull();
        filter.setValueChangeMode(ValueChangeMode.EAGER);
        filter.setClearButtonVisible(true);
        filter.setId("question-filter");
        Grid<QuizCatalog.Question> grid = new Grid<>();
        grid.addColumn(QuizCatalog.Question::key).setHeader(getTranslation("quizzes.builder.column.key")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(q -> BuilderWords.type(q.type())).setHeader(getTranslation("quizzes.builder.column.type")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(q -> BuilderWords.excerpt(q.stem(), 140)).setHeader(getTranslation("quizzes.builder.column.question")).setFlexGrow(1);
        grid.addComponentColumn(q -> {
            if (used.contains(q.id())) {
                Span in = new Span(getTranslation("quizzes.builder.in-quiz"));
                in.addClassName("muted");
                return in;
            }
            Button add = new Button(getTranslation("quizzes.builder.add"), e -> {
                slots.add(SlotDraft.fixed(q.id(), 1));
                renderSlots();
                dialog.close();
            });
            add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            add.setAriaLabel(getTranslation("quizzes.builder.add-named", q.key()));
            return add;
        }).setHeader(getTranslation("quizzes.builder.column.in-quiz")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("26rem");
        grid.setItems(catalog.questions());
        filter.addValueChangeListener(e -> {
            String needle = e.getValue() == null ? "" : e.getValue().strip().toLowerCase(Locale.ROOT);
            grid.setItems(catalog.questions().stream().filter(q -> needle.isEmpty()
                    || (q.key() + " " + q.stem() + " " + String.join(" ", q.tags()) + " " + (q.category() == null ? "" : q.category()))
                    .toLowerCase(Locale.ROOT).contains(needle)).toList());
        });
        Span note = new Span(getTranslation("quizzes.builder.published-only", catalog.questions().size()));
        note.addClassName("muted");
        dialog.add(new VerticalLayout(filter, note, grid));
        Button close = new Button(getTranslation("quizzes.builder.close"), e -> dialog.close());
        dialog.getFooter().add(close);
        dialog.open();
    }

    private static Button icon(VaadinIcon icon, String label, Runnable action) {
        Button b = new Button(icon.create(), e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
        b.setAriaLabel(label);
        b.setTooltipText(label);
        return b;
    }

    // ---- checking and saving ------------------------------------------------------------------------

    private QuizDraft draft() {
        Double mark = passMark.getValue();
        return new QuizDraft(loaded.id(), loaded.courseId(), loaded.lockVersion(), title.getValue(), description.getValue(),
                timeLimit.getValue(), attempts.getValue() == null ? -1 : attempts.getValue(), grading.getValue(),
                instant(openAt.getValue()), instant(closeAt.getValue()), shuffleQuestions.getValue(), shuffleOptions.getValue(),
                review.getValue(), mark == null ? -1 : mark, List.copyOf(slots));
    }

    /** Runs the checks on what is typed now and shows the problems at their fields. */
    private void recheck() {
        if (catalog == null) {
            return;
        }
        QuizDraft draft = draft();
        summary.setText(getTranslation("quizzes.builder.summary", BuilderWords.questions(draft.questionCount()),
                BuilderWords.points(draft.totalPoints())));
        show(QuizDraftCheck.problems(draft, catalog), false);
    }

    private void show(List<QuizProblem> problems, boolean fromSave) {
        Map<String, String> byField = new HashMap<>();
        problems.forEach(p -> byField.merge(p.field(), getTranslation(p.wordsKey(), p.wordsParams()), (a, b) -> a + " " + b));
        mark(title, "title", byField);
        mark(description, "description", byField);
        mark(timeLimit, "timeLimit", byField);
        mark(attempts, "attempts", byField);
        mark(grading, "grading", byField);
        mark(passMark, "passMark", byField);
        mark(closeAt, "closeAt", byField);
        mark(review, "review", byField);
        String slotsProblem = byField.get("slots");
        slotsError.setText(slotsProblem != null && (triedToSave || !slots.isEmpty()) ? slotsProblem : "");
        for (int i = 0; i < rows.size(); i++) {
            SlotRow row = rows.get(i);
            String count = byField.get(QuizProblem.slotField(i, "count"));
            String source = byField.get(QuizProblem.slotField(i, "source"));
            String points = byField.get(QuizProblem.slotField(i, "points"));
            String question = byField.get(QuizProblem.slotField(i, "question"));
            // the field turns red; the sentence goes under the slot's fields, where it has room to be read
            if (row.count() != null) {
                invalid(row.count(), count == null ? null : "");
            }
            if (row.source() instanceof HasValidation v) {
                invalid(v, source == null ? null : "");
            }
            invalid(row.points(), points);
            row.row().setClassName("slot-invalid", count != null || source != null || points != null || question != null);
            String sentence = String.join(" ", java.util.stream.Stream.of(question, count, source)
                    .filter(java.util.Objects::nonNull).toList());
            row.row().getChildren().filter(c -> c.hasClassName("slot-body")).findFirst().ifPresent(body -> {
                body.getChildren().filter(c -> c.hasClassName("slot-error")).toList().forEach(c -> ((Div) body).remove(c));
                if (!sentence.isEmpty()) {
                    Span error = new Span(sentence);
                    error.addClassNames("slot-error", "error-text");
                    error.getElement().setAttribute("role", "alert");
                    ((Div) body).add(error);
                }
            });
        }
        String form = byField.getOrDefault("form", byField.get("course"));
        if (fromSave || form == null) {
            formError.setText(fromSave && form != null ? form : fromSave && !problems.isEmpty()
                    ? getTranslation("quizzes.builder.not-saved-problems", problems.size()) : "");
        }
    }

    private void mark(HasValidation field, String key, Map<String, String> byField) {
        invalid(field, triedToSave || touched.contains(key) ? byField.get(key) : null);
    }

    private static void invalid(HasValidation field, @Nullable String message) {
        field.setErrorMessage(message);
        field.setInvalid(message != null);
    }

    private void save() {
        triedToSave = true;
        QuizDraft draft = draft();
        try {
            long id = builder.save(draft);
            boolean created = loaded.id() == null;
            loaded = builder.load(id);
            slots.clear();
            slots.addAll(loaded.slots());
            formError.setText("");
            Notification n = Notification.show(getTranslation("quizzes.builder.saved", BuilderWords.questions(loaded.questionCount()),
                    BuilderWords.points(loaded.totalPoints())), 4000, Notification.Position.BOTTOM_START);
            n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            if (created) {
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, "quizzes/" + id + "/edit"));
            }
            pageTitle = getTranslation("quizzes.builder.edit-title", loaded.title());
            renderSlots();
            refreshActions();
        } catch (QuizBuilderException e) {
            show(e.problems(), true);
        }
    }

    private void refreshActions() {
        boolean saved = loaded != null && loaded.id() != null;
        preview.setEnabled(saved);
        assign.setEnabled(saved);
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }

    private static @Nullable LocalDateTime local(@Nullable Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, BrowserZone.current());
    }

    private static @Nullable Instant instant(@Nullable LocalDateTime local) {
        return local == null ? null : local.atZone(BrowserZone.current()).toInstant();
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}

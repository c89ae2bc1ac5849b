package org.sourcewise.content.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSingleSelectionModel;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sourcewise.browser.Worded;
import org.sourcewise.browser.ui.BuiltInWords;
import org.sourcewise.browser.ui.Words;
import org.sourcewise.content.ArticleCourseService;
import org.sourcewise.content.ArticleDraftException;
import org.sourcewise.content.ArticleInput;
import org.sourcewise.content.ClaimChoice;
import org.sourcewise.content.ClaimKind;
import org.sourcewise.content.DraftCourse;
import org.sourcewise.content.drafting.ArticleAnalysis;
import org.sourcewise.content.drafting.ArticleFormat;
import org.sourcewise.content.drafting.Candidate;

/**
 * A new course from an article: the reference and the text (pasted or uploaded), then the candidate
 * claims, best first, to accept, edit, merge and put into lessons; then the course with its draft
 * questions. Nothing is stored until "Create draft course".
 *
 * <p>The candidates sit in a lazy {@link Grid}: the browser holds only the rows in view, so an article of
 * thousands of sentences shows as fast as a short one. One editor, beside the grid, edits the chosen row.
 */
@Route("courses/from-article")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
@StyleSheet("styles/drafting.css")
class ArticleDraftView extends VerticalLayout implements HasDynamicTitle {

    /** One candidate as the instructor is shaping it. */
    static final class Row {
        final Candidate candidate;
        boolean accepted;
        boolean marked;
        String statement;
        ClaimKind kind;
        int lesson;
        String keyPhrase;
        /** What creating the course found wrong with this claim, shown in its editor; null when nothing. */
        @Nullable String statementError;
        @Nullable String keyPhraseError;

        Row(Candidate candidate, int lesson) {
            this.candidate = candidate;
            this.accepted = candidate.suggested();
            this.statement = candidate.statement();
            this.kind = candidate.kind();
            this.lesson = lesson;
            this.keyPhrase = candidate.keyPhrase();
        }

        String id() {
            return "c" + candidate.paragraph() + "-" + candidate.sentence();
        }
    }

    private final ArticleCourseService drafts;

    private final TextField title = new TextField(getTranslation("content.draft.field.title"));
    private final TextField author = new TextField(getTranslation("content.draft.field.author"));
    private final TextField publication = new TextField(getTranslation("content.draft.field.publication"));
    private final DatePicker date = new DatePicker(getTranslation("content.draft.field.date"));
    private final TextField url = new TextField(getTranslation("content.draft.field.url"));
    private final Select<ArticleFormat> format = new Select<>();
    private final TextArea text = new TextArea(getTranslation("content.draft.field.text"));
    private final Span uploaded = new Span();
    private final Div candidatesCard = new Div();
    private final Grid<Row> grid = new Grid<>();
    private final ListDataProvider<Row> rowData;
    private final Select<Show> show = new Select<>();
    private final Div editor = new Div();
    private final H3 editorTitle = new H3();
    private final Div editorContext = new Div();
    private final Span editorWhy = new Span();
    private final Checkbox editAccept = new Checkbox(getTranslation("content.draft.editor.accept"));
    private final Checkbox editMark = new Checkbox(getTranslation("content.draft.editor.mark"));
    private final TextArea editStatement = new TextArea(getTranslation("content.draft.editor.claim"));
    private final TextField editKeyPhrase = new TextField(getTranslation("content.draft.editor.key-phrase"));
    private final Select<ClaimKind> editKind = new Select<>();
    private final Select<Integer> editLesson = new Select<>();
    /** The row the editor shows; null before any analysis. */
    private @Nullable Row current;
    /** True while the editor is filled from a row, so that filling it changes no row. */
    private boolean filling;
    private final Div lessonsBox = new Div();
    private final UnorderedList errors = new UnorderedList();
    private final Div result = new Div();
    private final Span acceptedCount = new Span();
    private final Select<Order> order = new Select<>();

    private @Nullable ArticleInput analysed;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> lessonTitles = new ArrayList<>();

    ArticleDraftView(ArticleCourseService drafts) {
        this.drafts = drafts;
        this.rowData = new ListDataProvider<>(rows);
        addClassNames("page", "drafting");
        add(new H1(getTranslation("content.draft.heading")));
        Paragraph intro = new Paragraph(getTranslation("content.draft.intro"));
        intro.addClassName("muted");
        add(intro, articleForm(), candidatesCard, result);
        candidatesCard.addClassNames("card", "candidates-card");
        candidatesCard.setId("candidates");
        candidatesCard.setVisible(false);
        result.setId("draft-result");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("content.draft.title");
    }

    private Div articleForm() {
        title.setId("article-title");
        title.setRequiredIndicatorVisible(true);
        author.setId("article-author");
        publication.setId("article-publication");
        date.setId("article-date");
        date.setI18n(BuiltInWords.datePicker());
        url.setId("article-url");
        url.setPlaceholder("https://…");
        Div reference = new Div(title, author, publication, date, url);
        reference.addClassName("reference-fields");

        format.setLabel(getTranslation("content.draft.field.format"));
        format.setId("article-format");
        format.setItems(ArticleFormat.values());
        format.setEmptySelectionAllowed(true);
        format.setEmptySelectionCaption(getTranslation("content.draft.format.detect"));
        format.setItemLabelGenerator(f -> f == null ? getTranslation("content.draft.format.detect") : formatLabel(f));

        text.setId("article-text");
        text.setWidthFull();
        text.setMinHeight("12rem");
        text.setMaxHeight("24rem");
        text.setPlaceholder(getTranslation("content.draft.text-placeholder"));

        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            UI ui = UI.getCurrent();
            Runnable use = () -> useUpload(metadata.fileName(), data);
            if (ui != null) {
                ui.access(use::run);
            } else {
                use.run();
            }
        }));
        upload.setId("article-upload");
        UploadI18N uploadWords = BuiltInWords.upload();
        upload.setI18n(uploadWords);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ArticleCourseService.MAX_BYTES);
        upload.setAcceptedFileTypes(".txt", ".md", ".markdown", ".html", ".htm", "text/plain", "text/markdown", "text/html");
        upload.addFileRejectedListener(e -> {
            // the upload says why in its own words (its i18n): too big, or not one of the accepted types
            String tooBig = uploadWords.getError() == null ? null : uploadWords.getError().getFileIsTooBig();
            boolean size = e.getErrorMessage() != null && (e.getErrorMessage().equals(tooBig)
                    || e.getErrorMessage().toLowerCase(Locale.ROOT).contains("size")); // not shown
            uploaded.setText(getTranslation("content.draft.upload.refused", size
                    ? getTranslation("content.draft.upload.too-large") : getTranslation("content.draft.upload.wrong-type")));
            uploaded.addClassName("error-text");
        });
        uploaded.setId("article-uploaded");
        Span or = new Span(getTranslation("content.draft.upload.or"));
        or.addClassName("muted");

        Button propose = new Button(getTranslation("content.draft.propose"), VaadinIcon.MAGIC.create(), e -> propose());
        propose.setId("propose-claims");
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div buttons = new Div(propose);
        buttons.addClassName("button-row");

        Div card = new Div(new H2(getTranslation("content.draft.step-article")), reference, format, text, or, upload, uploaded, buttons);
        card.addClassNames("card", "article-form");
        return card;
    }

    void useUpload(String fileName, byte[] data) {
        if (data.length > ArticleCourseService.MAX_BYTES) {
            uploaded.setText(getTranslation("content.draft.upload.refused", say(ArticleCourseService.tooLarge(data.length))));
            uploaded.addClassName("error-text");
            return;
        }
        text.setValue(new String(data, StandardCharsets.UTF_8));
        ArticleFormat.ofFileName(fileName).ifPresent(format::setValue);
        uploaded.setText(getTranslation("content.draft.upload.read", fileName));
        uploaded.removeClassName("error-text");
    }

    private ArticleInput input() {
        return new ArticleInput(title.getValue(), author.getValue(), publication.getValue(), date.getValue(), url.getValue(),
                text.getValue(), format.getValue());
    }

    private void clearInvalid() {
        for (var field : List.of(title, author, publication, url)) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
        text.setInvalid(false);
        text.setErrorMessage(null);
    }

    private void propose() {
        clearInvalid();
        result.removeAll();
        ArticleInput input = input();
        ArticleAnalysis analysis;
        try {
            analysis = drafts.propose(input);
        } catch (ArticleDraftException e) {
            showArticleProblems(e);
            return;
        }
        analysed = input;
        rows.clear();
        current = null;
        lessonTitles.clear();
        int paragraphs = analysis.paragraphs().size();
        int lessonCount = Math.max(1, Math.min(6, Math.round(paragraphs / 4.0f)));
        for (int l = 0; l < lessonCount; l++) {
            int from = l * paragraphs / lessonCount + 1;
            int to = (l + 1) * paragraphs / lessonCount;
            // a lesson's title is course content, in the article's language (English), whatever the page's
            lessonTitles.add(to > from ? Worded.english("content.draft.lesson-default-range", l + 1, from, to)
                    : Worded.english("content.draft.lesson-default", l + 1, from));
        }
        for (Candidate c : analysis.candidates()) {
            int lesson = Math.min(lessonCount, (c.paragraph() - 1) * lessonCount / Math.max(1, paragraphs) + 1);
            rows.add(new Row(c, lesson));
        }
        buildCandidates(analysis);
    }

    private void showArticleProblems(ArticleDraftException e) {
        for (ArticleDraftException.Problem p : e.problems()) {
            switch (p.field()) {
                case "title" -> invalid(title, say(p));
                case "author" -> invalid(author, say(p));
                case "publication" -> invalid(publication, say(p));
                case "url" -> invalid(url, say(p));
                case "text" -> {
                    text.setInvalid(true);
                    text.setErrorMessage(capital(say(p)));
                }
                default -> { }
            }
        }
    }

    private static void invalid(TextField field, String message) {
        field.setInvalid(true);
        field.setErrorMessage(capital(message));
    }

    private void buildCandidates(ArticleAnalysis analysis) {
        candidatesCard.removeAll();
        candidatesCard.setVisible(true);
        candidatesCard.add(new H2(getTranslation("content.draft.step-claims")));
        long needContext = rows.stream().filter(r -> r.candidate.needsContext()).count();
        Paragraph summary = new Paragraph(getTranslation("content.draft.summary", analysis.paragraphs().size(),
                analysis.sentenceCount(), analysis.wordCount(), needContext));
        summary.addClassName("muted");
        summary.setId("analysis-summary");

        lessonsBox.addClassName("lessons-box");
        lessonsBox.setId("lessons");
        buildLessons();

        order.setLabel(getTranslation("content.draft.order"));
        order.setId("candidate-order");
        order.setItems(Order.values());
        order.setItemLabelGenerator(o -> switch (o) {
            case RANK -> getTranslation("content.draft.order.rank");
            case ARTICLE -> getTranslation("content.draft.order.article");
        });
        order.setValue(Order.RANK);
        order.addValueChangeListener(e -> sortRows());
        show.setLabel(getTranslation("content.draft.show"));
        show.setId("candidate-filter");
        show.setItems(Show.values());
        show.setItemLabelGenerator(o -> switch (o) {
            case ALL -> getTranslation("content.draft.show.all");
            case ACCEPTED -> getTranslation("content.draft.show.accepted");
            case CONTEXT -> getTranslation("content.draft.show.context");
        });
        show.setValue(Show.ALL);
        show.addValueChangeListener(e -> filterRows());
        Button merge = new Button(getTranslation("content.draft.merge"), VaadinIcon.COMPRESS_SQUARE.create(), e -> mergeMarked());
        merge.setId("merge-marked");
        acceptedCount.setId("accepted-count");
        acceptedCount.addClassName("muted");
        Div toolbar = new Div(order, show, merge, acceptedCount);
        toolbar.addClassName("candidate-toolbar");

        buildGrid();
        buildEditor();
        Div workspace = new Div(grid, editor);
        workspace.addClassName("candidate-workspace");
        sortRows();
        filterRows();
        rows.stream().findFirst().ifPresent(this::edit);

        errors.setId("draft-errors");
        errors.addClassName("problems");
        errors.setVisible(false);
        Button create = new Button(getTranslation("content.draft.create"), VaadinIcon.CHECK.create(), e -> create());
        create.setId("create-course");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div buttons = new Div(create);
        buttons.addClassName("button-row");
        candidatesCard.add(summary, lessonsBox, toolbar, workspace, errors, buttons);
        updateCount();
    }

    /** The grid's orders. */
    private enum Order { RANK, ARTICLE }

    /** What the grid shows. */
    private enum Show { ALL, ACCEPTED, CONTEXT }

    // one lazy grid: the browser gets the rows in view only (a full editor per row made 50,000 words hang the tab)
    private void buildGrid() {
        if (grid.getColumns().isEmpty()) {
            grid.setId("candidate-grid");
            grid.addClassName("candidate-grid");
            grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
            grid.setItems(rowData);
            grid.setSelectionMode(Grid.SelectionMode.SINGLE);
            ((GridSingleSelectionModel<Row>) grid.getSelectionModel()).setDeselectAllowed(false);
            grid.asSingleSelect().addValueChangeListener(e -> {
                if (e.getValue() != null && e.getValue() != current) {
                    edit(e.getValue());
                }
            });
            // accessibleName, as Checkbox.setAriaLabel sets it: the web component hands it to its input
            grid.addColumn(LitRenderer.<Row>of("<vaadin-checkbox class=\"accept\" data-rank=${item.rank}"
                            + " .accessibleName=${item.acceptLabel} .checked=${item.accepted}"
                            + " @click=${e => e.stopPropagation()} @change=${toggle}></vaadin-checkbox>")
                    .withProperty("rank", r -> r.candidate.rank())
                    .withProperty("acceptLabel", r -> getTranslation("content.draft.accept-candidate", r.candidate.rank()))
                    .withProperty("accepted", r -> r.accepted)
                    .withFunction("toggle", r -> setAccepted(r, !r.accepted)))
                    .setHeader(getTranslation("content.draft.column.accept")).setWidth("5rem").setFlexGrow(0);
            grid.addColumn(r -> "#" + r.candidate.rank() + " \u00b7 \u00b6" + r.candidate.paragraph())
                    .setHeader(getTranslation("content.draft.column.rank")).setWidth("5.5rem").setFlexGrow(0).setPartNameGenerator(r -> "meta");
            // kind, lesson and key phrase under the claim: separate columns left the claim too narrow to read
            // the flags' words go into the template once (escaped for it), the row's words as its properties
            grid.addColumn(LitRenderer.<Row>of("<div class=\"cand\"><div class=\"cand-text\">${item.statement}</div>"
                            + "<div class=\"cand-flags\"><span class=\"flag context\" ?hidden=${!item.context}>"
                            + template(getTranslation("content.draft.flag.needs-context")) + "</span>"
                            + "<span class=\"flag marked\" ?hidden=${!item.marked}>"
                            + template(getTranslation("content.draft.flag.marked")) + "</span>"
                            + "<span class=\"flag problem\" ?hidden=${!item.problem}>${item.problem}</span>"
                            + "<span class=\"cand-key\">${item.meta}</span>"
                            + "</div></div>")
                    .withProperty("statement", r -> r.statement)
                    .withProperty("context", r -> r.candidate.needsContext())
                    .withProperty("marked", r -> r.marked)
                    .withProperty("problem", r -> r.statementError != null || r.keyPhraseError != null
                            ? getTranslation("content.draft.flag.problem") : "")
                    .withProperty("meta", r -> getTranslation("content.draft.candidate-meta", ClaimKinds.label(r.kind), r.lesson,
                            r.keyPhrase)))
                    .setHeader(getTranslation("content.draft.column.claim")).setFlexGrow(1);
            grid.setPartNameGenerator(r -> r.accepted ? "accepted" : null);
        }
    }

    private void buildEditor() {
        if (editor.getChildren().findAny().isPresent()) {
            fillLessonChoices();
            return;
        }
        editor.setId("candidate-editor");
        editor.addClassName("candidate-editor");
        editorTitle.setId("editor-title");
        editorContext.setId("candidate-context");
        editorContext.addClassName("candidate-context");
        editorWhy.addClassName("candidate-why");
        editAccept.setId("candidate-accept");
        editAccept.addValueChangeListener(e -> {
            if (!filling && current != null) {
                setAccepted(current, e.getValue());
            }
        });
        editMark.setId("candidate-mark");
        editMark.addValueChangeListener(e -> {
            if (!filling && current != null) {
                current.marked = e.getValue();
                rowData.refreshItem(current);
            }
        });
        editStatement.setId("candidate-statement");
        editStatement.setWidthFull();
        editStatement.addValueChangeListener(e -> {
            if (!filling && current != null) {
                current.statement = e.getValue();
                current.statementError = null;
                editStatement.setInvalid(false);
                rowData.refreshItem(current);
            }
        });
        editKeyPhrase.setId("candidate-keyphrase");
        editKeyPhrase.setWidthFull();
        editKeyPhrase.setHelperText(getTranslation("content.draft.editor.key-phrase-help"));
        editKeyPhrase.addValueChangeListener(e -> {
            if (!filling && current != null) {
                current.keyPhrase = e.getValue();
                current.keyPhraseError = null;
                editKeyPhrase.setInvalid(false);
                rowData.refreshItem(current);
            }
        });
        editKind.setLabel(getTranslation("content.draft.editor.kind"));
        editKind.setId("candidate-kind");
        editKind.setItems(ClaimKind.values());
        editKind.setItemLabelGenerator(ClaimKinds::label);
        editKind.addValueChangeListener(e -> {
            if (!filling && current != null && e.getValue() != null) {
                current.kind = e.getValue();
                rowData.refreshItem(current);
            }
        });
        editLesson.setLabel(getTranslation("content.draft.editor.lesson"));
        editLesson.setId("candidate-lesson");
        editLesson.addValueChangeListener(e -> {
            if (!filling && current != null && e.getValue() != null) {
                current.lesson = e.getValue();
                rowData.refreshItem(current);
            }
        });
        fillLessonChoices();
        Div checks = new Div(editAccept, editMark);
        checks.addClassName("editor-checks");
        Div selects = new Div(editKind, editLesson);
        selects.addClassName("editor-selects");
        editor.add(editorTitle, editorContext, checks, editStatement, editKeyPhrase, selects, editorWhy);
    }

    private void fillLessonChoices() {
        List<Integer> numbers = new ArrayList<>();
        for (int l = 1; l <= lessonTitles.size(); l++) {
            numbers.add(l);
        }
        filling = true;
        try {
            editLesson.setItems(numbers);
            editLesson.setItemLabelGenerator(n -> n >= 1 && n <= lessonTitles.size() ? lessonTitles.get(n - 1)
                    : Worded.english("content.draft.lesson-new", n));
            if (current != null) {
                editLesson.setValue(Math.min(current.lesson, lessonTitles.size()));
            }
        } finally {
            filling = false;
        }
    }

    /** Shows {@code row} in the editor and selects it in the grid. */
    void edit(Row row) {
        current = row;
        filling = true;
        try {
            Candidate c = row.candidate;
            editorTitle.setText(getTranslation("content.draft.editor.title", c.rank(), c.paragraph(), c.sentence()));
            editorContext.removeAll();
            if (c.needsContext()) {
                Span flag = new Span(getTranslation("content.draft.editor.needs-context"));
                flag.addClassName("flag");
                flag.addClassName("context");
                editorContext.add(flag, new Paragraph(getTranslation("content.draft.editor.follows", c.context())));
            } else if (!c.statement().equals(c.text())) {
                editorContext.add(new Paragraph(getTranslation("content.draft.editor.article-says", c.text())));
            }
            editorContext.setVisible(editorContext.getChildren().findAny().isPresent());
            editAccept.setValue(row.accepted);
            editMark.setValue(row.marked);
            editStatement.setValue(row.statement);
            editStatement.setInvalid(row.statementError != null);
            editStatement.setErrorMessage(row.statementError);
            editKeyPhrase.setValue(row.keyPhrase);
            editKeyPhrase.setInvalid(row.keyPhraseError != null);
            editKeyPhrase.setErrorMessage(row.keyPhraseError);
            editKind.setValue(row.kind);
            editLesson.setValue(Math.min(row.lesson, lessonTitles.size()));
            editorWhy.setText(getTranslation("content.draft.editor.score", c.score(),
                    String.join(", ", c.reasons().stream().map(ArticleDraftView::reason).toList())));
        } finally {
            filling = false;
        }
        if (grid.asSingleSelect().getValue() != row) {
            grid.select(row);
        }
    }

    private void setAccepted(Row row, boolean accepted) {
        row.accepted = accepted;
        rowData.refreshItem(row);
        if (row == current && editAccept.getValue() != accepted) {
            filling = true;
            editAccept.setValue(accepted);
            filling = false;
        }
        updateCount();
    }

    private void sortRows() {
        rowData.setSortComparator(order.getValue() == Order.ARTICLE ? articleOrder()::compare
                : Comparator.<Row>comparingInt(r -> r.candidate.rank())::compare);
    }

    private void filterRows() {
        Show value = show.getValue();
        if (value == Show.ACCEPTED) {
            rowData.setFilter(r -> r.accepted);
        } else if (value == Show.CONTEXT) {
            rowData.setFilter(r -> r.candidate.needsContext());
        } else {
            rowData.clearFilters();
        }
    }

    private void buildLessons() {
        lessonsBox.removeAll();
        Span label = new Span(getTranslation("content.draft.lessons"));
        label.addClassName("box-label");
        lessonsBox.add(label);
        for (int l = 0; l < lessonTitles.size(); l++) {
            int index = l;
            TextField field = new TextField();
            field.setValue(lessonTitles.get(l));
            field.setId("lesson-title-" + (l + 1));
            field.setAriaLabel(getTranslation("content.draft.lesson-title-label", l + 1));
            field.setPrefixComponent(new Span(String.valueOf(l + 1)));
            field.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.ON_BLUR);
            field.addValueChangeListener(e -> {
                lessonTitles.set(index, e.getValue());
                fillLessonChoices();
                rowData.refreshAll();
            });
            lessonsBox.add(field);
        }
        Button add = new Button(getTranslation("content.draft.add-lesson"), VaadinIcon.PLUS.create(), e -> {
            lessonTitles.add(Worded.english("content.draft.lesson-new", lessonTitles.size() + 1));
            buildLessons();
            fillLessonChoices();
        });
        add.setId("add-lesson");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        lessonsBox.add(add);
    }

    private static Comparator<Row> articleOrder() {
        return Comparator.<Row>comparingInt(r -> r.candidate.paragraph()).thenComparingInt(r -> r.candidate.sentence());
    }

    private void updateCount() {
        long n = rows.stream().filter(r -> r.accepted).count();
        acceptedCount.setText(getTranslation("content.draft.accepted-count", n, rows.size()));
    }

    void mergeMarked() {
        List<Row> marked = rows.stream().filter(r -> r.marked).sorted(articleOrder()).toList();
        if (marked.size() < 2) {
            showErrors(List.of(getTranslation("content.draft.merge-fewer")));
            return;
        }
        Row first = marked.getFirst();
        StringBuilder statement = new StringBuilder(first.statement.strip());
        for (Row other : marked.subList(1, marked.size())) {
            statement.append(' ').append(other.statement.strip());
            rows.remove(other);
        }
        first.statement = statement.toString();
        first.accepted = true;
        rows.forEach(r -> r.marked = false);
        showErrors(List.of());
        rowData.refreshAll();
        updateCount();
        edit(first);
    }

    private void showErrors(List<String> messages) {
        errors.removeAll();
        messages.forEach(m -> errors.add(new ListItem(m)));
        errors.setVisible(!messages.isEmpty());
    }

    private void create() {
        List<Row> accepted = rows.stream().filter(r -> r.accepted).sorted(articleOrder()).toList();
        rows.forEach(r -> {
            r.statementError = null;
            r.keyPhraseError = null;
        });
        clearInvalid();
        List<ClaimChoice> choices = accepted.stream().map(r -> new ClaimChoice(r.statement, r.kind, r.candidate.paragraph(),
                r.keyPhrase, r.lesson)).toList();
        DraftCourse course;
        try {
            // the reference as it is now (it may have been corrected), the text as it was analysed
            // the create button is shown only with an analysis
            ArticleInput analysed = Objects.requireNonNull(this.analysed);
            ArticleInput input = new ArticleInput(title.getValue(), author.getValue(), publication.getValue(), date.getValue(),
                    url.getValue(), analysed.text(), analysed.format());
            course = drafts.createCourse(input, choices, List.copyOf(lessonTitles));
        } catch (ArticleDraftException e) {
            showArticleProblems(e);
            List<String> messages = new ArrayList<>();
            Row firstWrong = null;
            for (ArticleDraftException.Problem p : e.problems()) {
                String message = capital(say(p));
                messages.add(message);
                if (p.field().startsWith("claim ")) {
                    Row row = accepted.get(Integer.parseInt(p.field().substring(6)) - 1);
                    if (p.wordsKey().contains("key-phrase")) {
                        row.keyPhraseError = message;
                    } else {
                        row.statementError = message;
                    }
                    firstWrong = firstWrong == null ? row : firstWrong;
                }
            }
            rowData.refreshAll();
            if (firstWrong != null) {
                // the editor opens on the first claim refused, with the message at its field
                edit(firstWrong);
                grid.scrollToItem(firstWrong);
            }
            showErrors(messages);
            return;
        }
        showErrors(List.of());
        result.removeAll();
        Div card = new Div();
        card.addClassNames("card", "import-report", "report-ok");
        card.add(new H2(getTranslation("content.draft.created", course.title())));
        card.add(new Paragraph(getTranslation("content.draft.created-text", course.claims(), course.lessons(), course.questions())));
        Button bank = new Button(getTranslation("content.draft.open-bank"), VaadinIcon.ARROW_RIGHT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("course/" + course.slug() + "/bank")));
        bank.setId("open-bank");
        bank.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(bank);
        result.add(card);
        candidatesCard.setVisible(false);
        card.scrollIntoView();
    }

    /** A problem in the page's language. */
    private String say(Worded problem) {
        return getTranslation(problem.wordsKey(), problem.wordsParams());
    }

    private String formatLabel(ArticleFormat f) {
        return switch (f) {
            case TEXT -> getTranslation("content.draft.format.text");
            case MARKDOWN -> getTranslation("content.draft.format.markdown");
            case HTML -> getTranslation("content.draft.format.html");
        };
    }

    /** Text for a Lit template: HTML's special characters and a template literal's escaped. */
    private static String template(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("$", "&#36;")
                .replace("`", "&#96;").replace("\\", "&#92;");
    }

    private static final Pattern COUNTED = Pattern.compile("(\\d+) (number|date|name)s?");

    /**
     * One of the drafter's reasons for a score in the page's language: the drafter says them in its own
     * fixed English words ({@code ClaimProposer}); a cue is the article's own word and stays as it is.
     * A reason it says that this does not know is shown as it is.
     */
    static String reason(String reason) {
        Matcher counted = COUNTED.matcher(reason);
        if (counted.matches()) {
            int n = Integer.parseInt(counted.group(1));
            return switch (counted.group(2)) {
                case "date" -> Words.of("content.draft.reason.dates", n);
                case "name" -> Words.of("content.draft.reason.names", n);
                default -> Words.of("content.draft.reason.numbers", n);
            };
        }
        String laterYear = " + a later year"; // not shown: the drafter's words, matched
        if (reason.startsWith("cue: ")) {
            return reason.endsWith(laterYear)
                    ? Words.of("content.draft.reason.cue-later-year", reason.substring(5, reason.length() - laterYear.length()))
                    : Words.of("content.draft.reason.cue", reason.substring(5));
        }
        return switch (reason) {
            case "opening" -> Words.of("content.draft.reason.opening");
            case "conclusion" -> Words.of("content.draft.reason.conclusion");
            case "needs context" -> Words.of("content.draft.reason.needs-context");
            case "cause" -> Words.of("content.draft.reason.cause");
            case "contrast" -> Words.of("content.draft.reason.contrast");
            case "comparison" -> Words.of("content.draft.reason.comparison");
            case "trend" -> Words.of("content.draft.reason.trend");
            case "prediction" -> Words.of("content.draft.reason.prediction");
            case "thesis" -> Words.of("content.draft.reason.thesis");
            case "reported" -> Words.of("content.draft.reason.reported");
            case "quantity" -> Words.of("content.draft.reason.quantity");
            case "short" -> Words.of("content.draft.reason.short");
            case "long" -> Words.of("content.draft.reason.long");
            case "question" -> Words.of("content.draft.reason.question");
            case "an early year" -> Words.of("content.draft.reason.early-year"); // not shown: the drafter's word, matched
            default -> reason;
        };
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    List<Row> rows() {
        return rows;
    }

    @Nullable Row current() {
        return current;
    }
}

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
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
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
@PageTitle("New course from an article · Sourcewise")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
@StyleSheet("styles/drafting.css")
class ArticleDraftView extends VerticalLayout {

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

    private final TextField title = new TextField("Title");
    private final TextField author = new TextField("Author");
    private final TextField publication = new TextField("Publication");
    private final DatePicker date = new DatePicker("Date");
    private final TextField url = new TextField("Address (URL)");
    private final Select<ArticleFormat> format = new Select<>();
    private final TextArea text = new TextArea("The article's text");
    private final Span uploaded = new Span();
    private final Div candidatesCard = new Div();
    private final Grid<Row> grid = new Grid<>();
    private final ListDataProvider<Row> rowData;
    private final Select<String> show = new Select<>();
    private final Div editor = new Div();
    private final H3 editorTitle = new H3();
    private final Div editorContext = new Div();
    private final Span editorWhy = new Span();
    private final Checkbox editAccept = new Checkbox("Accept");
    private final Checkbox editMark = new Checkbox("Mark to merge");
    private final TextArea editStatement = new TextArea("Claim");
    private final TextField editKeyPhrase = new TextField("Key phrase");
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
    private final Select<String> order = new Select<>();

    private @Nullable ArticleInput analysed;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> lessonTitles = new ArrayList<>();

    ArticleDraftView(ArticleCourseService drafts) {
        this.drafts = drafts;
        this.rowData = new ListDataProvider<>(rows);
        addClassNames("page", "drafting");
        add(new H1("New course from an article"));
        Paragraph intro = new Paragraph("Give the article's reference and its text. Sourcewise splits it into paragraphs and"
                + " sentences and proposes the sentences that state most as claims; you accept, edit, merge and group"
                + " them into lessons, and it drafts questions for each. Nothing is stored until you create the course,"
                + " and every question stays a draft until you publish it.");
        intro.addClassName("muted");
        add(intro, articleForm(), candidatesCard, result);
        candidatesCard.addClassNames("card", "candidates-card");
        candidatesCard.setId("candidates");
        candidatesCard.setVisible(false);
        result.setId("draft-result");
    }

    private Div articleForm() {
        title.setId("article-title");
        title.setRequiredIndicatorVisible(true);
        author.setId("article-author");
        publication.setId("article-publication");
        date.setId("article-date");
        url.setId("article-url");
        url.setPlaceholder("https://…");
        Div reference = new Div(title, author, publication, date, url);
        reference.addClassName("reference-fields");

        format.setLabel("Written as");
        format.setId("article-format");
        format.setItems(ArticleFormat.values());
        format.setEmptySelectionAllowed(true);
        format.setEmptySelectionCaption("Detect automatically");
        format.setItemLabelGenerator(f -> f == null ? "Detect automatically" : f.label());

        text.setId("article-text");
        text.setWidthFull();
        text.setMinHeight("12rem");
        text.setMaxHeight("24rem");
        text.setPlaceholder("Paste the article here: paragraphs separated by blank lines (plain text, Markdown or HTML).");

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
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ArticleCourseService.MAX_BYTES);
        upload.setAcceptedFileTypes(".txt", ".md", ".markdown", ".html", ".htm", "text/plain", "text/markdown", "text/html");
        upload.addFileRejectedListener(e -> {
            boolean size = e.getErrorMessage() != null && e.getErrorMessage().toLowerCase(Locale.ROOT).contains("size");
            uploaded.setText("That file was refused: " + (size
                    ? "articles of up to 2 MB can be read. Upload the article's text alone."
                    : "only .txt, .md and .html files can be read."));
            uploaded.addClassName("error-text");
        });
        uploaded.setId("article-uploaded");
        Span or = new Span("or upload a .txt, .md or .html file (UTF-8, up to 2 MB):");
        or.addClassName("muted");

        Button propose = new Button("Propose claims", VaadinIcon.MAGIC.create(), e -> propose());
        propose.setId("propose-claims");
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div buttons = new Div(propose);
        buttons.addClassName("button-row");

        Div card = new Div(new H2("1. The article"), reference, format, text, or, upload, uploaded, buttons);
        card.addClassNames("card", "article-form");
        return card;
    }

    void useUpload(String fileName, byte[] data) {
        if (data.length > ArticleCourseService.MAX_BYTES) {
            uploaded.setText("That file was refused: " + ArticleCourseService.tooLargeMessage(data.length));
            uploaded.addClassName("error-text");
            return;
        }
        text.setValue(new String(data, StandardCharsets.UTF_8));
        ArticleFormat.ofFileName(fileName).ifPresent(format::setValue);
        uploaded.setText("Read " + fileName + " into the box above; check it, then propose claims.");
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
            lessonTitles.add("Lesson " + (l + 1) + ": paragraphs " + from + (to > from ? "\u2013" + to : ""));
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
                case "title" -> invalid(title, p.message());
                case "author" -> invalid(author, p.message());
                case "publication" -> invalid(publication, p.message());
                case "url" -> invalid(url, p.message());
                case "text" -> {
                    text.setInvalid(true);
                    text.setErrorMessage(capital(p.message()));
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
        candidatesCard.add(new H2("2. Claims and lessons"));
        long needContext = rows.stream().filter(r -> r.candidate.needsContext()).count();
        Paragraph summary = new Paragraph(analysis.paragraphs().size() + " paragraphs, " + analysis.sentenceCount()
                + " sentences, " + analysis.wordCount() + " words. Every sentence is a candidate, those that state most"
                + " (numbers, dates, names, comparisons, causes, predictions, the article's thesis) first; the best are"
                + " ticked. " + (needContext == 0 ? "" : needContext + (needContext == 1 ? " candidate needs" : " candidates need")
                + " the sentence before it to make sense; they are marked and never ticked. ")
                + "Choose a candidate to edit it: put it in your own words; its key phrase (at most 12 words, copied"
                + " from the paragraph) locates it in the source.");
        summary.addClassName("muted");
        summary.setId("analysis-summary");

        lessonsBox.addClassName("lessons-box");
        lessonsBox.setId("lessons");
        buildLessons();

        order.setLabel("Order");
        order.setId("candidate-order");
        order.setItems("By rank", "In article order");
        order.setValue("By rank");
        order.addValueChangeListener(e -> sortRows());
        show.setLabel("Show");
        show.setId("candidate-filter");
        show.setItems(SHOW_ALL, SHOW_ACCEPTED, SHOW_CONTEXT);
        show.setValue(SHOW_ALL);
        show.addValueChangeListener(e -> filterRows());
        Button merge = new Button("Merge marked", VaadinIcon.COMPRESS_SQUARE.create(), e -> mergeMarked());
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
        Button create = new Button("Create draft course", VaadinIcon.CHECK.create(), e -> create());
        create.setId("create-course");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div buttons = new Div(create);
        buttons.addClassName("button-row");
        candidatesCard.add(summary, lessonsBox, toolbar, workspace, errors, buttons);
        updateCount();
    }

    private static final String SHOW_ALL = "All candidates";
    private static final String SHOW_ACCEPTED = "Accepted";
    private static final String SHOW_CONTEXT = "Needing context";

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
                            + " .accessibleName=${'Accept candidate ' + item.rank} .checked=${item.accepted}"
                            + " @click=${e => e.stopPropagation()} @change=${toggle}></vaadin-checkbox>")
                    .withProperty("rank", r -> r.candidate.rank())
                    .withProperty("accepted", r -> r.accepted)
                    .withFunction("toggle", r -> setAccepted(r, !r.accepted)))
                    .setHeader("Accept").setWidth("5rem").setFlexGrow(0);
            grid.addColumn(r -> "#" + r.candidate.rank() + " \u00b7 \u00b6" + r.candidate.paragraph())
                    .setHeader("Rank").setWidth("5.5rem").setFlexGrow(0).setPartNameGenerator(r -> "meta");
            // kind, lesson and key phrase under the claim: separate columns left the claim too narrow to read
            grid.addColumn(LitRenderer.<Row>of("<div class=\"cand\"><div class=\"cand-text\">${item.statement}</div>"
                            + "<div class=\"cand-flags\"><span class=\"flag context\" ?hidden=${!item.context}>needs context</span>"
                            + "<span class=\"flag marked\" ?hidden=${!item.marked}>marked to merge</span>"
                            + "<span class=\"flag problem\" ?hidden=${!item.problem}>${item.problem}</span>"
                            + "<span class=\"cand-key\">${item.kind} \u00b7 lesson ${item.lesson} \u00b7 key: \u201c${item.key}\u201d</span>"
                            + "</div></div>")
                    .withProperty("statement", r -> r.statement)
                    .withProperty("context", r -> r.candidate.needsContext())
                    .withProperty("marked", r -> r.marked)
                    .withProperty("problem", r -> r.statementError != null || r.keyPhraseError != null ? "has a problem" : "")
                    .withProperty("kind", r -> r.kind.label())
                    .withProperty("lesson", r -> r.lesson)
                    .withProperty("key", r -> r.keyPhrase))
                    .setHeader("Claim").setFlexGrow(1);
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
        editKeyPhrase.setHelperText("At most 12 words, copied word for word from the paragraph");
        editKeyPhrase.addValueChangeListener(e -> {
            if (!filling && current != null) {
                current.keyPhrase = e.getValue();
                current.keyPhraseError = null;
                editKeyPhrase.setInvalid(false);
                rowData.refreshItem(current);
            }
        });
        editKind.setLabel("Kind");
        editKind.setId("candidate-kind");
        editKind.setItems(ClaimKind.values());
        editKind.setItemLabelGenerator(ClaimKind::label);
        editKind.addValueChangeListener(e -> {
            if (!filling && current != null && e.getValue() != null) {
                current.kind = e.getValue();
                rowData.refreshItem(current);
            }
        });
        editLesson.setLabel("Lesson");
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
            editLesson.setItemLabelGenerator(n -> n >= 1 && n <= lessonTitles.size() ? lessonTitles.get(n - 1) : "Lesson " + n);
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
            editorTitle.setText("Candidate #" + c.rank() + " \u00b7 paragraph " + c.paragraph() + ", sentence " + c.sentence());
            editorContext.removeAll();
            if (c.needsContext()) {
                Span flag = new Span("Needs context");
                flag.addClassName("flag");
                flag.addClassName("context");
                editorContext.add(flag, new Paragraph("It follows: \u201c" + c.context() + "\u201d Say what it refers to"
                        + " before you accept it."));
            } else if (!c.statement().equals(c.text())) {
                editorContext.add(new Paragraph("The article says: \u201c" + c.text() + "\u201d"));
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
            editorWhy.setText("Score " + c.score() + ": " + String.join(", ", c.reasons()));
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
        rowData.setSortComparator("In article order".equals(order.getValue()) ? articleOrder()::compare
                : Comparator.<Row>comparingInt(r -> r.candidate.rank())::compare);
    }

    private void filterRows() {
        String value = show.getValue();
        if (SHOW_ACCEPTED.equals(value)) {
            rowData.setFilter(r -> r.accepted);
        } else if (SHOW_CONTEXT.equals(value)) {
            rowData.setFilter(r -> r.candidate.needsContext());
        } else {
            rowData.clearFilters();
        }
    }

    private void buildLessons() {
        lessonsBox.removeAll();
        Span label = new Span("Lessons");
        label.addClassName("box-label");
        lessonsBox.add(label);
        for (int l = 0; l < lessonTitles.size(); l++) {
            int index = l;
            TextField field = new TextField();
            field.setValue(lessonTitles.get(l));
            field.setId("lesson-title-" + (l + 1));
            field.setAriaLabel("Title of lesson " + (l + 1));
            field.setPrefixComponent(new Span(String.valueOf(l + 1)));
            field.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.ON_BLUR);
            field.addValueChangeListener(e -> {
                lessonTitles.set(index, e.getValue());
                fillLessonChoices();
                rowData.refreshAll();
            });
            lessonsBox.add(field);
        }
        Button add = new Button("Add lesson", VaadinIcon.PLUS.create(), e -> {
            lessonTitles.add("Lesson " + (lessonTitles.size() + 1));
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
        acceptedCount.setText(n + (n == 1 ? " claim" : " claims") + " accepted of " + rows.size() + " candidates");
    }

    void mergeMarked() {
        List<Row> marked = rows.stream().filter(r -> r.marked).sorted(articleOrder()).toList();
        if (marked.size() < 2) {
            showErrors(List.of("Mark two or more candidates to merge them into one claim."));
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
                messages.add(capital(p.message()));
                if (p.field().startsWith("claim ")) {
                    Row row = accepted.get(Integer.parseInt(p.field().substring(6)) - 1);
                    if (p.message().contains("key phrase")) {
                        row.keyPhraseError = capital(p.message());
                    } else {
                        row.statementError = capital(p.message());
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
        card.add(new H2("Course \u201c" + course.title() + "\u201d created"));
        card.add(new Paragraph(course.claims() + " claims in " + course.lessons() + (course.lessons() == 1 ? " lesson, " : " lessons, ")
                + course.questions() + " draft questions. The questions are drafts: review and publish them in the bank"
                + " before students see them."));
        Button bank = new Button("Open its question bank", VaadinIcon.ARROW_RIGHT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("course/" + course.slug() + "/bank")));
        bank.setId("open-bank");
        bank.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(bank);
        result.add(card);
        candidatesCard.setVisible(false);
        card.scrollIntoView();
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

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
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
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
        TextArea statementField;
        TextField keyPhraseField;

        // the fields are made each time the row is shown (rowComponent), and every row is shown as it is made
        @SuppressWarnings("NullAway.Init")
        Row(Candidate candidate, int lesson) {
            this.candidate = candidate;
            this.accepted = candidate.suggested();
            this.statement = candidate.text();
            this.kind = candidate.kind();
            this.lesson = lesson;
            this.keyPhrase = candidate.keyPhrase();
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
    private final Div rowsBox = new Div();
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
        Paragraph summary = new Paragraph(analysis.paragraphs().size() + " paragraphs, " + analysis.sentenceCount()
                + " sentences, " + analysis.wordCount() + " words. Every sentence is a candidate, those that state most"
                + " (numbers, dates, names, causes, contrasts) first; the best are ticked. A claim starts as the article's"
                + " sentence: put it in your own words. Its key phrase (at most 12 words, copied from the paragraph)"
                + " locates it in the source.");
        summary.addClassName("muted");
        summary.setId("analysis-summary");

        lessonsBox.addClassName("lessons-box");
        lessonsBox.setId("lessons");
        buildLessons();

        order.setLabel("Order");
        order.setId("candidate-order");
        order.setItems("By rank", "In article order");
        order.setValue("By rank");
        order.addValueChangeListener(e -> buildRows());
        Button merge = new Button("Merge marked", VaadinIcon.COMPRESS_SQUARE.create(), e -> mergeMarked());
        merge.setId("merge-marked");
        acceptedCount.setId("accepted-count");
        acceptedCount.addClassName("muted");
        Div toolbar = new Div(order, merge, acceptedCount);
        toolbar.addClassName("candidate-toolbar");

        rowsBox.addClassName("candidate-list");
        rowsBox.setId("candidate-list");
        buildRows();

        errors.setId("draft-errors");
        errors.addClassName("problems");
        errors.setVisible(false);
        Button create = new Button("Create draft course", VaadinIcon.CHECK.create(), e -> create());
        create.setId("create-course");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div buttons = new Div(create);
        buttons.addClassName("button-row");
        candidatesCard.add(summary, lessonsBox, toolbar, rowsBox, errors, buttons);
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
            field.setPrefixComponent(new Span(String.valueOf(l + 1)));
            field.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.ON_BLUR);
            field.addValueChangeListener(e -> {
                lessonTitles.set(index, e.getValue());
                buildRows();
            });
            lessonsBox.add(field);
        }
        Button add = new Button("Add lesson", VaadinIcon.PLUS.create(), e -> {
            lessonTitles.add("Lesson " + (lessonTitles.size() + 1));
            buildLessons();
            buildRows();
        });
        add.setId("add-lesson");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        lessonsBox.add(add);
    }

    private List<Row> orderedRows() {
        List<Row> list = new ArrayList<>(rows);
        if ("In article order".equals(order.getValue())) {
            list.sort(articleOrder());
        }
        return list;
    }

    private static Comparator<Row> articleOrder() {
        return Comparator.<Row>comparingInt(r -> r.candidate.paragraph()).thenComparingInt(r -> r.candidate.sentence());
    }

    private void buildRows() {
        rowsBox.removeAll();
        for (Row row : orderedRows()) {
            rowsBox.add(rowComponent(row));
        }
        updateCount();
    }

    private Div rowComponent(Row row) {
        Candidate c = row.candidate;
        String id = "c" + c.paragraph() + "-" + c.sentence();
        Checkbox accept = new Checkbox("Accept", row.accepted);
        accept.setId("accept-" + id);
        Checkbox mark = new Checkbox("Mark to merge", row.marked);
        mark.setId("mark-" + id);
        mark.addValueChangeListener(e -> row.marked = e.getValue());
        Span meta = new Span("#" + c.rank() + " \u00b7 \u00b6" + c.paragraph() + " \u00b7 score " + c.score());
        meta.addClassName("candidate-meta");
        Span why = new Span(String.join(", ", c.reasons()));
        why.addClassName("candidate-why");
        Div left = new Div(accept, mark, meta, why);
        left.addClassName("candidate-left");

        TextArea statement = new TextArea();
        statement.setAriaLabel("Claim");
        statement.setValue(row.statement);
        statement.setId("statement-" + id);
        statement.setWidthFull();
        statement.addValueChangeListener(e -> row.statement = e.getValue());
        row.statementField = statement;
        TextField keyPhrase = new TextField("Key phrase");
        keyPhrase.setValue(row.keyPhrase);
        keyPhrase.setId("keyphrase-" + id);
        keyPhrase.setWidthFull();
        keyPhrase.addValueChangeListener(e -> row.keyPhrase = e.getValue());
        row.keyPhraseField = keyPhrase;
        Div middle = new Div(statement, keyPhrase);
        middle.addClassName("candidate-middle");

        Select<ClaimKind> kind = new Select<>();
        kind.setLabel("Kind");
        kind.setItems(ClaimKind.values());
        kind.setItemLabelGenerator(ClaimKind::label);
        kind.setValue(row.kind);
        kind.setId("kind-" + id);
        kind.addValueChangeListener(e -> row.kind = e.getValue());
        Select<Integer> lesson = new Select<>();
        lesson.setLabel("Lesson");
        List<Integer> numbers = new ArrayList<>();
        for (int l = 1; l <= lessonTitles.size(); l++) {
            numbers.add(l);
        }
        lesson.setItems(numbers);
        lesson.setItemLabelGenerator(n -> lessonTitles.get(n - 1));
        lesson.setValue(Math.min(row.lesson, lessonTitles.size()));
        lesson.setId("lesson-" + id);
        lesson.addValueChangeListener(e -> row.lesson = e.getValue() == null ? 1 : e.getValue());
        Div right = new Div(kind, lesson);
        right.addClassName("candidate-right");

        Div box = new Div(left, middle, right);
        box.addClassName("candidate");
        box.setId("candidate-" + id);
        if (row.accepted) {
            box.addClassName("accepted");
        }
        accept.addValueChangeListener(e -> {
            row.accepted = e.getValue();
            box.setClassName("accepted", row.accepted);
            updateCount();
        });
        return box;
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
        buildRows();
    }

    private void showErrors(List<String> messages) {
        errors.removeAll();
        messages.forEach(m -> errors.add(new ListItem(m)));
        errors.setVisible(!messages.isEmpty());
    }

    private void create() {
        List<Row> accepted = rows.stream().filter(r -> r.accepted).sorted(articleOrder()).toList();
        rows.forEach(r -> {
            r.statementField.setInvalid(false);
            r.keyPhraseField.setInvalid(false);
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
            for (ArticleDraftException.Problem p : e.problems()) {
                messages.add(capital(p.message()));
                if (p.field().startsWith("claim ")) {
                    Row row = accepted.get(Integer.parseInt(p.field().substring(6)) - 1);
                    TextField target = row.keyPhraseField;
                    if (p.message().contains("key phrase")) {
                        target.setInvalid(true);
                        target.setErrorMessage(capital(p.message()));
                    } else {
                        row.statementField.setInvalid(true);
                        row.statementField.setErrorMessage(capital(p.message()));
                    }
                }
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
}

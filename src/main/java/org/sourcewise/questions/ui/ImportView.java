package org.sourcewise.questions.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sourcewise.browser.ui.BuiltInWords;
import org.sourcewise.browser.ui.Words;
import org.sourcewise.content.CourseInfo;
import org.sourcewise.content.CourseEditors;
import org.sourcewise.content.CourseService;
import org.sourcewise.questions.QuestionImportReport;
import org.sourcewise.questions.QuestionImportService;
import org.sourcewise.questions.QuestionType;
import org.sourcewise.questions.formats.ImportProblem;
import org.sourcewise.questions.formats.QuestionFormat;

/**
 * Importing a question file into a course's bank: pick the format, paste the text or upload the
 * file, preview (a dry run: counts, warnings, or every error with its line), then confirm.
 */
@Route("course/:slug/import")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
@StyleSheet("styles/authoring.css")
class ImportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseService courses;
    private final QuestionImportService imports;

    private final Select<QuestionFormat> format = new Select<>();
    private final TextArea text = new TextArea();
    private final Span uploaded = new Span();
    private final Div result = new Div();
    private final Button previewButton = new Button(VaadinIcon.EYE.create());
    private final Button confirmButton = new Button(VaadinIcon.CHECK.create());
    private @Nullable CourseInfo course;
    private byte @Nullable [] uploadedBytes;
    private @Nullable String uploadedName;
    private byte @Nullable [] previewed;

    private final CourseEditors courseEditors;

    ImportView(CourseService courses, QuestionImportService imports, CourseEditors courseEditors) {
        this.courseEditors = courseEditors;
        this.courses = courses;
        this.imports = imports;
        addClassName("page");
    }

    @Override
    public String getPageTitle() {
        return course == null ? getTranslation("questions.import.title") : getTranslation("questions.import.title-of", course.title());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        removeAll();
        course = courses.findCourse(slug).orElse(null);
        // a course that does not exist and one the caller does not edit show the app's one "Page not found"
        if (course == null || !courseEditors.mayEdit(course.id())) {
            throw new NotFoundException("no course '" + slug + "' that this user edits"); // not shown
        }
        build();
    }

    // the form, and so all that acts on the course, is built only once a course is found
    private CourseInfo course() {
        return Objects.requireNonNull(course);
    }

    private void build() {
        add(new RouterLink(getTranslation("questions.back-to-bank"), BankView.class, new RouteParameters("slug", course().slug())));
        add(new H1(getTranslation("questions.import.heading")));
        Paragraph intro = new Paragraph(getTranslation("questions.import.intro", course().title()));
        intro.addClassName("muted");
        add(intro);

        format.setLabel(getTranslation("questions.import.format"));
        format.setItems(QuestionFormat.values());
        format.setItemLabelGenerator(QuestionWords::format);
        format.setValue(QuestionFormat.GIFT);
        format.setId("import-format");
        format.addValueChangeListener(e -> changed());

        text.setLabel(getTranslation("questions.import.paste"));
        text.setWidthFull();
        text.setMinHeight("14rem");
        text.setMaxHeight("28rem");
        text.setId("import-text");
        text.setPlaceholder(getTranslation("questions.import.placeholder", "{", "}"));
        text.addValueChangeListener(e -> {
            if (e.isFromClient() && uploadedBytes != null) {
                clearUpload();
            }
            changed();
        });

        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            UI ui = UI.getCurrent();
            Runnable use = () -> {
                uploadedBytes = data;
                uploadedName = metadata.fileName();
                uploaded.setText(getTranslation("questions.import.using-upload", uploadedName, size(data.length)));
                uploaded.removeClassName("error-text");
                changed();
            };
            if (ui != null) {
                ui.access(use::run);
            } else {
                use.run();
            }
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(QuestionImportService.MAX_BYTES);
        upload.setAcceptedFileTypes(".gift", ".txt", ".csv", ".json", "text/plain", "text/csv", "application/json", ".xml",
                "application/xml", "text/xml");
        upload.setId("import-upload");
        upload.setI18n(BuiltInWords.upload());
        upload.addFileRejectedListener(e -> {
            // the upload's own words for the refusal (BuiltInWords, in the page's language); for a file too big, ours
            String error = e.getErrorMessage();
            boolean tooBig = error != null && (error.equals(getTranslation("browser.upload.too-big"))
                    || error.toLowerCase(java.util.Locale.ROOT).contains("size"));
            String why = tooBig ? getTranslation("questions.import.too-big") : error;
            uploaded.setText(getTranslation("questions.import.refused", why));
            uploaded.addClassName("error-text");
        });
        uploaded.setId("import-uploaded");
        Span or = new Span(getTranslation("questions.import.or-upload"));
        or.addClassName("muted");

        previewButton.setText(getTranslation("questions.import.preview"));
        previewButton.setId("import-preview");
        previewButton.addClickListener(e -> preview());
        confirmButton.setText(getTranslation("questions.import.confirm"));
        confirmButton.setId("import-confirm");
        confirmButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirmButton.setEnabled(false);
        confirmButton.addClickListener(e -> confirm());
        Div buttons = new Div(previewButton, confirmButton);
        buttons.addClassName("button-row");

        Div form = new Div(format, text, or, upload, uploaded, buttons);
        form.addClassNames("card", "import-form");
        result.setId("import-result");
        result.setWidthFull();
        add(form, result);
    }

    private void clearUpload() {
        uploadedBytes = null;
        uploadedName = null;
        uploaded.setText("");
    }

    private byte[] input() {
        return uploadedBytes != null ? uploadedBytes : (text.getValue() == null ? "" : text.getValue()).getBytes(StandardCharsets.UTF_8);
    }

    // anything that changes the input makes an earlier preview stale
    private void changed() {
        previewed = null;
        confirmButton.setEnabled(false);
    }

    private void preview() {
        byte[] bytes = input();
        QuestionImportReport report = imports.importQuestions(course().id(), format.getValue(), bytes, true);
        showReport(report, false);
        previewed = report.ok() ? bytes : null;
        confirmButton.setEnabled(report.ok());
    }

    private void confirm() {
        byte[] bytes = input();
        if (previewed == null || !java.util.Arrays.equals(previewed, bytes)) {
            changed();
            return;
        }
        QuestionImportReport report = imports.importQuestions(course().id(), format.getValue(), bytes, false);
        showReport(report, true);
        confirmButton.setEnabled(false);
        previewed = null;
        if (report.stored()) {
            Notification n = Notification.show(getTranslation("questions.import.imported-into-bank", report.imported()), 5000, Notification.Position.TOP_CENTER);
            n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            text.clear();
            clearUpload();
        }
    }

    private void showReport(QuestionImportReport report, boolean stored) {
        result.removeAll();
        Div card = new Div();
        card.addClassNames("card", "import-report", report.ok() ? "report-ok" : "report-errors");
        if (!report.ok()) {
            card.add(new H2(getTranslation("questions.import.problems", report.errorCount())));
            Paragraph p = new Paragraph(report.moreErrors() == 0 ? getTranslation("questions.import.fix-all")
                    : getTranslation("questions.import.fix-first", report.errors().size()));
            p.addClassName("muted");
            card.add(p, problems(report.errors(), report.moreErrors(), "import-errors"));
        } else {
            card.add(new H2(stored ? getTranslation("questions.import.imported", report.imported())
                    : getTranslation("questions.import.would-import", report.imported())));
            Div types = new Div();
            types.addClassName("badges");
            for (Map.Entry<QuestionType, Integer> e : report.byType().entrySet()) {
                Span badge = new Span(QuestionWords.typeCount(e.getKey(), e.getValue()));
                badge.addClassName("badge");
                types.add(badge);
            }
            card.add(types);
            if (stored) {
                card.add(new RouterLink(getTranslation("questions.import.see-in-bank"), BankView.class, new RouteParameters("slug", course().slug())));
            } else {
                Paragraph next = new Paragraph(getTranslation("questions.import.not-stored-yet"));
                next.addClassName("muted");
                card.add(next);
            }
        }
        if (!report.warnings().isEmpty()) {
            card.add(new Span(getTranslation("questions.import.warnings", report.warningCount())));
            card.add(problems(report.warnings(), report.moreWarnings(), "import-warnings"));
        }
        result.add(card);
        card.scrollIntoView();
    }

    private static UnorderedList problems(java.util.List<ImportProblem> problems, int more, String id) {
        UnorderedList list = new UnorderedList();
        list.setId(id);
        list.addClassName("problems");
        for (ImportProblem p : problems) {
            Span line = new Span(p.line() == 0 ? Words.of("questions.import.file") : Words.of("questions.import.line", p.line()));
            line.addClassNames("problem-line", "mono");
            // the problem in the page's language; the REST API gives its English message()
            list.add(new ListItem(line, new Span(p.in(Words.locale()))));
        }
        if (more > 0) {
            ListItem rest = new ListItem(Words.of("questions.import.more", more));
            rest.addClassName("muted");
            list.add(rest);
        }
        return list;
    }

    private static String size(int bytes) {
        return bytes < 1024 ? Words.of("questions.import.bytes", bytes) : Words.of("questions.import.kilobytes", bytes / 1024.0);
    }
}

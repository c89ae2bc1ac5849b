package org.sourcewise.questions.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sourcewise.content.ClaimInfo;
import org.sourcewise.content.CourseInfo;
import org.sourcewise.content.CourseService;
import org.sourcewise.questions.QuestionBankService;
import org.sourcewise.questions.QuestionImportReport;
import org.sourcewise.questions.QuestionImportService;
import org.sourcewise.questions.QuestionType;
import org.sourcewise.questions.formats.ExportResult;
import org.sourcewise.questions.formats.ImportProblem;
import org.sourcewise.questions.formats.QuestionFormat;
import org.sourcewise.questions.formats.QuestionFormats;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Courses, their claims and their question banks, for scripts and LMS integration (staff only). */
@RestController
@RequestMapping("/api/v1/courses")
@Tag(name = "Courses")
class CourseApiController {

    /** Response header: how many questions an export had to leave out (GIFT cannot carry every type). */
    static final String SKIPPED_HEADER = "Sourcewise-Skipped";

    record SourceJson(String title, @Nullable String author, @Nullable String publication, @Nullable LocalDate date) {
    }

    record CourseJson(String slug, String title, @Nullable SourceJson source, int claims, long questions) {
    }

    record ClaimJson(long id,
                     @Schema(description = "the claim's key within its course, such as c03: what questions cite in the"
                             + " JSON and GIFT exports (claims) and in imports", example = "c03") String key,
                     int ordinal, String statement, String kind, String keyPhrase, int paragraph, @Nullable String lesson,
                     @Nullable String context) {
    }

    record ProblemJson(int line, String message) {
        static ProblemJson of(ImportProblem p) {
            return new ProblemJson(p.line(), p.message());
        }
    }

    record ImportJson(int imported, Map<QuestionType, Integer> byType,
                      @Schema(description = "the first 100 warnings, by line") List<ProblemJson> warnings,
                      @Schema(description = "how many warnings there are beyond those listed") int moreWarnings,
                      List<String> keys, boolean dryRun) {
    }

    private final CourseService courses;
    private final QuestionBankService bank;
    private final QuestionImportService imports;

    CourseApiController(CourseService courses, QuestionBankService bank, QuestionImportService imports) {
        this.courses = courses;
        this.bank = bank;
        this.imports = imports;
    }

    @GetMapping
    @Operation(summary = "Every course with its source reference and the size of its claims and bank")
    List<CourseJson> courses() {
        return courses.listCourses().stream().map(c -> new CourseJson(c.slug(), c.title(),
                c.source() == null ? null : new SourceJson(c.source().title(), c.source().author(), c.source().publication(), c.source().date()),
                c.claimCount(), bank.count(c.id()))).toList();
    }

    @GetMapping("/{slug}/claims")
    @Operation(summary = "A course's claims in order, each with its citation (paragraph, key phrase) and lesson")
    List<ClaimJson> claims(@PathVariable String slug) {
        return courses.claims(course(slug).id()).stream().map(CourseApiController::claimJson).toList();
    }

    @GetMapping("/{slug}/questions")
    @Operation(summary = "A course's whole question bank: Sourcewise JSON (lossless, the default) or GIFT (text/plain;"
            + " questions GIFT cannot carry are left out and counted in the Sourcewise-Skipped header)")
    ResponseEntity<String> questions(@PathVariable String slug,
                                     @Parameter(description = "json, gift or moodlexml") @RequestParam(defaultValue = "json") String format) {
        QuestionFormat f = format(format);
        if (f != QuestionFormat.JSON && f != QuestionFormat.GIFT && f != QuestionFormat.MOODLEXML) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "export formats are json, gift and moodlexml");
        }
        ExportResult export = QuestionFormats.export(f, bank.export(course(slug).id()));
        MediaType type = f == QuestionFormat.JSON ? MediaType.APPLICATION_JSON
                : f == QuestionFormat.MOODLEXML ? new MediaType("application", "xml", java.nio.charset.StandardCharsets.UTF_8)
                : new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(type).header(SKIPPED_HEADER, String.valueOf(export.skipped().size()))
                .body(export.text());
    }

    @PostMapping(value = "/{slug}/questions", consumes = MediaType.ALL_VALUE)
    @Operation(summary = "Imports a question file (the request body, UTF-8, any content type but a form) into the course's bank, all or nothing: 200 with what was imported"
            + " (or, with dryRun=true, would be); 422 with the errors (the first 100, each with its line, and moreErrors counting the"
            + " rest), nothing stored; 413 over 2 MB (2,097,152 bytes)")
    ResponseEntity<?> importQuestions(@PathVariable String slug,
                                      @Parameter(description = "gift, aiken, csv, json or moodlexml") @RequestParam String format,
                                      @RequestParam(defaultValue = "false") boolean dryRun,
                                      HttpServletRequest request) throws IOException {
        if (request.getContentType() != null && request.getContentType().toLowerCase(Locale.ROOT)
                .startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
            // a form body is taken apart into parameters, so the file would not arrive as written
            throw new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "send the file as it is, with a content type"
                    + " such as text/plain or application/json (curl: --data-binary @file -H 'Content-Type: text/plain')");
        }
        QuestionFormat f = format(format);
        long courseId = course(slug).id();
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(QuestionImportService.MAX_BYTES + 1); // no more than one byte over the limit is read
        }
        // Past the limit only one byte more was read: the file's size is what the client declared, if it did.
        long declared = request.getContentLengthLong();
        long size = body.length <= QuestionImportService.MAX_BYTES ? body.length
                : declared > QuestionImportService.MAX_BYTES ? declared : -1;
        QuestionImportReport report = imports.importQuestions(courseId, f, body, size, dryRun);
        if (!report.ok()) {
            HttpStatus status = report.tooLarge() ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.UNPROCESSABLE_CONTENT;
            int count = report.errorCount();
            String detail = report.tooLarge() ? report.errors().getFirst().message()
                    : "The file has " + count + (count == 1 ? " error" : " errors") + "; nothing was imported. "
                    + (report.moreErrors() == 0 ? "Each is listed with its line."
                    : "The first " + report.errors().size() + " are listed with their lines.");
            return problem(status, detail, report.errors(), report.moreErrors());
        }
        return ResponseEntity.ok(new ImportJson(report.imported(), report.byType(),
                report.warnings().stream().map(ProblemJson::of).toList(), report.moreWarnings(), report.keys(), dryRun));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, List<ImportProblem> errors,
                                                         int moreErrors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        // RFC 9457 allows extension members: the errors with their lines, as the import page lists them
        problem.setProperty("errors", errors.stream().map(ProblemJson::of).toList());
        problem.setProperty("moreErrors", moreErrors);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static QuestionFormat format(String name) {
        try {
            return QuestionFormat.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown format '" + name + "': use gift, aiken, csv, json or moodlexml");
        }
    }

    private CourseInfo course(String slug) {
        return courses.findCourse(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no course '" + slug + "'"));
    }

    private static ClaimJson claimJson(ClaimInfo c) {
        return new ClaimJson(c.id(), c.key(), c.ordinal(), c.statement(), c.kind().name(), c.keyPhrase(), c.paragraph(), c.lessonKey(),
                c.contextNote());
    }
}

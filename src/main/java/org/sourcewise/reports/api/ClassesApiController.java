package org.sourcewise.reports.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sourcewise.classes.ClassService;
import org.sourcewise.reports.GradeCell;
import org.sourcewise.reports.Gradebook;
import org.sourcewise.reports.GradebookQuiz;
import org.sourcewise.reports.GradebookRow;
import org.sourcewise.reports.GradebookService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The caller's classes and their gradebooks (instructors: classes they teach; admins: all). */
@RestController
@RequestMapping("/api/v1/classes")
@Tag(name = "Classes and results")
class ClassesApiController {

    static final String[] CSV_HEADER = {"studentId", "username", "name", "quizId", "quizKey", "quiz", "dueAt", "grade",
            "attempts", "status", "late", "lastSubmittedAt"};

    record ClassJson(long id, String name, Long courseId, String joinCode, int students) {
    }

    /** One student and one assigned quiz; grade in percent (null before a fully marked submission). */
    record GradeJson(long studentId, String username, String name, long quizId, String quizKey, String quiz, Instant dueAt,
                     Double grade, int attempts, String status, boolean late, Instant lastSubmittedAt) {
    }

    private final ClassService classes;
    private final GradebookService gradebooks;

    ClassesApiController(ClassService classes, GradebookService gradebooks) {
        this.classes = classes;
        this.gradebooks = gradebooks;
    }

    @GetMapping
    @Operation(summary = "The classes the caller teaches (every class, for an admin)")
    List<ClassJson> classes() {
        return classes.teachingClasses().stream()
                .map(c -> new ClassJson(c.id(), c.name(), c.courseId(), c.joinCode(), c.studentCount())).toList();
    }

    @GetMapping("/{id}/gradebook")
    @Operation(summary = "A class's gradebook: one row per student and assigned quiz, as JSON or CSV")
    ResponseEntity<?> gradebook(@PathVariable long id, @RequestParam(defaultValue = "json") String format) {
        if (!format.equals("json") && !format.equals("csv")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "format is json or csv");
        }
        Gradebook book = gradebooks.gradebook(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no class " + id));
        List<GradeJson> rows = rows(book);
        if (format.equals("json")) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(rows);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"gradebook-" + id + ".csv\"")
                .body(csv(rows));
    }

    static List<GradeJson> rows(Gradebook book) {
        List<GradeJson> rows = new ArrayList<>();
        for (GradebookRow row : book.rows()) {
            for (GradebookQuiz quiz : book.quizzes()) {
                GradeCell cell = row.cell(quiz.quizId());
                rows.add(new GradeJson(row.student().id().value(), row.student().username(), row.student().displayName(),
                        quiz.quizId(), quiz.key(), quiz.title(), quiz.dueAt(), cell.gradePercent(), cell.attemptsUsed(),
                        cell.status().name(), cell.late(), cell.lastSubmittedAt()));
            }
        }
        return rows;
    }

    static String csv(List<GradeJson> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get())) {
            for (GradeJson r : rows) {
                printer.printRecord(r.studentId(), r.username(), r.name(), r.quizId(), r.quizKey(), r.quiz(),
                        r.dueAt() == null ? "" : r.dueAt().toString(), r.grade() == null ? "" : r.grade(), r.attempts(),
                        r.status(), r.late(), r.lastSubmittedAt() == null ? "" : r.lastSubmittedAt().toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}

package org.sourcewise.reports.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcewise.classes.ClassService;
import org.sourcewise.reports.GradeCell;
import org.sourcewise.reports.Gradebook;
import org.sourcewise.reports.GradebookQuiz;
import org.sourcewise.reports.GradebookRow;
import org.sourcewise.reports.GradebookService;
import org.sourcewise.reports.exports.GradebookExport;
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

    static final String[] CSV_HEADER = GradebookExport.CSV_HEADER;

    record ClassJson(long id, String name, Long courseId, @Nullable String joinCode, int students) {
    }

    /** One student and one assigned quiz; grade in percent (null before a fully marked submission). */
    record GradeJson(long studentId, String username, String name, long quizId, String quizKey, String quiz, @Nullable Instant dueAt,
                     @Nullable Double grade, int attempts, String status, boolean late, @Nullable Instant lastSubmittedAt) {
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
    @Operation(summary = "A class's gradebook: one row per student and assigned quiz, as JSON or CSV; "
            + "XLSX has a sheet of students by quizzes and a sheet of those rows")
    ResponseEntity<?> gradebook(@PathVariable long id, @RequestParam(defaultValue = "json") String format) {
        if (!format.equals("json") && !format.equals("csv") && !format.equals("xlsx")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "format is json, csv or xlsx");
        }
        Gradebook book = gradebooks.gradebook(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no class " + id));
        if (format.equals("json")) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(rows(book));
        }
        if (format.equals("xlsx")) {
            return ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(GradebookExport.XLSX_TYPE))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + GradebookExport.fileName(id, "xlsx") + "\"")
                    .body(GradebookExport.xlsx(book));
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + GradebookExport.fileName(id, "csv") + "\"")
                .body(GradebookExport.csv(book));
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
}

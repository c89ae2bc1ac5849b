package org.sourcewise.questions.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.sourcewise.content.ClaimInfo;
import org.sourcewise.content.CourseInfo;
import org.sourcewise.content.CourseService;
import org.sourcewise.questions.QuestionBankService;
import org.sourcewise.questions.QuestionSpec;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Courses, their claims and their question banks, for scripts and LMS integration (staff only). */
@RestController
@RequestMapping("/api/v1/courses")
@Tag(name = "Courses")
class CourseApiController {

    record SourceJson(String title, String author, String publication, LocalDate date) {
    }

    record CourseJson(String slug, String title, SourceJson source, int claims, long questions) {
    }

    record ClaimJson(long id, int ordinal, String statement, String kind, String keyPhrase, int paragraph, String lesson,
                     String context) {
    }

    private final CourseService courses;
    private final QuestionBankService bank;

    CourseApiController(CourseService courses, QuestionBankService bank) {
        this.courses = courses;
        this.bank = bank;
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
    @Operation(summary = "A course's whole question bank")
    List<QuestionSpec> questions(@PathVariable String slug) {
        return bank.export(course(slug).id());
    }

    private CourseInfo course(String slug) {
        return courses.findCourse(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no course '" + slug + "'"));
    }

    private static ClaimJson claimJson(ClaimInfo c) {
        return new ClaimJson(c.id(), c.ordinal(), c.statement(), c.kind().name(), c.keyPhrase(), c.paragraph(), c.lessonKey(),
                c.contextNote());
    }
}

package org.sourcewise.content.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sourcewise.accounts.SystemTask;
import org.sourcewise.content.CourseService;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Copies of the sample test course under other slugs, so that tests that add to a bank do not
 * change the course other test classes count on (all integration tests share one database).
 */
@Component
public class TestCourses {

    private final CourseImporter importer;
    private final CourseService courses;
    private final org.sourcewise.content.CourseEditors editors;

    TestCourses(CourseImporter importer, CourseService courses, org.sourcewise.content.CourseEditors editors) {
        this.importer = importer;
        this.courses = courses;
        this.editors = editors;
    }

    /** Imports test-courses/sample-course as {@code slug} (once) and returns the course's id. */
    public long sampleCopy(String slug) {
        return importCopy(slug, sampleFiles(slug));
    }

    /** The sample course's claims and lessons as {@code slug}, with an empty bank and no quizzes. */
    public long emptyBankCopy(String slug) {
        Map<String, String> files = sampleFiles(slug);
        files.put("questions.yaml", "questions: []\n");
        files.put("quizzes.yaml", "quizzes: []\n");
        files.put("lessons.yaml", files.get("lessons.yaml").replace("    checks: [q-check]\n", ""));
        return importCopy(slug, files);
    }

    /**
     * The sample course as {@code slug} plus an essay question {@code q-essay} and a quiz
     * {@code essay-quiz}: q1 (1 point), then the essay (5 points), every answer shown on review.
     */
    public long sampleCopyWithEssay(String slug) {
        Map<String, String> files = sampleFiles(slug);
        files.put("questions.yaml", files.get("questions.yaml") + """
                  - key: q-essay
                    type: essay
                    claims: [c02]
                    difficulty: medium
                    stem: Explain in your own words why the bridge matters.
                    explanation: A good answer cites the article's figures.
                """);
        files.put("quizzes.yaml", files.get("quizzes.yaml") + """
                  - key: essay-quiz
                    title: Essay quiz
                    attemptsAllowed: 3
                    gradingMethod: HIGHEST
                    reviewPolicy: AFTER_SUBMIT
                    passMark: 50
                    slots:
                      - question: q1
                      - question: q-essay
                        points: 5
                """);
        return importCopy(slug, files);
    }

    private static Map<String, String> sampleFiles(String slug) {
        Map<String, String> files = new LinkedHashMap<>();
        try {
            for (String name : CourseImporter.FILES) {
                String text = new ClassPathResource("test-courses/sample-course/" + name).getContentAsString(StandardCharsets.UTF_8);
                files.put(name, text.replace("slug: sample-course", "slug: " + slug));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private long importCopy(String slug, Map<String, String> files) {
        return SystemTask.call(() -> {
            importer.importFolder(slug, files);
            long id = courses.findCourse(slug).orElseThrow().id();
            // a course from files has no creator; the demo instructor edits the copies, as the demo course
            if (editors.editors(id).stream().noneMatch(e -> e.username().equals("instructor"))) {
                editors.addEditor(id, "instructor");
            }
            return id;
        });
    }
}

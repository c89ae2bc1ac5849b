package org.sourcewise.content.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.accounts.SystemTask;
import org.sourcewise.content.CourseFileException;
import org.sourcewise.content.CourseImportReport.Outcome;
import org.sourcewise.content.CourseService;
import org.sourcewise.questions.QuestionBankService;
import org.sourcewise.quizzes.QuizService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

@IntegrationTest
class CourseImporterTest {

    private static final String SAMPLE = "classpath*:test-courses/sample-course/course.yaml";

    @Autowired
    CourseImporter importer;
    @Autowired
    CourseService courses;
    @Autowired
    QuestionBankService bank;
    @Autowired
    QuizService quizzes;

    private static Map<String, String> sampleFiles(String slug) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (String name : CourseImporter.FILES) {
            String text = new ClassPathResource("test-courses/sample-course/" + name).getContentAsString(StandardCharsets.UTF_8);
            files.put(name, text.replace("slug: sample-course", "slug: " + slug));
        }
        return files;
    }

    @Test
    void a_second_start_up_imports_nothing_twice() {
        SystemTask.run(() -> {
            importer.importAll(SAMPLE);
            long courseId = courses.findCourse("sample-course").orElseThrow().id();
            int claims = courses.claims(courseId).size();
            long questions = bank.count(courseId);

            var again = importer.importAll(SAMPLE);

            assertThat(again).singleElement().satisfies(e -> assertThat(e.outcome()).isEqualTo(Outcome.UNCHANGED));
            assertThat(courses.listCourses()).filteredOn(c -> c.slug().equals("sample-course")).hasSize(1);
            assertThat(courses.claims(courseId)).hasSize(claims);
            assertThat(bank.count(courseId)).isEqualTo(questions).isEqualTo(4);
            assertThat(quizzes.quizzesOf(courseId)).singleElement().satisfies(q -> assertThat(q.questionCount()).isEqualTo(3));
        });
    }

    @Test
    void a_file_changed_after_import_is_reported_and_not_merged() throws IOException {
        Map<String, String> files = sampleFiles("changed-course");
        SystemTask.run(() -> importer.importFolder("changed-course", files));
        files.put("claims.yaml", files.get("claims.yaml").replace("300 metres long.", "310 metres long."));

        var entry = SystemTask.call(() -> importer.importFolder("changed-course", files));

        assertThat(entry.outcome()).isEqualTo(Outcome.CHANGED);
        assertThat(entry.changedFiles()).containsExactly("claims.yaml");
        long courseId = SystemTask.call(() -> courses.findCourse("changed-course").orElseThrow().id());
        assertThat(SystemTask.call(() -> courses.claims(courseId))).extracting(c -> c.statement())
                .contains("The bridge is 300 metres long.");
    }

    @Test
    void a_course_states_its_language_english_unless_its_file_says_otherwise() throws IOException {
        Map<String, String> english = sampleFiles("english-course");
        SystemTask.run(() -> importer.importFolder("english-course", english));
        Map<String, String> files = sampleFiles("german-course");
        files.put("course.yaml", files.get("course.yaml").replace("slug: german-course\n", "slug: german-course\nlanguage: de-at\n"));
        SystemTask.run(() -> importer.importFolder("german-course", files));

        assertThat(SystemTask.call(() -> courses.findCourse("english-course")).orElseThrow().language()).isEqualTo("en");
        // written as BCP 47 spells it
        assertThat(SystemTask.call(() -> courses.findCourse("german-course")).orElseThrow().language()).isEqualTo("de-AT");
    }

    @Test
    void a_language_that_is_no_language_tag_names_the_file_the_line_and_the_field_and_stores_nothing() throws IOException {
        Map<String, String> files = sampleFiles("bad-language");
        files.put("course.yaml", files.get("course.yaml").replace("slug: bad-language\n", "slug: bad-language\nlanguage: English\n"));

        assertThatThrownBy(() -> SystemTask.run(() -> importer.importFolder("bad-language", files)))
                .isInstanceOfSatisfying(CourseFileException.class, e -> {
                    assertThat(e.file()).isEqualTo("courses/bad-language/course.yaml");
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.path()).isEqualTo("language");
                    assertThat(e.getMessage()).contains("'English' is not a language tag").contains("pt-BR");
                });
        assertThat(SystemTask.call(() -> courses.findCourse("bad-language"))).isEmpty();
    }

    @Test
    void a_bad_claim_kind_names_the_file_the_line_and_the_field() throws IOException {
        Map<String, String> files = sampleFiles("bad-kind");
        files.put("claims.yaml", files.get("claims.yaml").replace("kind: FIGURE", "kind: RUMOUR"));

        assertThatThrownBy(() -> SystemTask.run(() -> importer.importFolder("bad-kind", files)))
                .isInstanceOfSatisfying(CourseFileException.class, e -> {
                    assertThat(e.file()).isEqualTo("courses/bad-kind/claims.yaml");
                    assertThat(e.line()).isEqualTo(8);
                    assertThat(e.path()).isEqualTo("claims[1].kind");
                    assertThat(e.getMessage()).contains("RUMOUR");
                });
        assertThat(SystemTask.call(() -> courses.findCourse("bad-kind"))).isEmpty();
    }

    @Test
    void a_question_citing_a_missing_claim_stops_the_import_and_stores_nothing_of_the_course() throws IOException {
        Map<String, String> files = sampleFiles("bad-question");
        files.put("questions.yaml", files.get("questions.yaml").replace("claims: [c02]", "claims: [c99]"));

        assertThatThrownBy(() -> SystemTask.run(() -> importer.importFolder("bad-question", files)))
                .isInstanceOfSatisfying(CourseFileException.class, e -> {
                    assertThat(e.file()).isEqualTo("courses/bad-question/questions.yaml");
                    assertThat(e.line()).isEqualTo(15);
                    assertThat(e.path()).isEqualTo("questions[1].claims[0]");
                    assertThat(e.reason()).contains("c99").contains("q2");
                });
        assertThat(SystemTask.call(() -> courses.findCourse("bad-question"))).isEmpty();
    }

    @Test
    void a_single_choice_question_without_a_correct_option_is_refused_in_teachers_words() throws IOException {
        Map<String, String> files = sampleFiles("no-key");
        files.put("questions.yaml", files.get("questions.yaml").replace("        correct: true\n", ""));

        assertThatThrownBy(() -> SystemTask.run(() -> importer.importFolder("no-key", files)))
                .isInstanceOfSatisfying(CourseFileException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.reason()).contains("needs an option worth full marks");
                });
    }

    @Test
    void a_quiz_that_draws_more_than_the_bank_holds_is_refused() throws IOException {
        Map<String, String> files = sampleFiles("short-bank");
        files.put("quizzes.yaml", files.get("quizzes.yaml").replace("draw: 2", "draw: 3"));

        assertThatThrownBy(() -> SystemTask.run(() -> importer.importFolder("short-bank", files)))
                .isInstanceOfSatisfying(CourseFileException.class, e -> {
                    assertThat(e.file()).endsWith("quizzes.yaml");
                    assertThat(e.reason()).contains("cannot be assembled").contains("only 2");
                });
    }

    @Test
    void a_broken_yaml_file_names_its_line() throws IOException {
        Map<String, String> files = sampleFiles("bad-yaml");
        files.put("lessons.yaml", files.get("lessons.yaml").replace("    title: The bridge", "    title: [unclosed"));

        assertThatThrownBy(() -> SystemTask.run(() -> importer.importFolder("bad-yaml", files)))
                .isInstanceOfSatisfying(CourseFileException.class, e -> {
                    assertThat(e.file()).isEqualTo("courses/bad-yaml/lessons.yaml");
                    assertThat(e.line()).isBetween(3, 6);
                });
    }
}

package org.sourcewise.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.TestUsers;
import org.sourcewise.content.internal.TestCourses;
import org.sourcewise.questions.formats.ImportProblem;
import org.sourcewise.questions.formats.QuestionFormat;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class QuestionImportServiceTest {

    private static final AtomicInteger COURSES = new AtomicInteger();

    @Autowired
    QuestionImportService imports;
    @Autowired
    QuestionBankService bank;
    @Autowired
    TestCourses testCourses;
    @Autowired
    TestUsers users;

    private long freshCourse() {
        return testCourses.sampleCopy("import-service-" + COURSES.incrementAndGet());
    }

    private static byte[] file(String name) throws IOException {
        return new ClassPathResource("imports/" + name).getContentAsByteArray();
    }

    private QuestionImportReport importAs(String user, long courseId, String name, boolean dryRun) throws IOException {
        byte[] bytes = file(name);
        return users.as(user, () -> imports.importQuestions(courseId, QuestionFormat.GIFT, bytes, dryRun));
    }

    private long count(long courseId) {
        return users.as("instructor", () -> bank.count(courseId));
    }

    @Test
    void a_gift_file_goes_into_the_bank_as_drafts_linked_to_their_claims_with_generated_keys() throws IOException {
        long courseId = freshCourse();
        long before = count(courseId);

        QuestionImportReport report = importAs("instructor", courseId, "good.gift", false);

        assertThat(report.errors()).isEmpty();
        assertThat(report.stored()).isTrue();
        assertThat(report.imported()).isEqualTo(3);
        assertThat(report.keys()).containsExactly("gift-bridge-month", "imp-1", "imp-2");
        assertThat(count(courseId)).isEqualTo(before + 3);
        var specs = users.as("instructor", () -> bank.export(courseId));
        assertThat(specs).filteredOn(s -> s.key().equals("gift-bridge-month")).singleElement().satisfies(s -> {
            assertThat(s.claimKeys()).containsExactly("c01");
            assertThat(s.status()).isEqualTo(QuestionStatus.DRAFT);
            assertThat(s.difficulty()).isEqualTo(Difficulty.EASY);
            assertThat(s.category()).isEqualTo("Imported/Bridge");
            assertThat(s.tags()).containsExactlyInAnyOrder("bridge", "imported");
        });
        assertThat(specs).filteredOn(s -> s.key().equals("imp-1")).singleElement()
                .satisfies(s -> assertThat(s.type()).isEqualTo(QuestionType.TRUE_FALSE));
    }

    @Test
    void a_question_without_claims_is_imported_with_a_warning_that_names_it() throws IOException {
        long courseId = freshCourse();

        QuestionImportReport report = importAs("admin", courseId, "good.gift", false);

        assertThat(report.warnings()).extracting(ImportProblem::message).contains("question 'imp-2' is not linked to any claim");
        assertThat(report.warnings()).filteredOn(w -> w.message().contains("imp-2")).singleElement()
                .satisfies(w -> assertThat(w.line()).isEqualTo(19));
    }

    @Test
    void a_dry_run_counts_by_type_and_stores_nothing() throws IOException {
        long courseId = freshCourse();
        long before = count(courseId);

        QuestionImportReport report = importAs("instructor", courseId, "good.gift", true);

        assertThat(report.ok()).isTrue();
        assertThat(report.stored()).isFalse();
        assertThat(report.imported()).isEqualTo(3);
        assertThat(report.byType()).containsEntry(QuestionType.SINGLE_CHOICE, 1).containsEntry(QuestionType.TRUE_FALSE, 1)
                .containsEntry(QuestionType.SHORT_ANSWER, 1).hasSize(3);
        assertThat(count(courseId)).isEqualTo(before);
    }

    @Test
    void generated_keys_skip_keys_the_bank_already_has() throws IOException {
        long courseId = freshCourse();
        importAs("instructor", courseId, "good.gift", false);
        byte[] again = new String(file("good.gift")).replace("gift-bridge-month", "gift-bridge-month-2").getBytes();

        QuestionImportReport report = users.as("instructor", () -> imports.importQuestions(courseId, QuestionFormat.GIFT, again, false));

        assertThat(report.errors()).isEmpty();
        assertThat(report.keys()).containsExactly("gift-bridge-month-2", "imp-3", "imp-4");
    }

    @Test
    void every_problem_is_reported_with_its_line_and_nothing_is_stored() throws IOException {
        long courseId = freshCourse();
        long before = count(courseId);

        QuestionImportReport report = importAs("instructor", courseId, "bad.gift", false);

        assertThat(report.ok()).isFalse();
        assertThat(report.stored()).isFalse();
        assertThat(report.imported()).isZero();
        assertThat(report.errors()).extracting(ImportProblem::line).containsExactly(3, 6, 9);
        assertThat(report.errors().get(0).message()).contains("'q1' is already in this course's bank");
        assertThat(report.errors().get(1).message()).contains("no claim 'c99'");
        assertThat(report.errors().get(2).message()).contains("cannot take marks away");
        assertThat(count(courseId)).isEqualTo(before);
    }

    @Test
    void a_syntax_error_is_reported_at_the_parser_s_line_and_nothing_is_stored() throws IOException {
        long courseId = freshCourse();
        long before = count(courseId);

        QuestionImportReport report = importAs("instructor", courseId, "broken.gift", false);

        assertThat(report.errors()).isNotEmpty().allSatisfy(e -> assertThat(e.line()).isEqualTo(4));
        assertThat(count(courseId)).isEqualTo(before);
    }

    @Test
    void a_file_over_two_megabytes_is_refused_with_its_size_and_the_limit() {
        long courseId = freshCourse();
        byte[] big = new byte[QuestionImportService.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');

        QuestionImportReport report = users.as("instructor", () -> imports.importQuestions(courseId, QuestionFormat.GIFT, big, true));

        assertThat(report.tooLarge()).isTrue();
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isZero();
            assertThat(e.message()).isEqualTo("the file is 2,097,153 bytes (2.1 MB); files of up to 2 MB (2,097,152 bytes)"
                    + " can be imported. Split it into smaller files.");
        });
    }

    @Test
    void students_may_not_import() throws IOException {
        long courseId = freshCourse();
        byte[] bytes = file("good.gift");

        assertThatThrownBy(() -> users.as("student", () -> imports.importQuestions(courseId, QuestionFormat.GIFT, bytes, true)))
                .isInstanceOf(AccessDeniedException.class);
    }
}

package org.sourcewise.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.TestUsers;
import org.sourcewise.accounts.SystemTask;
import org.sourcewise.classes.TestClasses;
import org.sourcewise.content.internal.CourseImporter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A course's source page, on the demo data: the first course (no article text, claims and key phrases
 * only) and courses drafted from an article (text held, key phrases marked in it); who may read which.
 */
@IntegrationTest
class SourceServiceTest {

    private static final String FIRST = "russia-north-korea-2017";

    @Autowired
    SourceService sources;
    @Autowired
    DraftedCourses drafted;
    @Autowired
    TestClasses classes;
    @Autowired
    TestUsers users;
    @Autowired
    CourseImporter importer;
    @Autowired
    CourseService courses;

    @Test
    void the_first_course_gives_its_reference_and_per_paragraph_its_claims_and_key_phrases_but_never_the_articles_text() {
        CourseSource source = users.as("student", () -> sources.source(FIRST)).orElseThrow();

        assertThat(source.reference().title()).isEqualTo("Russia's Love Affair With North Korea");
        assertThat(source.reference().author()).isEqualTo("Samuel Ramani");
        assertThat(source.reference().publication()).isEqualTo("The Diplomat");
        assertThat(source.reference().date()).isEqualTo(LocalDate.of(2017, 2, 13));
        assertThat(source.textStored()).isFalse();
        assertThat(source.paragraphs()).hasSize(16).allSatisfy(p -> {
            assertThat(p.text()).isNull();
            assertThat(p.claims()).isNotEmpty();
            assertThat(p.originalUrl()).startsWith("https://thediplomat.com/2017/02/russias-love-affair-with-north-korea/#:~:text=");
        });
        assertThat(source.paragraphs().stream().mapToInt(p -> p.claims().size()).sum()).isEqualTo(47);
        SourceParagraph first = source.paragraph(1).orElseThrow();
        assertThat(first.claims()).extracting(CitedClaim::keyPhrase).containsExactly(
                "On February 3, 2017, North Korean leader Kim Jong-un sent out",
                "China has been frequently described as North Korea's leading international ally",
                "listed Russia at the top of the list of countries");
        assertThat(first.claims()).allSatisfy(c -> assertThat(c.lessonId()).isNotNull());
    }

    @Test
    void a_course_drafted_from_an_article_gives_each_paragraphs_text_with_its_claims_key_phrases_marked() {
        DraftCourse course = drafted.tram();

        CourseSource source = users.as("instructor", () -> sources.source(course.slug())).orElseThrow();

        assertThat(source.textStored()).isTrue();
        assertThat(source.reference().url()).isEqualTo("https://example.org/tram");
        assertThat(source.paragraphs()).hasSize(6).allSatisfy(p -> assertThat(p.text()).isNotBlank());
        assertThat(source.paragraph(1).orElseThrow().text()).startsWith("Eleven years after its last run");
        List<SourceParagraph> cited = source.paragraphs().stream().filter(p -> !p.claims().isEmpty()).toList();
        assertThat(cited).isNotEmpty().allSatisfy(p -> assertThat(p.runs()).filteredOn(TextRun::marked)
                .extracting(TextRun::text).containsAll(p.claims().stream().map(CitedClaim::keyPhrase).toList()));
        // the runs give the paragraph back whole
        assertThat(cited).allSatisfy(p -> assertThat(String.join("", p.runs().stream().map(TextRun::text).toList())).isEqualTo(p.text()));
    }

    @Test
    void a_student_reads_the_source_of_a_course_of_their_class_and_no_other() {
        DraftCourse course = drafted.tram();
        TestClasses.TestClass tramClass = classes.newClass(course.courseId(), Map.of());
        String member = classes.newStudentsIn(tramClass, 1).getFirst();

        assertThat(users.as(member, () -> sources.source(course.slug()))).isPresent();
        // the demo student is not in a class of the tram course, as for a course that does not exist
        assertThat(users.as("student", () -> sources.source(course.slug()))).isEmpty();
        // and the class's student is not in the demo class of the first course
        assertThat(users.as(member, () -> sources.source(FIRST))).isEmpty();
    }

    @Test
    void any_instructor_and_an_admin_read_any_courses_source() {
        SystemTask.run(() -> importer.importAll("classpath*:test-courses/sample-course/course.yaml"));
        String other = classes.newInstructor();

        assertThat(users.as(other, () -> sources.source("sample-course"))).hasValueSatisfying(s -> {
            assertThat(s.reference().title()).isEqualTo("An imaginary article");
            assertThat(s.paragraphs()).hasSize(3);
        });
        assertThat(users.as("admin", () -> sources.source(FIRST))).isPresent();
    }

    @Test
    void an_unknown_course_has_no_source_and_an_anonymous_caller_is_refused() {
        assertThat(users.as("student", () -> sources.source("no-such-course"))).isEmpty();
        assertThat(users.as("admin", () -> sources.source("no-such-course"))).isEmpty();
        assertThatThrownBy(() -> users.as(null, () -> sources.source(FIRST))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void every_claim_names_its_course_so_that_its_citation_can_lead_to_the_source() {
        long courseId = users.as("student", () -> courses.findCourse(FIRST)).orElseThrow().id();
        List<ClaimInfo> claims = users.as("student", () -> courses.claims(courseId));
        assertThat(claims).isNotEmpty().allSatisfy(c -> assertThat(c.courseSlug()).isEqualTo(FIRST));
        assertThat(users.as("student", () -> courses.lessons(courseId)).getFirst().claims())
                .allSatisfy(c -> assertThat(c.courseSlug()).isEqualTo(FIRST));
        assertThat(users.as("student", () -> courses.claimsByIds(List.of(claims.getFirst().id()))))
                .singleElement().extracting(ClaimInfo::courseSlug).isEqualTo(FIRST);
    }
}

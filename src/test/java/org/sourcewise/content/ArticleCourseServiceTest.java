package org.sourcewise.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.TestUsers;
import org.sourcewise.classes.TestClasses;
import org.sourcewise.content.drafting.ArticleAnalysis;
import org.sourcewise.content.drafting.ArticleFormat;
import org.sourcewise.content.drafting.Articles;
import org.sourcewise.content.drafting.Candidate;
import org.sourcewise.content.internal.SourceParagraphRepository;
import org.sourcewise.content.internal.SourceRepository;
import org.sourcewise.questions.QuestionBankService;
import org.sourcewise.questions.QuestionSpec;
import org.sourcewise.questions.QuestionStatus;
import org.sourcewise.questions.QuestionType;
import org.sourcewise.questions.QuestionValidator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Creating a course from an article: who may, what is stored, and what is refused with nothing stored. */
@IntegrationTest
class ArticleCourseServiceTest {

    @Autowired
    ArticleCourseService drafts;
    @Autowired
    CourseService courses;
    @Autowired
    QuestionBankService bank;
    @Autowired
    SourceRepository sources;
    @Autowired
    SourceParagraphRepository paragraphs;
    @Autowired
    TestUsers users;
    @Autowired
    TestClasses classes;

    private static ArticleInput tram(String title) {
        return new ArticleInput(title, "Ines Marwick", "Lerida Evening Post", LocalDate.of(2024, 3, 5),
                "https://example.org/tram", Articles.text(Articles.TRAM), null);
    }

    /** The ticked candidates, the first half in lesson 1 and the rest in lesson 2. */
    private static List<ClaimChoice> ticked(ArticleAnalysis analysis) {
        List<Candidate> chosen = analysis.candidates().stream().filter(Candidate::suggested).toList();
        return chosen.stream().map(c -> new ClaimChoice(c.text(), c.kind(), c.paragraph(), c.keyPhrase(),
                c.paragraph() <= 3 ? 1 : 2)).toList();
    }

    private DraftCourse create(String user, String title) {
        return users.as(user, () -> {
            ArticleInput input = tram(title);
            return drafts.createCourse(input, ticked(drafts.propose(input)), List.of("Opening day", "What comes next"));
        });
    }

    private int courseCount() {
        return users.as("admin", () -> courses.listCourses().size());
    }

    @Test
    void a_student_can_neither_propose_claims_nor_create_a_course() {
        String student = users.newDemoStudent();
        int before = courseCount();

        assertThatThrownBy(() -> users.as(student, () -> drafts.propose(tram("Student tram"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as("student", () -> drafts.createCourse(tram("Student tram"),
                List.of(new ClaimChoice("The tram runs.", ClaimKind.REPORTED_FACT, 1, "Eleven years", 1)), List.of("L"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(courseCount()).isEqualTo(before);
    }

    @Test
    void an_anonymous_caller_is_refused() {
        assertThatThrownBy(() -> users.as(null, () -> drafts.propose(tram("Anonymous tram"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_instructor_gets_candidates_ranked_with_kinds_and_key_phrases_and_nothing_is_stored() {
        int before = courseCount();
        ArticleAnalysis analysis = users.as("instructor", () -> drafts.propose(tram("Proposal only")));

        assertThat(analysis.paragraphs()).hasSize(6);
        assertThat(analysis.candidates()).hasSize(12);
        assertThat(analysis.candidates().getFirst().rank()).isEqualTo(1);
        assertThat(analysis.candidates()).allSatisfy(c -> assertThat(analysis.paragraphs().get(c.paragraph() - 1)).contains(c.keyPhrase()));
        assertThat(courseCount()).isEqualTo(before);
    }

    @Test
    void an_instructor_creates_a_course_with_its_source_paragraphs_claims_lessons_and_draft_questions() {
        DraftCourse created = create("instructor", "The Harbour Tram Returns");

        CourseInfo course = users.as("instructor", () -> courses.findCourse(created.slug())).orElseThrow();
        assertThat(course.slug()).startsWith("the-harbour-tram-returns");
        assertThat(course.title()).isEqualTo("The Harbour Tram Returns");
        assertThat(course.summary()).contains("Ines Marwick", "Lerida Evening Post", "2024-03-05");
        assertThat(course.source().author()).isEqualTo("Ines Marwick");
        assertThat(course.source().url()).isEqualTo("https://example.org/tram");
        assertThat(course.source().date()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(course.source().paragraphs()).isEqualTo(6);
        long sourceId = sources.findByCourseId(created.courseId()).orElseThrow().getId();
        assertThat(paragraphs.findBySourceIdOrderByNumber(sourceId)).hasSize(6)
                .first().satisfies(p -> assertThat(p.getText()).startsWith("Eleven years after its last run"));

        List<ClaimInfo> claims = users.as("instructor", () -> courses.claims(created.courseId()));
        assertThat(claims).hasSize(created.claims()).isNotEmpty();
        assertThat(claims.getFirst().key()).isEqualTo("c01");
        assertThat(claims).isSortedAccordingTo((a, b) -> Integer.compare(a.paragraph(), b.paragraph()));
        assertThat(claims).allSatisfy(c -> {
            assertThat(c.keyPhrase().split(" ")).hasSizeLessThanOrEqualTo(12);
            assertThat(c.lessonId()).isNotNull();
        });
        List<LessonInfo> lessons = users.as("instructor", () -> courses.lessons(created.courseId()));
        assertThat(lessons).extracting(LessonInfo::title).containsExactly("Opening day", "What comes next");
        assertThat(lessons.getFirst().introduction()).contains("paragraph");
        assertThat(lessons.stream().mapToInt(l -> l.claims().size()).sum()).isEqualTo(claims.size());

        List<QuestionSpec> questions = users.as("instructor", () -> bank.export(created.courseId()));
        assertThat(questions).hasSize(created.questions());
        assertThat(questions).allSatisfy(q -> {
            assertThat(q.status()).isEqualTo(QuestionStatus.DRAFT);
            assertThat(q.claimKeys()).hasSize(1);
            assertThat(q.tags()).contains("drafted");
            assertThat(QuestionValidator.validate(q.content())).isEmpty();
        });
        assertThat(questions).extracting(QuestionSpec::type).contains(QuestionType.CLOZE, QuestionType.TRUE_FALSE,
                QuestionType.SINGLE_CHOICE);
        Map<String, Long> claimsWithQuestions = questions.stream()
                .collect(java.util.stream.Collectors.groupingBy(q -> q.claimKeys().getFirst(), java.util.stream.Collectors.counting()));
        assertThat(claimsWithQuestions.keySet()).containsExactlyInAnyOrderElementsOf(claims.stream().map(ClaimInfo::key).toList());
        // drafts never reach students
        assertThat(users.as("instructor", () -> bank.publishedEntries(created.courseId()))).isEmpty();
    }

    @Test
    void an_instructor_outside_every_class_and_an_admin_may_create_courses_too() {
        String other = classes.newInstructor();

        assertThat(create(other, "Tram for another teacher").questions()).isPositive();
        assertThat(create("admin", "Tram for the admin").claims()).isPositive();
    }

    @Test
    void the_same_title_twice_gets_a_second_slug() {
        DraftCourse first = create("instructor", "Twice Told Tram");
        DraftCourse second = create("instructor", "Twice Told Tram");

        assertThat(first.slug()).isEqualTo("twice-told-tram");
        assertThat(second.slug()).isEqualTo("twice-told-tram-2");
    }

    @Test
    void a_lesson_that_no_claim_picked_is_left_out() {
        DraftCourse created = users.as("instructor", () -> {
            ArticleInput input = tram("Tram with an empty lesson");
            List<ClaimChoice> all = ticked(drafts.propose(input)).stream()
                    .map(c -> new ClaimChoice(c.statement(), c.kind(), c.paragraph(), c.keyPhrase(), 2)).toList();
            return drafts.createCourse(input, all, List.of("Nobody picked me", "Everything"));
        });

        assertThat(created.lessons()).isEqualTo(1);
        assertThat(users.as("instructor", () -> courses.lessons(created.courseId()))).extracting(LessonInfo::title)
                .containsExactly("Everything");
    }

    @Test
    void a_missing_title_and_text_are_refused_at_their_fields() {
        ArticleInput empty = new ArticleInput(" ", null, null, null, "ftp://x", "", ArticleFormat.TEXT);

        assertThatThrownBy(() -> users.as("instructor", () -> drafts.propose(empty)))
                .isInstanceOfSatisfying(ArticleDraftException.class, e -> {
                    assertThat(e.about("title")).contains("give the article's title");
                    assertThat(e.about("text")).hasValueSatisfying(m -> assertThat(m).contains("paste"));
                    assertThat(e.about("url")).hasValueSatisfying(m -> assertThat(m).contains("http"));
                });
    }

    @Test
    void an_article_over_the_size_limit_is_refused_with_its_size() {
        String huge = "A sentence that repeats. ".repeat(ArticleCourseService.MAX_BYTES / 20);
        ArticleInput input = new ArticleInput("Huge", null, null, null, null, huge, ArticleFormat.TEXT);

        assertThatThrownBy(() -> users.as("instructor", () -> drafts.propose(input)))
                .isInstanceOfSatisfying(ArticleDraftException.class,
                        e -> assertThat(e.about("text")).hasValueSatisfying(m -> assertThat(m).contains("MB", "up to 2 MB")));
    }

    @Test
    void a_german_article_is_refused_at_the_text_saying_it_does_not_read_as_english_and_nothing_is_stored() {
        int before = courseCount();
        String german = "Die Stadt hat am Dienstag beschlossen, den Anleger neu zu bauen, den die St\u00fcrme im letzten Winter"
                + " zerst\u00f6rt haben.\n\nDer neue Anleger wird 14,5 Millionen Pfund kosten, von denen die Regierung 60 Prozent"
                + " bezahlt. Seit Januar ist die Zahl der Besucher um mehr als 40 Prozent gesunken, und viele Gesch\u00e4fte"
                + " in der Hafenstra\u00dfe k\u00e4mpfen ums \u00dcberleben.";
        ArticleInput input = new ArticleInput("Anleger", null, null, null, null, german, null);

        assertThatThrownBy(() -> users.as("instructor", () -> drafts.propose(input)))
                .isInstanceOfSatisfying(ArticleDraftException.class, e -> assertThat(e.about("text"))
                        .hasValueSatisfying(m -> assertThat(m).startsWith("the text does not read as English")));
        assertThatThrownBy(() -> users.as("instructor", () -> drafts.createCourse(input,
                List.of(new ClaimChoice("Die Stadt baut.", ClaimKind.FIGURE, 1, "Die Stadt hat am Dienstag", 1)), List.of("L"))))
                .isInstanceOf(ArticleDraftException.class);
        assertThat(courseCount()).isEqualTo(before);
    }

    @Test
    void a_key_phrase_not_in_its_paragraph_or_too_long_is_refused_by_claim_and_nothing_is_stored() {
        int before = courseCount();
        ArticleInput input = tram("Refused tram");
        List<ClaimChoice> claims = List.of(
                new ClaimChoice("The tram reopened in 2024.", ClaimKind.FIGURE, 1, "carried passengers again on 4 March 2024", 1),
                new ClaimChoice("The tram reopened.", ClaimKind.FIGURE, 1, "words that the article never wrote", 1),
                new ClaimChoice("The tram reopened.", ClaimKind.FIGURE, 1,
                        "Eleven years after its last run, the harbour tram of Port Lerida carried passengers", 1),
                new ClaimChoice(" ", ClaimKind.FIGURE, 9, "x", 3));

        assertThatThrownBy(() -> users.as("instructor", () -> drafts.createCourse(input, claims, List.of("Only lesson"))))
                .isInstanceOfSatisfying(ArticleDraftException.class, e -> {
                    assertThat(e.about("claim 1")).isEmpty();
                    assertThat(e.about("claim 2")).hasValueSatisfying(m -> assertThat(m).contains("is not in paragraph 1"));
                    assertThat(e.about("claim 3")).hasValueSatisfying(m -> assertThat(m).contains("at most 12 words", "has 14"));
                    assertThat(e.problems()).filteredOn(p -> p.field().equals("claim 4")).extracting(ArticleDraftException.Problem::message)
                            .anySatisfy(m -> assertThat(m).contains("needs a statement"))
                            .anySatisfy(m -> assertThat(m).contains("needs a lesson"))
                            .anySatisfy(m -> assertThat(m).contains("between 1 and 6"));
                });
        assertThat(courseCount()).isEqualTo(before);
    }

    @Test
    void no_accepted_claim_is_refused() {
        assertThatThrownBy(() -> users.as("instructor", () -> drafts.createCourse(tram("Nothing accepted"), List.of(), List.of("L"))))
                .isInstanceOfSatisfying(ArticleDraftException.class,
                        e -> assertThat(e.about("claims")).contains("accept at least one claim"));
    }

    @Test
    void slugs_are_lower_case_ascii_words_cut_at_a_word() {
        assertThat(ArticleCourseService.slug("Caf\u00e9 Society's \u201cBig\u201d Year!")).isEqualTo("cafe-societys-big-year");
        assertThat(ArticleCourseService.slug("\u4e2d\u6587")).isEqualTo("article");
        assertThat(ArticleCourseService.slug("word ".repeat(30))).hasSizeLessThanOrEqualTo(60).doesNotEndWith("-");
    }
}

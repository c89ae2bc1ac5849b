package org.sourcewise.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.accounts.SystemTask;
import org.sourcewise.questions.Difficulty;
import org.sourcewise.questions.Option;
import org.sourcewise.questions.QuestionBankService;
import org.sourcewise.questions.QuestionSpec;
import org.sourcewise.questions.QuestionStatus;
import org.sourcewise.questions.QuestionType;
import org.sourcewise.questions.QuestionValidator;
import org.sourcewise.quizzes.QuizInfo;
import org.sourcewise.quizzes.QuizService;
import org.sourcewise.quizzes.scoring.Answer;
import org.sourcewise.quizzes.scoring.GradingMethod;
import org.sourcewise.quizzes.scoring.Scorer;
import org.springframework.beans.factory.annotation.Autowired;

/** The invariants the first course must keep, checked on the course as the app imported it. */
@IntegrationTest
class FirstCourseTest {

    static final String SLUG = "russia-north-korea-2017";
    static final Path ARTICLE = Path.of("..", "shared", "source", "russia-north-korea-2017.txt");

    @Autowired
    CourseService courses;
    @Autowired
    QuestionBankService bank;
    @Autowired
    QuizService quizzes;

    CourseInfo course;
    List<ClaimInfo> claims;
    List<LessonInfo> lessons;
    List<QuestionSpec> questions;
    Set<String> checkKeys;

    @BeforeEach
    void load() {
        SystemTask.run(() -> {
            course = courses.findCourse(SLUG).orElseThrow();
            claims = courses.claims(course.id());
            lessons = courses.lessons(course.id());
            questions = bank.export(course.id());
        });
        checkKeys = lessons.stream().flatMap(l -> l.checkQuestionKeys().stream()).collect(Collectors.toSet());
    }

    private List<QuestionSpec> graded() {
        return questions.stream().filter(q -> !checkKeys.contains(q.key())).toList();
    }

    @Test
    void ticking_every_box_of_a_multiple_response_question_never_earns_full_marks() {
        List<QuestionSpec> multiple = questions.stream().filter(q -> q.type() == QuestionType.MULTIPLE_RESPONSE).toList();
        assertThat(multiple).hasSizeGreaterThanOrEqualTo(6);
        Scorer scorer = new Scorer();
        assertThat(multiple).allSatisfy(q -> {
            int[] every = IntStream.range(0, q.content().options().size()).toArray();
            assertThat(scorer.score(q.content(), Answer.ofIndexes(every)).fraction()).as(q.key()).isCloseTo(0, org.assertj.core.api.Assertions.within(1e-9));
        });
    }

    @Test
    void the_course_has_enough_claims_of_every_kind_and_five_to_seven_lessons() {
        assertThat(claims).hasSizeGreaterThanOrEqualTo(30);
        assertThat(claims.stream().map(ClaimInfo::kind).collect(Collectors.toSet()))
                .contains(ClaimKind.REPORTED_FACT, ClaimKind.FIGURE, ClaimKind.ANALYSIS, ClaimKind.PREDICTION);
        assertThat(lessons).hasSizeBetween(5, 7);
        assertThat(lessons).allSatisfy(l -> {
            assertThat(l.terms()).isNotEmpty();
            assertThat(l.checkQuestionKeys()).hasSizeBetween(2, 3);
            assertThat(l.introduction()).isNotBlank();
        });
    }

    @Test
    void every_claim_is_in_one_lesson_and_tested_by_a_graded_question() {
        Set<String> tested = graded().stream().flatMap(q -> q.claimKeys().stream()).collect(Collectors.toSet());
        assertThat(claims).allSatisfy(c -> {
            assertThat(c.lessonKey()).as("lesson of %s", c.key()).isNotNull();
            assertThat(tested).as("questions testing %s", c.key()).contains(c.key());
        });
        Set<String> claimKeys = claims.stream().map(ClaimInfo::key).collect(Collectors.toSet());
        assertThat(questions).allSatisfy(q -> assertThat(claimKeys).containsAll(q.claimKeys()));
    }

    @Test
    void the_bank_has_sixty_published_questions_over_seven_types_with_a_quarter_hard() {
        List<QuestionSpec> graded = graded().stream().filter(q -> q.status() == QuestionStatus.PUBLISHED).toList();
        assertThat(graded).hasSizeGreaterThanOrEqualTo(60);
        assertThat(graded.stream().map(QuestionSpec::type).collect(Collectors.toSet())).hasSizeGreaterThanOrEqualTo(7);
        long hard = graded.stream().filter(q -> q.difficulty() == Difficulty.HARD).count();
        assertThat(hard * 4).isGreaterThanOrEqualTo(graded.size());
    }

    @Test
    void every_question_is_valid_explained_and_gives_feedback_on_wrong_choices() {
        assertThat(questions).allSatisfy(q -> {
            assertThat(QuestionValidator.validate(q.content())).as(q.key()).isEmpty();
            assertThat(q.content().explanation()).as(q.key()).isNotBlank()
                    // students see explanations in the review: claims are cited by their statement and
                    // paragraph (the claim card beside it), never by an internal key such as c25
                    .doesNotContainPattern("\\bc\\d{2}\\b");
            if (q.type() == QuestionType.SINGLE_CHOICE || q.type() == QuestionType.MULTIPLE_RESPONSE) {
                assertThat(q.content().options()).filteredOn(o -> o.weight() <= 0)
                        .as("wrong options of %s", q.key()).allSatisfy(o -> assertThat(o.feedback()).isNotBlank());
            }
        });
    }

    @Test
    void single_choice_has_one_key_and_multiple_response_weights_make_full_marks() {
        assertThat(questions).filteredOn(q -> q.type() == QuestionType.SINGLE_CHOICE).allSatisfy(q ->
                assertThat(q.content().options()).as(q.key()).filteredOn(o -> o.weight() == 1.0).hasSize(1));
        assertThat(questions).filteredOn(q -> q.type() == QuestionType.MULTIPLE_RESPONSE).allSatisfy(q ->
                assertThat(q.content().options().stream().mapToDouble(Option::weight).filter(w -> w > 0).sum())
                        .as(q.key()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9)));
    }

    @Test
    void numeric_keys_parse_with_their_tolerance() {
        assertThat(questions).filteredOn(q -> q.type() == QuestionType.NUMERIC).isNotEmpty().allSatisfy(q ->
                assertThat(q.content().options()).as(q.key()).allSatisfy(o -> {
                    assertThat(o.value()).isNotNull();
                    assertThat(o.tolerance()).isNotNull().isGreaterThanOrEqualTo(0.0);
                }));
    }

    @Test
    void there_are_fact_analysis_prediction_questions_and_a_timeline_to_order() {
        assertThat(questions).anySatisfy(q -> assertThat(q.content().options()).extracting(Option::text)
                .anySatisfy(t -> assertThat(t).containsIgnoringCase("analysis"))
                .anySatisfy(t -> assertThat(t).containsIgnoringCase("prediction")));
        assertThat(questions).anySatisfy(q -> assertThat(q.type()).isEqualTo(QuestionType.ORDERING));
    }

    @Test
    void the_three_quizzes_exist_with_their_settings_and_can_be_assembled_each_lesson_in_the_final() {
        Map<String, QuizInfo> byKey = SystemTask.call(() -> quizzes.quizzesOf(course.id())).stream()
                .collect(Collectors.toMap(QuizInfo::key, q -> q));
        assertThat(byKey.get("checkpoint-1")).satisfies(q -> {
            assertThat(q.title()).isEqualTo("Checkpoint 1: Moscow's lifelines to Pyongyang");
            assertThat(q.questionCount()).isEqualTo(10);
            assertThat(q.timeLimitSeconds()).isEqualTo(15 * 60);
        });
        assertThat(byKey.get("checkpoint-2")).satisfies(q -> {
            assertThat(q.title()).isEqualTo("Checkpoint 2: Russia's leverage on the peninsula");
            assertThat(q.questionCount()).isEqualTo(10);
            assertThat(q.timeLimitSeconds()).isEqualTo(15 * 60);
        });
        assertThat(byKey.get("final")).satisfies(q -> {
            assertThat(q.title()).isEqualTo("Final: Russia and North Korea, 2017");
            assertThat(q.questionCount()).isEqualTo(20);
            assertThat(q.timeLimitSeconds()).isEqualTo(30 * 60);
            assertThat(q.attemptsAllowed()).isEqualTo(2);
            assertThat(q.gradingMethod()).isEqualTo(GradingMethod.HIGHEST);
            assertThat(q.shuffleOptions()).isTrue();
            assertThat(q.reviewPolicy()).isEqualTo(org.sourcewise.quizzes.ReviewPolicy.AFTER_SUBMIT);
        });
    }

    @Test
    void every_key_phrase_occurs_verbatim_in_its_paragraph_of_the_article() throws IOException {
        if (!Files.exists(ARTICLE)) {
            org.junit.jupiter.api.Assertions.assertNotEquals("true", System.getenv("CI"),
                    "CI=true but " + ARTICLE + " is missing; CI has shared/ beside the clone");
            Assumptions.abort("the article is not beside this checkout: " + ARTICLE.toAbsolutePath());
        }
        List<String> paragraphs = ArticleText.bodyParagraphs(Files.readString(ARTICLE, StandardCharsets.UTF_8));
        assertThat(paragraphs).hasSize(course.source().paragraphs());
        Set<Integer> cited = new HashSet<>();
        assertThat(claims).allSatisfy(c -> {
            assertThat(c.paragraph()).isBetween(1, paragraphs.size());
            assertThat(paragraphs.get(c.paragraph() - 1)).as("paragraph %d for %s", c.paragraph(), c.key()).contains(c.keyPhrase());
            assertThat(c.keyPhrase().split("\\s+").length).isLessThanOrEqualTo(12);
            cited.add(c.paragraph());
        });
        assertThat(cited).as("every paragraph yields a claim").hasSize(paragraphs.size());
    }
}

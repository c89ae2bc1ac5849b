package org.sourcewise.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.TestUsers;
import org.sourcewise.accounts.CurrentUser;
import org.sourcewise.accounts.SystemTask;
import org.sourcewise.content.ClaimInfo;
import org.sourcewise.content.CourseService;
import org.sourcewise.content.LessonInfo;
import org.sourcewise.content.internal.CourseImporter;
import org.sourcewise.learning.fsrs.Rating;
import org.sourcewise.learning.internal.LessonProgressRepository;
import org.sourcewise.learning.internal.ReviewStateRepository;
import org.sourcewise.learning.internal.ReviewStates;
import org.sourcewise.questions.QuestionBankService;
import org.sourcewise.questions.QuestionType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Lessons for students, on the demo data. The database is shared with other test classes: tests that
 * only read act as the demo student; tests that change progress act as a new student of the demo class.
 */
@IntegrationTest
class LessonServiceTest {

    @Autowired
    LessonService lessons;
    @Autowired
    PracticeService practice;
    @Autowired
    CourseService courses;
    @Autowired
    QuestionBankService bank;
    @Autowired
    CourseImporter importer;
    @Autowired
    LessonProgressRepository progress;
    @Autowired
    ReviewStateRepository states;
    @Autowired
    ReviewStates reviews;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    Clock clock;
    @Autowired
    TestUsers users;
    @Autowired
    UserDetailsService userDetails;

    Course course;

    @BeforeEach
    void setUp() {
        course = new Course(courses, bank);
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
    }

    private LessonProgress progressOf(String lessonKey) {
        long id = course.lesson(lessonKey).id();
        return lessons.myLessons().stream().filter(l -> l.lessonId() == id).findFirst().orElseThrow();
    }

    @Test
    @WithUserDetails("student")
    void a_student_sees_every_lesson_of_their_class_course_in_order_with_claim_counts() {
        List<LessonProgress> mine = lessons.myLessons();

        assertThat(mine).extracting(LessonProgress::ordinal).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(mine).extracting(LessonProgress::title).first().isEqualTo("A new hierarchy of allies");
        assertThat(mine).allSatisfy(l -> {
            assertThat(l.courseTitle()).isNotBlank();
            assertThat(l.mastered() + l.shaky() + l.notSeen()).isEqualTo(l.claimCount());
        });
        assertThat(mine.stream().mapToInt(LessonProgress::claimCount).sum()).isEqualTo(47);
    }

    @Test
    @WithUserDetails("instructor")
    void an_instructor_is_refused_every_lesson_and_practice_method() {
        long l1 = course.lesson("l1").id();
        assertThatThrownBy(() -> lessons.myLessons()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lessons.open(l1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lessons.markDone(l1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lessons.progress(l1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lessons.check(l1, "q-l1-check-1", StudentAnswer.choice(0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> practice.dueCount()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> practice.summary()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> practice.next()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> practice.answer(1, 1, StudentAnswer.none())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_is_refused_the_student_methods_too() {
        long l1 = course.lesson("l1").id();
        assertThatThrownBy(() -> lessons.open(l1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lessons.myLessons()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("student")
    void a_lesson_of_a_course_outside_the_students_classes_is_refused() {
        SystemTask.run(() -> importer.importAll(Course.SAMPLE_PATTERN));
        long foreign = course.lesson("sample-course", "l1").id();

        assertThatThrownBy(() -> lessons.open(foreign)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lessons.markDone(foreign)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lessons.check(foreign, "q-check", StudentAnswer.text("January")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lessons.open(987_654_321L)).isInstanceOf(AccessDeniedException.class);
        assertThat(lessons.myLessons()).noneMatch(l -> l.lessonId() == foreign);
    }

    @Test
    @WithUserDetails("student")
    void opening_a_lesson_records_it_and_gives_its_claims_terms_and_check_questions() {
        Instant before = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LessonPage page = lessons.open(course.lesson("l1").id());

        assertThat(page.lesson().claims()).hasSize(9).extracting(ClaimInfo::key).startsWith("c01", "c02", "c03");
        assertThat(page.lesson().terms()).extracting(LessonInfo.KeyTerm::term).contains("KCNA");
        assertThat(page.checks()).extracting(StudentQuestion::type)
                .containsExactly(QuestionType.TRUE_FALSE, QuestionType.SINGLE_CHOICE, QuestionType.SHORT_ANSWER);
        assertThat(page.mastery()).containsOnlyKeys(page.lesson().claims().stream().map(ClaimInfo::id).toArray(Long[]::new));
        assertThat(page.nextLessonId()).isEqualTo(course.lesson("l2").id());
        assertThat(page.previousLessonId()).isNull();
        assertThat(progressOf("l1").lastOpenedAt()).isAfterOrEqualTo(before);
    }

    @Test
    @WithUserDetails("student")
    void check_questions_reach_the_student_without_answer_key_feedback_or_explanation() {
        LessonPage page = lessons.open(course.lesson("l1").id());

        for (StudentQuestion q : page.checks()) {
            var key = course.key(q.questionId());
            String shown = q.toString();
            assertThat(shown).doesNotContain(key.explanation());
            key.options().stream().filter(o -> o.feedback() != null)
                    .forEach(o -> assertThat(shown).doesNotContain(o.feedback()));
            if (q.type() == QuestionType.SHORT_ANSWER) {
                assertThat(q.choices()).isEmpty();
                key.options().forEach(o -> assertThat(shown).doesNotContain(o.text()));
            }
        }
        StudentQuestion choice = page.checks().get(1);
        assertThat(choice.choices()).containsExactlyInAnyOrder("In second place", "In first place", "In third place",
                "It was left off the list");
    }

    @Test
    @WithUserDetails("student")
    void a_right_check_answer_is_marked_right_and_only_then_explained() {
        LessonPage page = lessons.open(course.lesson("l1").id());
        long l1 = page.lesson().id();

        for (StudentQuestion q : page.checks()) {
            CheckResult result = lessons.check(l1, q.key(), Answers.right(q, course.key(q.questionId())));
            assertThat(result.correct()).as(q.key()).isTrue();
            assertThat(result.fraction()).isEqualTo(1.0);
            // the explanation arrives once answered, citing its paragraph
            assertThat(result.explanation()).as(q.key()).contains("(paragraph ");
        }
        StudentQuestion shortAnswer = page.checks().get(2);
        assertThat(lessons.check(l1, shortAnswer.key(), StudentAnswer.text("  republic of CUBA ")).correct()).isTrue();
    }

    @Test
    @WithUserDetails("student")
    void a_wrong_check_answer_gets_the_feedback_of_the_option_picked_and_the_right_answer() {
        LessonPage page = lessons.open(course.lesson("l1").id());
        StudentQuestion choice = page.checks().get(1);

        CheckResult result = lessons.check(page.lesson().id(), choice.key(),
                StudentAnswer.choice(choice.choices().indexOf("In first place")));

        assertThat(result.correct()).isFalse();
        assertThat(result.answered()).isTrue();
        assertThat(result.feedback()).containsExactly("Russia took first place; China was relegated.");
        assertThat(result.correctAnswer()).isEqualTo("In second place");
        assertThat(result.correctChoices()).containsExactly(choice.choices().indexOf("In second place"));
        assertThat(result.explanation()).contains("relegating China to second place");
    }

    @Test
    @WithUserDetails("student")
    void a_numeric_check_question_accepts_the_number_and_refuses_others() {
        LessonPage page = lessons.open(course.lesson("l2").id());
        StudentQuestion numeric = page.checks().stream().filter(q -> q.type() == QuestionType.NUMERIC).findFirst().orElseThrow();
        var key = course.key(numeric.questionId());
        double value = key.options().getFirst().value();

        assertThat(lessons.check(page.lesson().id(), numeric.key(), StudentAnswer.text(Double.toString(value))).correct()).isTrue();
        assertThat(lessons.check(page.lesson().id(), numeric.key(), StudentAnswer.text(Double.toString(value + 1000))).correct())
                .isFalse();
    }

    @Test
    @WithUserDetails("student")
    void only_the_lessons_own_check_questions_can_be_checked_there() {
        long l1 = course.lesson("l1").id();
        assertThatThrownBy(() -> lessons.check(l1, "q-l1-01", StudentAnswer.choice(0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> lessons.check(l1, "q-l2-check-1", StudentAnswer.choice(0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void marking_a_lesson_done_persists_and_brings_its_claims_into_practice_once() {
        Learners.actAsNewStudent(users, userDetails);
        LessonInfo l2 = course.lesson("l2");
        long me = currentUser.id().value();
        assertThat(practice.dueCount()).isZero();
        assertThat(progressOf("l2").done()).isFalse();

        LessonProgress done = lessons.markDone(l2.id());

        assertThat(done.done()).isTrue();
        assertThat(progressOf("l2").done()).isTrue();
        Instant doneAt = progress.findByUserIdAndLessonId(me, l2.id()).orElseThrow().getDoneAt();
        assertThat(doneAt).isNotNull();
        var added = states.findByUserIdAndClaimIdIn(me, claimIds(l2));
        assertThat(added).hasSize(13).allSatisfy(s -> {
            assertThat(s.getReps()).isZero();
            assertThat(s.getDueAt()).isBeforeOrEqualTo(clock.instant());
        });
        assertThat(practice.dueCount()).isEqualTo(13);
        assertThat(lessons.open(l2.id()).done()).isTrue();

        lessons.markDone(l2.id());

        assertThat(progress.findByUserIdAndLessonId(me, l2.id()).orElseThrow().getDoneAt()).isEqualTo(doneAt);
        assertThat(states.findByUserIdAndClaimIdIn(me, claimIds(l2))).hasSize(13);
        assertThat(practice.dueCount()).isEqualTo(13);
    }

    @Test
    void mastery_counts_follow_the_reviews_of_a_lessons_claims() {
        Learners.actAsNewStudent(users, userDetails);
        LessonInfo l4 = course.lesson("l4");
        LessonProgress before = lessons.progress(l4.id());
        List<ClaimInfo> claims = l4.claims();
        Instant now = clock.instant();

        // a first EASY gives stability 8.3 days: mastered; a first GOOD gives 2.3 days: shaky
        reviews.review(currentUser.id(), claims.get(0).id(), Rating.EASY, now);
        reviews.review(currentUser.id(), claims.get(1).id(), Rating.GOOD, now);
        LessonProgress after = lessons.progress(l4.id());

        assertThat(before.notSeen()).isEqualTo(claims.size());
        assertThat(after.mastered()).isEqualTo(1);
        assertThat(after.shaky()).isEqualTo(1);
        assertThat(after.notSeen()).isEqualTo(claims.size() - 2);
        assertThat(lessons.open(l4.id()).mastery().get(claims.get(0).id())).hasToString("MASTERED");
    }

    private static List<Long> claimIds(LessonInfo lesson) {
        return lesson.claims().stream().map(ClaimInfo::id).toList();
    }
}

package org.sourcewise.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sourcewise.IntegrationTest;
import org.sourcewise.MutableClock;
import org.sourcewise.TestUsers;
import org.sourcewise.accounts.AccountService;
import org.sourcewise.accounts.SystemTask;
import org.sourcewise.accounts.UserId;
import org.sourcewise.classes.TestClasses;
import org.sourcewise.content.ClaimInfo;
import org.sourcewise.content.CourseService;
import org.sourcewise.learning.ClaimMasteryCount;
import org.sourcewise.learning.ClassMasteryService;
import org.sourcewise.learning.fsrs.Rating;
import org.sourcewise.learning.internal.ReviewStates;
import org.sourcewise.questions.BankEntry;
import org.sourcewise.questions.QuestionBankService;
import org.sourcewise.quizzes.AttemptResults;
import org.sourcewise.quizzes.MarkedAttempt;
import org.sourcewise.quizzes.MarkedQuestion;
import org.sourcewise.quizzes.QuizService;
import org.sourcewise.quizzes.TestAnswers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A class of its own (new instructor, students a, b, c) with checkpoint 1 assigned: a answers all ten
 * questions right, b leaves all ten blank, c does nothing. Then claim X, which checkpoint 1 did not
 * test, is reviewed: a rates it EASY (a first review of EASY is durable: mastered), b AGAIN (shaky).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClaimMasteryServiceTest {

    @Autowired
    ClaimMasteryService service;
    @Autowired
    ClassMasteryService learning;
    @Autowired
    TestUsers users;
    @Autowired
    AttemptResults attemptResults;
    @Autowired
    QuestionBankService bank;

    TestClasses.TestClass schoolClass;
    String otherInstructor;
    long checkpoint1;
    UserId aId;
    UserId bId;
    ClaimInfo x;
    Set<Long> tested;
    Map<Long, Set<UserId>> testedBy;

    @BeforeAll
    void seed(@Autowired CourseService courses, @Autowired QuizService quizzes, @Autowired AccountService accounts,
              @Autowired TestClasses classes, @Autowired TestAnswers answers, @Autowired ReviewStates reviews,
              @Autowired MutableClock clock) {
        long courseId = SystemTask.call(() -> courses.findCourse("russia-north-korea-2017").orElseThrow().id());
        checkpoint1 = SystemTask.call(() -> quizzes.find(courseId, "checkpoint-1").orElseThrow().id());
        schoolClass = classes.newClass(courseId, Map.of(checkpoint1, clock.instant().plusSeconds(86_400)));
        otherInstructor = classes.newClass(courseId, Map.of()).instructor();
        List<String> students = classes.newStudentsIn(schoolClass, 3);
        String a = students.get(0);
        String b = students.get(1);
        String c = students.get(2);
        aId = users.as("admin", () -> accounts.findByUsername(a).orElseThrow().id());
        bId = users.as("admin", () -> accounts.findByUsername(b).orElseThrow().id());
        answers.take(a, checkpoint1, 10);
        answers.take(b, checkpoint1, 0);
        tested = new HashSet<>();
        List<MarkedAttempt> marked = users.as("admin", () -> attemptResults.markedAttempts(checkpoint1, null)).stream()
                .filter(x -> Set.of(aId, bId).contains(x.student())).toList();
        Set<Long> questionIds = marked.stream().flatMap(m -> m.questions().stream()).map(MarkedQuestion::questionId).collect(Collectors.toSet());
        Map<Long, Set<Long>> claimsOf = users.as("admin", () -> bank.entries(questionIds)).stream()
                .collect(Collectors.toMap(BankEntry::questionId, BankEntry::claimIds));
        testedBy = new HashMap<>();
        marked.forEach(m -> m.questions().forEach(q -> claimsOf.get(q.questionId())
                .forEach(claim -> testedBy.computeIfAbsent(claim, k -> new HashSet<>()).add(m.student()))));
        tested.addAll(testedBy.keySet());
        x = SystemTask.call(() -> courses.claims(courseId)).stream().filter(cl -> !tested.contains(cl.id())).findFirst().orElseThrow();
        reviews.review(aId, x.id(), Rating.EASY, clock.instant());
        reviews.review(bId, x.id(), Rating.AGAIN, clock.instant());
    }

    private ClassMastery mastery() {
        return users.as(schoolClass.instructor(), () -> service.classMastery(schoolClass.id())).orElseThrow();
    }

    private static ClaimMastery row(ClassMastery m, long claimId) {
        return m.claims().stream().filter(c -> c.claim().id() == claimId).findFirst().orElseThrow();
    }

    @Test
    void review_state_counts_each_student_once_as_mastered_shaky_or_not_seen() {
        ClassMastery m = mastery();

        assertThat(m.students()).isEqualTo(3);
        ClaimMastery claimX = row(m, x.id());
        assertThat(claimX.mastered()).isEqualTo(1);
        assertThat(claimX.shaky()).isEqualTo(1);
        assertThat(claimX.notSeen()).isEqualTo(1);
        assertThat(claimX.masteredPercent()).isCloseTo(100.0 / 3, within(1e-9));
        assertThat(claimX.quizPercent()).isNull();
        assertThat(claimX.responses()).isZero();
        // a quiz reviews each claim it tested: GOOD once is not yet durable, AGAIN is forgotten: both shaky;
        // each attempt draws its own ten questions, so a claim was tested for a, for b or for both
        assertThat(testedBy).isNotEmpty();
        testedBy.forEach((claim, students) -> {
            ClaimMastery t = row(m, claim);
            assertThat(t.mastered()).isZero();
            assertThat(t.shaky()).isEqualTo(students.size());
            assertThat(t.notSeen()).isEqualTo(3 - students.size());
        });
    }

    @Test
    void quiz_answers_give_the_mean_mark_of_the_class_on_each_claims_questions() {
        ClassMastery m = mastery();
        // by hand from the marked attempts: a's answers are all right (1), b's all blank (0)
        List<MarkedAttempt> marked = users.as("admin", () -> attemptResults.markedAttempts(checkpoint1, null)).stream()
                .filter(x -> Set.of(aId, bId).contains(x.student())).toList();
        Map<Long, Set<Long>> claimsOf = users.as("admin", () -> bank.entries(marked.stream().flatMap(a -> a.questions().stream())
                .map(MarkedQuestion::questionId).collect(Collectors.toSet()))).stream()
                .collect(Collectors.toMap(BankEntry::questionId, BankEntry::claimIds));
        Map<Long, int[]> rightAndAll = new HashMap<>();
        for (MarkedAttempt attempt : marked) {
            for (MarkedQuestion q : attempt.questions()) {
                for (long claim : claimsOf.get(q.questionId())) {
                    int[] tally = rightAndAll.computeIfAbsent(claim, k -> new int[2]);
                    tally[0] += attempt.student().equals(aId) ? 1 : 0;
                    tally[1]++;
                }
            }
        }
        assertThat(rightAndAll).isNotEmpty();
        rightAndAll.forEach((claim, tally) -> {
            ClaimMastery row = row(m, claim);
            assertThat(row.responses()).isEqualTo(tally[1]);
            assertThat(row.quizPercent()).isCloseTo(100.0 * tally[0] / tally[1], within(1e-9));
            assertThat(row.respondents()).isBetween(1, 2);
        });
    }

    @Test
    void the_weakest_claims_come_first_and_each_names_its_lesson_and_questions() {
        ClassMastery m = mastery();

        assertThat(m.claims()).isSortedAccordingTo(ClaimMastery.WEAKEST_FIRST);
        // every other claim has nobody mastered: the one with a mastered student comes last
        assertThat(m.claims().getLast().claim().id()).isEqualTo(x.id());
        // among claims nobody mastered, the lowest quiz mark first
        ClaimMastery first = m.claims().getFirst();
        assertThat(first.quizPercent()).isNotNull();
        assertThat(m.claims().stream().filter(c -> c.mastered() == 0 && c.quizPercent() != null).mapToDouble(ClaimMastery::quizPercent).min())
                .hasValue(first.quizPercent());
        assertThat(m.courseSlug()).isEqualTo("russia-north-korea-2017");
        ClaimMastery withQuestions = m.claims().stream().filter(c -> !c.questions().isEmpty()).findFirst().orElseThrow();
        assertThat(withQuestions.lessonTitle()).isNotBlank();
        assertThat(withQuestions.questions()).allSatisfy(q -> {
            assertThat(q.key()).isNotBlank();
            assertThat(q.stem()).isNotBlank().doesNotContain("**").hasSizeLessThanOrEqualTo(110);
        });
    }

    @Test
    void learning_counts_match_the_report_and_only_the_classs_teachers_and_admins_may_read_them() {
        List<ClaimMasteryCount> counts = users.as(schoolClass.instructor(), () -> learning.claimMastery(schoolClass.id()));
        assertThat(counts).filteredOn(c -> c.claimId() == x.id()).singleElement()
                .satisfies(c -> assertThat(List.of(c.mastered(), c.shaky(), c.notSeen(), c.students())).containsExactly(1, 1, 1, 3));
        assertThat(users.as("admin", () -> learning.claimMastery(schoolClass.id()))).isEqualTo(counts);
        // another instructor's class reads as one that does not exist
        assertThat(users.as(otherInstructor, () -> learning.claimMastery(schoolClass.id()))).isEmpty();
        assertThatThrownBy(() -> users.as("student", () -> learning.claimMastery(schoolClass.id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_student_and_another_classs_instructor_are_refused_the_class_owner_and_an_admin_get_it() {
        assertThatThrownBy(() -> users.as("student", () -> service.classMastery(schoolClass.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(users.as(otherInstructor, () -> service.classMastery(schoolClass.id()))).isEmpty();
        assertThat(users.as(schoolClass.instructor(), () -> service.classMastery(schoolClass.id()))).isPresent();
        ClassMastery asAdmin = users.as("admin", () -> service.classMastery(schoolClass.id())).orElseThrow();
        assertThat(asAdmin.claims()).isEqualTo(mastery().claims());
        assertThat(users.as("admin", () -> service.classMastery(987_654_321L))).isEmpty();
    }

    @Test
    void plain_stems_lose_markdown_and_blanks_and_are_cut_short() {
        assertThat(ClaimMasteryService.plain("**Russia** came {1} in the [KCNA](http://x) list")).isEqualTo("Russia came … in the KCNA list");
        assertThat(ClaimMasteryService.plain("word ".repeat(60))).hasSize(110).endsWith("…");
        assertThat(ClaimMasteryService.plain(null)).isEmpty();
    }
}

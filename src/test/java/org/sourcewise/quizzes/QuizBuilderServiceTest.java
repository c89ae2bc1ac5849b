package org.sourcewise.quizzes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.TestUsers;
import org.sourcewise.classes.ClassInfo;
import org.sourcewise.classes.ClassService;
import org.sourcewise.classes.TestClasses;
import org.sourcewise.content.CourseService;
import org.sourcewise.quizzes.QuizDraft.DrawSource;
import org.sourcewise.quizzes.QuizDraft.SlotDraft;
import org.sourcewise.quizzes.scoring.GradingMethod;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class QuizBuilderServiceTest {

    @Autowired
    QuizBuilderService builder;
    @Autowired
    QuizService quizzes;
    @Autowired
    AnswerService attemptAnswers;

    @Autowired
    AttemptStartService attemptStarts;

    @Autowired
    AttemptSubmissionService attemptSubmissions;
    @Autowired
    ClassService classes;
    @Autowired
    CourseService courses;
    @Autowired
    TestUsers users;
    @Autowired
    TestClasses testClasses;
    @Autowired
    JdbcTemplate jdbc;

    long courseId;
    QuizCatalog catalog;

    @BeforeEach
    void setUp() {
        courseId = users.as("instructor", () -> courses.findCourse("russia-north-korea-2017").orElseThrow().id());
        catalog = users.as("instructor", () -> builder.catalog(courseId));
    }

    private QuizCatalog.Lesson lesson(int ordinal) {
        return catalog.lessons().stream().filter(l -> l.ordinal() == ordinal).findFirst().orElseThrow();
    }

    /** A published question that draws may pick, outside lesson 2 (so a lesson-2 draw never competes with it). */
    private QuizCatalog.Question fixedQuestion(int n) {
        var lesson2 = lesson(2).claimIds();
        return catalog.questions().stream().filter(QuizCatalog.Question::drawable)
                .filter(q -> q.claimIds().stream().noneMatch(lesson2::contains)).skip(n).findFirst().orElseThrow();
    }

    private QuizDraft draft(String title, List<SlotDraft> slots) {
        return new QuizDraft(null, courseId, 0, title, "Built in a test.", 20, 2, GradingMethod.HIGHEST, null, null,
                true, true, ReviewPolicy.AFTER_CLOSE, 60, slots);
    }

    private QuizDraft fixedAndDraw(String title) {
        return draft(title, List.of(SlotDraft.fixed(fixedQuestion(0).id(), 2),
                SlotDraft.draw(2, DrawSource.LESSON, lesson(2).id(), null, 1.5)));
    }

    private long quizCount() {
        return jdbc.queryForObject("select count(*) from quiz", Long.class);
    }

    private long demoClassId() {
        return users.as("instructor", () -> classes.teachingClasses().stream().filter(c -> c.name().contains("Demo"))
                .findFirst().orElseThrow().id());
    }

    @Test
    void an_instructor_creates_a_quiz_with_a_fixed_question_and_a_draw_and_gets_it_back_as_saved() {
        long id = users.as("instructor", () -> builder.save(fixedAndDraw("Rail and ports: a short check")));

        QuizDraft loaded = users.as("instructor", () -> builder.load(id));
        assertThat(loaded.title()).isEqualTo("Rail and ports: a short check");
        assertThat(loaded.timeLimitMinutes()).isEqualTo(20);
        assertThat(loaded.reviewPolicy()).isEqualTo(ReviewPolicy.AFTER_CLOSE);
        assertThat(loaded.passMark()).isEqualTo(60);
        assertThat(loaded.slots()).hasSize(2);
        assertThat(loaded.slots().get(0).questionId()).isEqualTo(fixedQuestion(0).id());
        assertThat(loaded.slots().get(1).source()).isEqualTo(DrawSource.LESSON);
        assertThat(loaded.slots().get(1).drawCount()).isEqualTo(2);
        assertThat(loaded.questionCount()).isEqualTo(3);
        assertThat(loaded.totalPoints()).isEqualTo(5.0);

        QuizInfo info = users.as("instructor", () -> quizzes.find(id)).orElseThrow();
        assertThat(info.key()).isEqualTo("rail-and-ports-a-short-check");
        assertThat(info.timeLimitSeconds()).isEqualTo(1200);
        assertThat(info.questionCount()).isEqualTo(3);
        assertThat(users.as("instructor", () -> builder.quizzesOf(courseId)))
                .anySatisfy(item -> {
                    assertThat(item.quiz().id()).isEqualTo(id);
                    assertThat(item.editable()).isTrue();
                    assertThat(item.totalPoints()).isEqualTo(5.0);
                });
    }

    @Test
    void a_second_quiz_with_the_same_title_gets_its_own_key() {
        long first = users.as("instructor", () -> builder.save(fixedAndDraw("Same title")));
        long second = users.as("instructor", () -> builder.save(fixedAndDraw("Same title")));

        assertThat(users.as("instructor", () -> quizzes.find(second)).orElseThrow().key())
                .isNotEqualTo(users.as("instructor", () -> quizzes.find(first)).orElseThrow().key());
    }

    @Test
    void an_update_changes_settings_and_reorders_slots_keeping_their_ids() {
        long id = users.as("instructor", () -> builder.save(fixedAndDraw("Reorder me")));
        QuizDraft loaded = users.as("instructor", () -> builder.load(id));
        List<SlotDraft> reversed = new ArrayList<>(loaded.slots().reversed());
        reversed.add(SlotDraft.draw(1, DrawSource.TAG, null, catalog.tags().getFirst(), 1));
        QuizDraft changed = new QuizDraft(id, courseId, loaded.lockVersion(), "Reordered", null, null, 0, GradingMethod.LAST,
                Instant.parse("2030-01-01T08:00:00Z"), Instant.parse("2030-01-08T08:00:00Z"), false, false, ReviewPolicy.NEVER,
                75, reversed);

        users.run("instructor", () -> builder.save(changed));

        QuizDraft again = users.as("instructor", () -> builder.load(id));
        assertThat(again.title()).isEqualTo("Reordered");
        assertThat(again.timeLimitMinutes()).isNull();
        assertThat(again.attemptsAllowed()).isZero();
        assertThat(again.gradingMethod()).isEqualTo(GradingMethod.LAST);
        assertThat(again.reviewPolicy()).isEqualTo(ReviewPolicy.NEVER);
        assertThat(again.closeAt()).isEqualTo(Instant.parse("2030-01-08T08:00:00Z"));
        assertThat(again.slots()).extracting(SlotDraft::id).startsWith(loaded.slots().get(1).id(), loaded.slots().get(0).id());
        assertThat(again.slots().get(0).source()).isEqualTo(DrawSource.LESSON);
        assertThat(again.slots().get(2).sourceText()).isEqualTo(catalog.tags().getFirst());
        assertThat(again.lockVersion()).isGreaterThan(loaded.lockVersion());
    }

    @Test
    void a_draft_with_problems_is_refused_with_each_problem_at_its_field_and_nothing_is_stored() {
        QuizDraft bad = new QuizDraft(null, courseId, 0, "  ", null, 0, -1, GradingMethod.HIGHEST,
                Instant.parse("2030-01-08T08:00:00Z"), Instant.parse("2030-01-01T08:00:00Z"), false, false,
                ReviewPolicy.AFTER_SUBMIT, 150, List.of());
        long before = quizCount();

        assertThatThrownBy(() -> users.as("instructor", () -> builder.save(bad)))
                .isInstanceOfSatisfying(QuizBuilderException.class, e -> assertThat(e.problems()).extracting(QuizProblem::field)
                        .containsExactlyInAnyOrder("title", "timeLimit", "attempts", "passMark", "closeAt", "slots"));
        assertThat(quizCount()).isEqualTo(before);
    }

    @Test
    void a_draw_that_asks_for_more_questions_than_its_pool_is_refused_in_a_teachers_words() {
        QuizCatalog.Lesson lesson2 = lesson(2);
        int pool = catalog.poolSize(SlotDraft.draw(1, DrawSource.LESSON, lesson2.id(), null, 1));
        QuizDraft tooMany = draft("Too many", List.of(SlotDraft.draw(pool + 1, DrawSource.LESSON, lesson2.id(), null, 1)));

        assertThatThrownBy(() -> users.as("instructor", () -> builder.save(tooMany)))
                .isInstanceOfSatisfying(QuizBuilderException.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("slot.0.count");
                    assertThat(p.message()).isEqualTo("Lesson 2: " + lesson2.title() + " has only " + pool
                            + " published questions; this draw asks for " + (pool + 1) + ".");
                }));
    }

    @Test
    void a_draw_that_competes_with_a_fixed_question_for_the_last_questions_of_its_pool_is_refused() {
        QuizCatalog.Lesson lesson2 = lesson(2);
        SlotDraft wholeLesson = SlotDraft.draw(1, DrawSource.LESSON, lesson2.id(), null, 1);
        int pool = catalog.poolSize(wholeLesson);
        QuizCatalog.Question inLesson = catalog.questions().stream().filter(QuizCatalog.Question::drawable)
                .filter(q -> q.claimIds().stream().anyMatch(lesson2.claimIds()::contains)).findFirst().orElseThrow();
        QuizDraft competing = draft("Competing", List.of(SlotDraft.fixed(inLesson.id(), 1),
                SlotDraft.draw(pool, DrawSource.LESSON, lesson2.id(), null, 1)));

        List<QuizProblem> problems = users.as("instructor", () -> builder.check(competing));

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("slot.1.count");
            assertThat(p.message()).startsWith("Only " + (pool - 1) + " questions are left for this draw");
        });
    }

    @Test
    void the_same_fixed_question_twice_and_a_draw_without_a_source_are_named_at_their_slots() {
        long q = fixedQuestion(0).id();
        QuizDraft draft = draft("Twice", List.of(SlotDraft.fixed(q, 1), SlotDraft.fixed(q, 1),
                SlotDraft.draw(2, null, null, null, 1), SlotDraft.fixed(fixedQuestion(1).id(), 0)));

        assertThat(users.as("instructor", () -> builder.check(draft))).extracting(QuizProblem::field)
                .containsExactly("slot.1.question", "slot.2.source", "slot.3.points");
    }

    @Test
    void students_may_not_build_list_or_preview_quizzes() {
        long id = users.as("instructor", () -> builder.save(fixedAndDraw("Not for students")));
        String student = users.newDemoStudent();

        assertThatThrownBy(() -> users.as(student, () -> builder.quizzesOf(courseId))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(student, () -> builder.catalog(courseId))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(student, () -> builder.load(id))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(student, () -> builder.save(fixedAndDraw("Mine now")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(student, () -> builder.preview(id))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void another_instructor_may_see_and_preview_a_quiz_but_only_its_author_and_admins_may_change_it() {
        long id = users.as("instructor", () -> builder.save(fixedAndDraw("Owned")));
        String other = testClasses.newInstructor();
        QuizDraft loaded = users.as("instructor", () -> builder.load(id));

        assertThat(users.as(other, () -> builder.quizzesOf(courseId)))
                .anySatisfy(item -> {
                    assertThat(item.quiz().id()).isEqualTo(id);
                    assertThat(item.editable()).isFalse();
                });
        assertThat(users.as(other, () -> builder.preview(id)).questions()).hasSize(3);
        assertThatThrownBy(() -> users.as(other, () -> builder.load(id))).isInstanceOf(AccessDeniedException.class);
        QuizDraft hijack = new QuizDraft(id, courseId, loaded.lockVersion(), "Hijacked", null, null, 1, GradingMethod.HIGHEST,
                null, null, false, false, ReviewPolicy.AFTER_SUBMIT, 50, loaded.slots());
        assertThatThrownBy(() -> users.as(other, () -> builder.save(hijack))).isInstanceOf(AccessDeniedException.class);
        assertThat(users.as("instructor", () -> quizzes.find(id)).orElseThrow().title()).isEqualTo("Owned");

        users.run("admin", () -> builder.save(new QuizDraft(id, courseId, loaded.lockVersion(), "Renamed by an admin", null, null, 1,
                GradingMethod.HIGHEST, null, null, false, false, ReviewPolicy.AFTER_SUBMIT, 50, loaded.slots())));
        assertThat(users.as("instructor", () -> builder.load(id)).title()).isEqualTo("Renamed by an admin");
    }

    @Test
    void a_save_over_a_change_made_meanwhile_is_refused_and_the_first_change_stays() {
        long id = users.as("instructor", () -> builder.save(fixedAndDraw("Two editors")));
        QuizDraft mine = users.as("instructor", () -> builder.load(id));
        QuizDraft theirs = users.as("admin", () -> builder.load(id));
        users.run("admin", () -> builder.save(new QuizDraft(id, courseId, theirs.lockVersion(), "Admin's title", null, null, 1,
                GradingMethod.HIGHEST, null, null, false, false, ReviewPolicy.AFTER_SUBMIT, 50, theirs.slots())));

        assertThatThrownBy(() -> users.as("instructor", () -> builder.save(new QuizDraft(id, courseId, mine.lockVersion(),
                "My title", null, null, 1, GradingMethod.HIGHEST, null, null, false, false, ReviewPolicy.AFTER_SUBMIT, 50,
                mine.slots())))).isInstanceOfSatisfying(QuizBuilderException.class,
                e -> assertThat(e.problems()).extracting(QuizProblem::field).containsExactly("form"));
        assertThat(users.as("instructor", () -> builder.load(id)).title()).isEqualTo("Admin's title");
    }

    @Test
    void previewing_draws_the_quiz_as_a_student_gets_it_and_records_nothing() {
        long id = users.as("instructor", () -> builder.save(fixedAndDraw("Preview me")));
        String counts = "select (select count(*) from attempt) || '/' || (select count(*) from attempt_question)"
                + " || '/' || (select count(*) from response)";
        String before = jdbc.queryForObject(counts, String.class);

        QuizPreview preview = users.as("instructor", () -> builder.preview(id));

        assertThat(preview.questions()).hasSize(3);
        assertThat(preview.questions()).extracting(StudentQuestion::position).containsExactly(1, 2, 3);
        assertThat(preview.totalPoints()).isEqualTo(5.0);
        assertThat(jdbc.queryForObject(counts, String.class)).isEqualTo(before);
    }

    @Test
    void editing_a_quiz_that_has_attempts_leaves_those_attempts_as_they_were() {
        long id = users.as("instructor", () -> builder.save(fixedAndDraw("Edited while taken")));
        long demoClass = demoClassId();
        users.run("instructor", () -> classes.assignQuiz(demoClass, id, null));
        String student = users.newDemoStudent();
        long attempt = users.as(student, () -> attemptStarts.startOrResume(id));
        AttemptSheet before = users.as(student, () -> attemptAnswers.sheet(attempt));

        // replace every slot: another fixed question worth more, and no draw
        QuizDraft loaded = users.as("instructor", () -> builder.load(id));
        assertThat(users.as("instructor", () -> builder.attemptCount(id))).isEqualTo(1);
        users.run("instructor", () -> builder.save(new QuizDraft(id, courseId, loaded.lockVersion(), loaded.title(), null, 20, 2,
                GradingMethod.HIGHEST, null, null, false, false, ReviewPolicy.AFTER_SUBMIT, 60,
                List.of(SlotDraft.fixed(fixedQuestion(1).id(), 10)))));

        AttemptSheet after = users.as(student, () -> attemptAnswers.sheet(attempt));
        assertThat(after.questions()).isEqualTo(before.questions());
        AttemptSummary submitted = users.as(student, () -> attemptSubmissions.submit(attempt));
        assertThat(submitted.maxScore()).isEqualTo(5.0);

        long second = users.as(student, () -> attemptStarts.startOrResume(id));
        AttemptSheet next = users.as(student, () -> attemptAnswers.sheet(second));
        assertThat(next.questions()).singleElement().satisfies(q -> assertThat(q.points()).isEqualTo(10.0));
    }

    @Test
    void an_instructor_assigns_a_built_quiz_to_a_class_they_teach_but_not_to_another_instructors_class() {
        long id = users.as("instructor", () -> builder.save(fixedAndDraw("Assign me")));
        long demoClass = demoClassId();
        String other = testClasses.newInstructor();
        ClassInfo foreign = users.as(other, () -> classes.createClass("Another teacher's class", courseId));

        users.run("instructor", () -> classes.assignQuiz(demoClass, id, Instant.parse("2030-02-01T12:00:00Z")));

        assertThat(users.as("instructor", () -> classes.assignments(demoClass)))
                .anySatisfy(a -> assertThat(a.quizId()).isEqualTo(id));
        assertThatThrownBy(() -> users.as("instructor", () -> classes.assignQuiz(foreign.id(), id, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(users.as(other, () -> classes.assignments(foreign.id()))).isEmpty();
    }
}

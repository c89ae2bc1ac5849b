package org.sourcewise.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.TestUsers;
import org.sourcewise.accounts.SystemTask;
import org.sourcewise.content.CourseService;
import org.sourcewise.content.internal.TestCourses;
import org.sourcewise.quizzes.AnswerService;
import org.sourcewise.quizzes.AttemptStartService;
import org.sourcewise.quizzes.QuizService;
import org.sourcewise.quizzes.internal.AttemptQuestionEntity;
import org.sourcewise.quizzes.internal.AttemptQuestionRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class QuestionEditingServiceTest {

    private static final AtomicInteger COURSES = new AtomicInteger();

    @Autowired
    QuestionEditingService editing;
    @Autowired
    QuestionBankService bank;
    @Autowired
    TestCourses testCourses;
    @Autowired
    TestUsers users;
    @Autowired
    CourseService courses;
    @Autowired
    QuizService quizzes;
    @Autowired
    AnswerService attemptAnswers;

    @Autowired
    AttemptStartService attemptStarts;
    @Autowired
    AttemptQuestionRepository attemptQuestions;

    private long freshCourse() {
        return testCourses.sampleCopy("editing-service-" + COURSES.incrementAndGet());
    }

    private static QuestionSpec singleChoice(String key, String stem) {
        return new QuestionSpec(key, null, new QuestionContent(QuestionType.SINGLE_CHOICE, stem,
                List.of(Option.choice("January", 1, "Right: the article says January."), Option.choice("March", 0, "No, January.")),
                "It opened in January.", null), List.of("c01"), "Lesson 1", List.of("bridge", "dates"), Difficulty.EASY,
                QuestionStatus.PUBLISHED);
    }

    private static QuestionSpec withStem(QuestionSpec s, String stem) {
        QuestionContent c = s.content();
        return new QuestionSpec(s.key(), s.title(), new QuestionContent(c.type(), stem, c.options(), c.explanation(),
                c.generalFeedback()), s.claimKeys(), s.category(), s.tags(), s.difficulty(), s.status());
    }

    private EditableQuestion create(String user, long courseId, QuestionSpec spec) {
        return users.as(user, () -> editing.create(courseId, spec));
    }

    @Test
    void an_instructor_creates_a_question_that_the_bank_lists_with_its_claims_tags_and_version_1() {
        long courseId = freshCourse();

        EditableQuestion created = create("instructor", courseId, singleChoice("q-new-1", "When did the bridge open?"));

        assertThat(created.version()).isEqualTo(1);
        assertThat(created.spec().claimKeys()).containsExactly("c01");
        assertThat(created.spec().tags()).containsExactly("bridge", "dates");
        assertThat(created.spec().content().options()).extracting(Option::feedback)
                .containsExactly("Right: the article says January.", "No, January.");
        assertThat(users.as("instructor", () -> editing.list(courseId))).extracting(e -> e.spec().key()).contains("q-new-1");
        assertThat(users.as("instructor", () -> bank.entry(courseId, "q-new-1"))).get()
                .satisfies(e -> assertThat(e.status()).isEqualTo(QuestionStatus.PUBLISHED));
    }

    @Test
    void an_admin_may_create_and_edit_too() {
        long courseId = freshCourse();
        EditableQuestion created = create("admin", courseId, singleChoice("q-admin", "When did the bridge open?"));

        EditableQuestion saved = users.as("admin", () -> editing.update(created.id(), created.lockVersion(),
                withStem(created.spec(), "In which month did the bridge open?")));

        assertThat(saved.spec().content().stem()).isEqualTo("In which month did the bridge open?");
    }

    @Test
    void a_student_can_neither_list_load_create_update_duplicate_nor_archive() {
        long courseId = freshCourse();
        EditableQuestion q = create("instructor", courseId, singleChoice("q-guarded", "When did the bridge open?"));
        String student = users.newDemoStudent();

        assertThatThrownBy(() -> users.as(student, () -> editing.list(courseId))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(student, () -> editing.load(q.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(student, () -> editing.create(courseId, singleChoice("q-x", "Stem?"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(student, () -> editing.update(q.id(), q.lockVersion(), withStem(q.spec(), "Hacked?"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(student, () -> editing.duplicate(q.id()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(student, () -> editing.changeStatus(q.id(), QuestionStatus.ARCHIVED)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(student, () -> editing.problems(courseId, null, q.spec())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(users.as("instructor", () -> editing.load(q.id())).spec().content().stem()).isEqualTo("When did the bridge open?");
        assertThat(users.as("instructor", () -> editing.load(q.id())).spec().status()).isEqualTo(QuestionStatus.PUBLISHED);
    }

    @Test
    void a_single_choice_question_without_a_correct_option_is_refused_in_teacher_words_at_the_answers() {
        long courseId = freshCourse();
        QuestionSpec bad = new QuestionSpec("q-bad", null, new QuestionContent(QuestionType.SINGLE_CHOICE, "Which?",
                List.of(Option.choice("A", 0.5, null), Option.choice("B", 0, null)), "Because.", null),
                List.of(), null, List.of(), Difficulty.EASY, QuestionStatus.PUBLISHED);

        assertThatThrownBy(() -> create("instructor", courseId, bad)).isInstanceOfSatisfying(InvalidQuestionException.class,
                e -> assertThat(e.problems()).contains(
                        new FieldProblem(FieldProblem.ANSWERS, "A single-choice question needs an option worth full marks."),
                        new FieldProblem(FieldProblem.CLAIMS, "Link the question to at least one claim it tests.")));
        assertThat(users.as("instructor", () -> editing.list(courseId))).extracting(e -> e.spec().key()).doesNotContain("q-bad");
    }

    @Test
    void problems_name_their_fields_stem_key_claims_and_explanation() {
        long courseId = freshCourse();
        create("instructor", courseId, singleChoice("q-taken", "When did the bridge open?"));
        QuestionSpec cloze = new QuestionSpec("q-taken", null, new QuestionContent(QuestionType.CLOZE, "The bridge opened in {1}.",
                List.of(Option.blankAnswer(1, "January", 1, null), Option.blankAnswer(2, "2017", 1, null)), " ", null),
                List.of("c99"), null, List.of(), Difficulty.MEDIUM, QuestionStatus.PUBLISHED);

        List<FieldProblem> problems = users.as("instructor", () -> editing.problems(courseId, null, cloze));

        assertThat(problems).contains(
                new FieldProblem(FieldProblem.KEY, "Another question of this course already has the key 'q-taken'."),
                new FieldProblem(FieldProblem.STEM, "A cloze stem must mark every blank {1}..{2}: {2} is missing."),
                new FieldProblem(FieldProblem.CLAIMS, "This course has no claim 'c99'."));
        assertThat(problems).filteredOn(p -> p.field().equals(FieldProblem.EXPLANATION)).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("A published question needs an explanation"));
    }

    @Test
    void a_draft_may_be_saved_without_an_explanation_but_publishing_it_asks_for_one() {
        long courseId = freshCourse();
        QuestionSpec s = singleChoice("q-draft", "When did the bridge open?");
        QuestionSpec draft = new QuestionSpec(s.key(), null, new QuestionContent(QuestionType.SINGLE_CHOICE, s.content().stem(),
                s.content().options(), null, null), s.claimKeys(), null, List.of(), Difficulty.EASY, QuestionStatus.DRAFT);
        EditableQuestion created = create("instructor", courseId, draft);

        assertThatThrownBy(() -> users.as("instructor", () -> editing.changeStatus(created.id(), QuestionStatus.PUBLISHED)))
                .isInstanceOfSatisfying(InvalidQuestionException.class,
                        e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly(FieldProblem.EXPLANATION));
        assertThat(users.as("instructor", () -> editing.load(created.id())).spec().status()).isEqualTo(QuestionStatus.DRAFT);
    }

    @Test
    void changing_the_content_makes_a_new_version_and_keeps_the_old_one_unchanged() {
        long courseId = freshCourse();
        EditableQuestion v1 = create("instructor", courseId, singleChoice("q-versions", "When did the bridge open?"));
        long v1Id = users.as("instructor", () -> bank.entry(courseId, "q-versions")).orElseThrow().currentVersionId();

        EditableQuestion v2 = users.as("instructor", () -> editing.update(v1.id(), v1.lockVersion(),
                withStem(v1.spec(), "In which month did the bridge open?")));

        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.lockVersion()).isGreaterThan(v1.lockVersion());
        long v2Id = users.as("instructor", () -> bank.entry(courseId, "q-versions")).orElseThrow().currentVersionId();
        assertThat(v2Id).isNotEqualTo(v1Id);
        var contents = users.as("instructor", () -> bank.versions(List.of(v1Id, v2Id)));
        assertThat(contents.get(v1Id).stem()).isEqualTo("When did the bridge open?");
        assertThat(contents.get(v2Id).stem()).isEqualTo("In which month did the bridge open?");
    }

    @Test
    void changing_only_tags_claims_or_difficulty_keeps_the_version() {
        long courseId = freshCourse();
        EditableQuestion v1 = create("instructor", courseId, singleChoice("q-meta", "When did the bridge open?"));
        QuestionSpec s = v1.spec();

        EditableQuestion saved = users.as("instructor", () -> editing.update(v1.id(), v1.lockVersion(), new QuestionSpec(s.key(),
                "Opening month", s.content(), List.of("c01", "c02"), "Lesson 2", List.of("rail"), Difficulty.HARD, s.status())));

        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.spec().claimKeys()).containsExactly("c01", "c02");
        assertThat(saved.spec().tags()).containsExactly("rail");
        assertThat(saved.spec().difficulty()).isEqualTo(Difficulty.HARD);
        assertThat(saved.spec().title()).isEqualTo("Opening month");
        assertThat(saved.lockVersion()).isGreaterThan(v1.lockVersion());
    }

    @Test
    void the_second_of_two_instructors_saving_the_same_question_is_refused_and_nothing_is_overwritten() {
        long courseId = freshCourse();
        EditableQuestion created = create("instructor", courseId, singleChoice("q-race", "When did the bridge open?"));
        EditableQuestion first = users.as("instructor", () -> editing.load(created.id()));
        EditableQuestion second = users.as("admin", () -> editing.load(created.id()));

        users.as("instructor", () -> editing.update(first.id(), first.lockVersion(), withStem(first.spec(), "Stem of the first")));

        assertThatThrownBy(() -> users.as("admin", () -> editing.update(second.id(), second.lockVersion(),
                withStem(second.spec(), "Stem of the second"))))
                .isInstanceOf(QuestionChangedException.class)
                .hasMessageStartingWith("This question was changed by someone else while you were editing");
        EditableQuestion now = users.as("instructor", () -> editing.load(created.id()));
        assertThat(now.spec().content().stem()).isEqualTo("Stem of the first");
        assertThat(now.version()).isEqualTo(2);
    }

    @Test
    void archiving_from_the_list_also_makes_an_open_editor_stale() {
        long courseId = freshCourse();
        EditableQuestion loaded = create("instructor", courseId, singleChoice("q-archived", "When did the bridge open?"));

        EditableQuestion archived = users.as("admin", () -> editing.changeStatus(loaded.id(), QuestionStatus.ARCHIVED));

        assertThat(archived.spec().status()).isEqualTo(QuestionStatus.ARCHIVED);
        assertThat(users.as("instructor", () -> bank.publishedEntries(courseId))).extracting(BankEntry::key).doesNotContain("q-archived");
        assertThatThrownBy(() -> users.as("instructor", () -> editing.update(loaded.id(), loaded.lockVersion(), loaded.spec())))
                .isInstanceOf(QuestionChangedException.class);
        EditableQuestion restored = users.as("instructor", () -> editing.changeStatus(loaded.id(), QuestionStatus.DRAFT));
        assertThat(restored.spec().status()).isEqualTo(QuestionStatus.DRAFT);
    }

    @Test
    void a_duplicate_is_a_new_draft_with_a_free_key_and_the_same_content_and_claims() {
        long courseId = freshCourse();
        EditableQuestion original = create("instructor", courseId, singleChoice("q-dup", "When did the bridge open?"));

        EditableQuestion copy = users.as("instructor", () -> editing.duplicate(original.id()));
        EditableQuestion copy2 = users.as("admin", () -> editing.duplicate(original.id()));

        assertThat(copy.id()).isNotEqualTo(original.id());
        assertThat(copy.spec().key()).isEqualTo("q-dup-copy");
        assertThat(copy2.spec().key()).isEqualTo("q-dup-copy-2");
        assertThat(copy.spec().status()).isEqualTo(QuestionStatus.DRAFT);
        assertThat(copy.spec().content()).isEqualTo(original.spec().content());
        assertThat(copy.spec().claimKeys()).isEqualTo(original.spec().claimKeys());
        assertThat(copy.version()).isEqualTo(1);
    }

    @Test
    void a_saved_question_keeps_its_key_and_type() {
        long courseId = freshCourse();
        EditableQuestion q = create("instructor", courseId, singleChoice("q-fixed", "When did the bridge open?"));
        QuestionSpec s = q.spec();
        QuestionSpec asTrueFalse = new QuestionSpec(s.key(), null, new QuestionContent(QuestionType.TRUE_FALSE, "It opened in January.",
                List.of(Option.choice("True", 1, null), Option.choice("False", 0, null)), "Yes.", null),
                s.claimKeys(), null, List.of(), Difficulty.EASY, QuestionStatus.DRAFT);

        assertThatThrownBy(() -> users.as("instructor", () -> editing.update(q.id(), q.lockVersion(), asTrueFalse)))
                .isInstanceOfSatisfying(InvalidQuestionException.class,
                        e -> assertThat(e.problems()).extracting(FieldProblem::field).containsExactly(FieldProblem.TYPE));
        assertThatThrownBy(() -> users.as("instructor", () -> editing.update(q.id(), q.lockVersion(),
                new QuestionSpec("q-renamed", null, s.content(), s.claimKeys(), null, List.of(), null, null))))
                .isInstanceOf(InvalidQuestionException.class);
    }

    @Test
    void a_past_attempt_keeps_showing_the_version_it_froze_after_the_question_is_edited() {
        String student = users.newDemoStudent();
        long demoCourse = SystemTask.call(() -> courses.findCourse("russia-north-korea-2017").orElseThrow().id());
        long quizId = SystemTask.call(() -> quizzes.find(demoCourse, "checkpoint-1").orElseThrow().id());
        long attemptId = users.as(student, () -> attemptStarts.startOrResume(quizId));
        AttemptQuestionEntity first = attemptQuestions.findByAttemptIdOrderByPosition(attemptId).getFirst();
        String seen = users.as(student, () -> attemptAnswers.sheet(attemptId)).questions().getFirst().stem();
        EditableQuestion before = users.as("instructor", () -> editing.load(first.getQuestionId()));
        assertThat(users.as("instructor", () -> bank.entries(List.of(first.getQuestionId()))).getFirst().currentVersionId())
                .isEqualTo(first.getQuestionVersionId());

        EditableQuestion edited = users.as("instructor", () -> editing.update(before.id(), before.lockVersion(),
                withStem(before.spec(), before.spec().content().stem() + " (edited)")));
        try {
            assertThat(edited.version()).isEqualTo(before.version() + 1);
            assertThat(users.as("instructor", () -> bank.entries(List.of(first.getQuestionId()))).getFirst().currentVersionId())
                    .isNotEqualTo(first.getQuestionVersionId());
            assertThat(users.as(student, () -> attemptAnswers.sheet(attemptId)).questions().getFirst().stem()).isEqualTo(seen)
                    .doesNotContain("(edited)");
        } finally {
            // the demo course is shared by every integration test: put its content back (as a further version)
            users.as("instructor", () -> editing.update(edited.id(), edited.lockVersion(), before.spec()));
        }
    }
}

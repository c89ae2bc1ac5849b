package org.sourcewise.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.TestUsers;
import org.sourcewise.accounts.AccountService;
import org.sourcewise.accounts.SystemTask;
import org.sourcewise.classes.ClassService;
import org.sourcewise.classes.TestClasses;
import org.sourcewise.content.internal.TestCourses;
import org.sourcewise.questions.QuestionEditingService;
import org.sourcewise.questions.QuestionImportService;
import org.sourcewise.questions.formats.QuestionFormat;
import org.sourcewise.quizzes.QuizBuilderService;
import org.sourcewise.quizzes.QuizDraft;
import org.sourcewise.quizzes.QuizService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * A course is changed by its editors only (the creator and the co-editors the creator or an admin
 * adds) and by admins; other instructors read it and assign its quizzes (issue 12).
 */
@IntegrationTest
class CourseEditorsTest {

    private static final AtomicInteger COURSES = new AtomicInteger();

    @Autowired
    CourseEditors editors;
    @Autowired
    TestCourses testCourses;
    @Autowired
    TestClasses testClasses;
    @Autowired
    TestUsers users;
    @Autowired
    AccountService accounts;
    @Autowired
    QuestionEditingService editing;
    @Autowired
    QuestionImportService imports;
    @Autowired
    QuizBuilderService builder;
    @Autowired
    QuizService quizzes;
    @Autowired
    ClassService classes;

    private static final byte[] ONE_QUESTION = "::q-extra:: The treaty was signed in 1961 {T}\n".getBytes(StandardCharsets.UTF_8);

    /** A course whose creator is a new instructor, as if they had made it from an article. */
    private long courseCreatedBy(String creator) {
        long courseId = testCourses.sampleCopy("editors-" + COURSES.incrementAndGet());
        var id = users.as("admin", () -> accounts.findByUsername(creator).orElseThrow().id());
        SystemTask.run(() -> editors.recordCreator(courseId, id));
        return courseId;
    }

    private QuizDraft draftOf(long quizId, String who) {
        return users.as(who, () -> builder.load(quizId));
    }

    @Test
    void another_instructor_reads_and_assigns_but_cannot_change_the_bank_or_a_quiz() {
        String creator = testClasses.newInstructor();
        long courseId = courseCreatedBy(creator);
        TestClasses.TestClass theirs = testClasses.newClass(courseId, java.util.Map.of());
        String other = theirs.instructor();
        long quizId = users.as(creator, () -> quizzes.quizzesOf(courseId)).getFirst().id();

        assertThat(users.as(other, () -> editors.mayEdit(courseId))).isFalse();
        assertThat(users.as(other, () -> editing.list(courseId))).isNotEmpty();
        assertThatThrownBy(() -> users.as(other, () -> imports.importQuestions(courseId, QuestionFormat.GIFT, ONE_QUESTION, false)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(users.as(other, () -> imports.importQuestions(courseId, QuestionFormat.GIFT, ONE_QUESTION, true)).ok()).isTrue();
        QuizDraft draft = draftOf(quizId, creator);
        QuizDraft easier = new QuizDraft(draft.id(), draft.courseId(), draft.lockVersion(), draft.title(), draft.description(),
                draft.timeLimitMinutes(), draft.attemptsAllowed(), draft.gradingMethod(), draft.openAt(), draft.closeAt(),
                draft.shuffleQuestions(), draft.shuffleOptions(), draft.reviewPolicy(), 10, draft.slots());
        assertThatThrownBy(() -> users.as(other, () -> builder.save(easier))).isInstanceOf(AccessDeniedException.class);
        users.as(other, () -> classes.assignQuiz(theirs.id(), quizId, null));

        assertThat(users.as(creator, () -> imports.importQuestions(courseId, QuestionFormat.GIFT, ONE_QUESTION, false)).ok()).isTrue();
        assertThat(users.as(creator, () -> builder.save(easier))).isEqualTo(quizId);
        assertThat(users.as("admin", () -> editors.mayEdit(courseId))).isTrue();
    }

    @Test
    void the_creator_or_an_admin_adds_co_editors_and_the_creator_stays() {
        String creator = testClasses.newInstructor();
        String coEditor = testClasses.newInstructor();
        String third = testClasses.newInstructor();
        long courseId = courseCreatedBy(creator);

        users.as(creator, () -> editors.addEditor(courseId, coEditor));
        assertThat(users.as(coEditor, () -> editors.mayEdit(courseId))).isTrue();
        assertThatThrownBy(() -> users.as(coEditor, () -> editors.addEditor(courseId, third))).isInstanceOf(AccessDeniedException.class);
        users.as("admin", () -> editors.addEditor(courseId, third));
        assertThatThrownBy(() -> users.as(creator, () -> editors.addEditor(courseId, "student")))
                .isInstanceOf(CourseEditorException.class).hasMessageContaining("not an instructor");

        List<CourseEditor> all = users.as(creator, () -> editors.editors(courseId));
        // the test copy of the course is edited by the demo instructor too (TestCourses)
        assertThat(all).extracting(CourseEditor::username).containsExactly(creator, "instructor", coEditor, third);
        assertThat(all.getFirst().creator()).isTrue();
        assertThatThrownBy(() -> users.run(creator, () -> editors.removeEditor(courseId, all.getFirst().userId())))
                .isInstanceOf(CourseEditorException.class).hasMessageContaining("creator stays");
        CourseEditor co = all.stream().filter(e -> e.username().equals(coEditor)).findFirst().orElseThrow();
        users.run(creator, () -> editors.removeEditor(courseId, co.userId()));
        assertThat(users.as(coEditor, () -> editors.mayEdit(courseId))).isFalse();
    }

    @Test
    void the_demo_instructor_edits_the_demo_course_and_a_new_instructor_does_not() {
        long demoCourse = users.as("instructor", () -> courseIdOf("russia-north-korea-2017"));

        assertThat(users.as("instructor", () -> editors.mayEdit(demoCourse))).isTrue();
        assertThat(users.as(testClasses.newInstructor(), () -> editors.mayEdit(demoCourse))).isFalse();
    }

    @Autowired
    CourseService courses;

    private long courseIdOf(String slug) {
        return courses.findCourse(slug).orElseThrow().id();
    }
}

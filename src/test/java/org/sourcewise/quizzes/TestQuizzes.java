package org.sourcewise.quizzes;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcewise.TestUsers;
import org.sourcewise.Unique;
import org.sourcewise.accounts.SystemTask;
import org.sourcewise.classes.ClassService;
import org.sourcewise.content.CourseService;
import org.sourcewise.questions.QuestionBankService;
import org.sourcewise.quizzes.scoring.GradingMethod;
import org.springframework.stereotype.Component;

/** Quizzes built for a test from the first course's questions, assigned to the demo class (so every new demo student takes them). */
@Component
public class TestQuizzes {

    private final QuizBuilderService builder;
    private final ClassService classes;
    private final CourseService courses;
    private final QuestionBankService bank;
    private final TestUsers users;

    TestQuizzes(QuizBuilderService builder, ClassService classes, CourseService courses, QuestionBankService bank, TestUsers users) {
        this.builder = builder;
        this.classes = classes;
        this.courses = courses;
        this.bank = bank;
        this.users = users;
    }

    /**
     * A new quiz of these questions in this order (one point each, no shuffling, one attempt, review
     * after submit), due in three days for the demo class; returns its id.
     */
    public long forDemoClass(String titlePrefix, @Nullable Integer timeLimitMinutes, List<String> questionKeys) {
        long courseId = SystemTask.call(() -> courses.findCourse("russia-north-korea-2017").orElseThrow().id());
        List<QuizDraft.SlotDraft> slots = questionKeys.stream()
                .map(key -> QuizDraft.SlotDraft.fixed(SystemTask.call(() -> bank.entry(courseId, key).orElseThrow().questionId()), 1))
                .toList();
        long quizId = users.as("instructor", () -> builder.save(new QuizDraft(null, courseId, 0, Unique.name(titlePrefix), "",
                timeLimitMinutes, 1, GradingMethod.HIGHEST, null, null, false, false, ReviewPolicy.AFTER_SUBMIT, 50, slots)));
        long demoClass = users.as("instructor", () -> classes.teachingClasses()).stream()
                .filter(c -> "DEMO-2017".equals(c.joinCode())).findFirst().orElseThrow().id();
        users.as("instructor", () -> classes.assignQuiz(demoClass, quizId, Instant.now().plus(Duration.ofDays(3))));
        return quizId;
    }
}

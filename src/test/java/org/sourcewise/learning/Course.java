package org.sourcewise.learning;

import java.util.List;
import org.sourcewise.accounts.SystemTask;
import org.sourcewise.content.ClaimInfo;
import org.sourcewise.content.CourseService;
import org.sourcewise.content.LessonInfo;
import org.sourcewise.questions.BankEntry;
import org.sourcewise.questions.QuestionBankService;
import org.sourcewise.questions.QuestionContent;

/** Looks up the first course's ids as the system, for tests. */
public record Course(CourseService courses, QuestionBankService bank) {

    public static final String FIRST = "russia-north-korea-2017";
    public static final String SAMPLE_PATTERN = "classpath*:test-courses/sample-course/course.yaml";

    public long id(String slug) {
        return SystemTask.call(() -> courses.findCourse(slug).orElseThrow().id());
    }

    public long firstCourseId() {
        return id(FIRST);
    }

    public LessonInfo lesson(String slug, String key) {
        long courseId = id(slug);
        return SystemTask.call(() -> courses.lessons(courseId).stream().filter(l -> l.key().equals(key)).findFirst().orElseThrow());
    }

    public LessonInfo lesson(String key) {
        return lesson(FIRST, key);
    }

    public ClaimInfo claim(String key) {
        long courseId = firstCourseId();
        return SystemTask.call(() -> courses.claims(courseId).stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow());
    }

    public ClaimInfo claimById(long claimId) {
        return SystemTask.call(() -> courses.claimsByIds(List.of(claimId)).getFirst());
    }

    public BankEntry entry(long questionId) {
        return SystemTask.call(() -> bank.entries(List.of(questionId)).getFirst());
    }

    /** The current content, with its key, of a bank question. */
    public QuestionContent key(long questionId) {
        BankEntry entry = entry(questionId);
        return SystemTask.call(() -> bank.versions(List.of(entry.currentVersionId())).get(entry.currentVersionId()));
    }

    /** The published questions that link a claim, by question id: practice's rotation order. */
    public List<BankEntry> questionsOf(long claimId) {
        long courseId = firstCourseId();
        return SystemTask.call(() -> bank.publishedEntries(courseId).stream()
                .filter(e -> e.claimIds().contains(claimId))
                .sorted(java.util.Comparator.comparingLong(BankEntry::questionId)).toList());
    }
}

package org.sourcewise.reports;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sourcewise.accounts.UserId;
import org.sourcewise.classes.AssignmentInfo;
import org.sourcewise.classes.ClassInfo;
import org.sourcewise.classes.ClassService;
import org.sourcewise.content.ClaimInfo;
import org.sourcewise.content.CourseInfo;
import org.sourcewise.content.CourseService;
import org.sourcewise.content.LessonInfo;
import org.sourcewise.learning.ClaimMasteryCount;
import org.sourcewise.learning.ClassMasteryService;
import org.sourcewise.questions.BankEntry;
import org.sourcewise.questions.QuestionBankService;
import org.sourcewise.questions.QuestionContent;
import org.sourcewise.quizzes.AttemptResults;
import org.sourcewise.quizzes.MarkedAttempt;
import org.sourcewise.quizzes.MarkedQuestion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claim mastery of a class (docs/statistics.md, "Claim mastery"): per claim of its course, the share
 * of its students who have it mastered by their review state, and how well they answered its
 * questions in the quizzes assigned to the class; weakest claim first. The class's instructors and
 * admins; the class, review-state and attempt reads check it again.
 */
@Service
@Transactional(readOnly = true)
public class ClaimMasteryService {

    private static final int STEM_LENGTH = 110;

    private final ClassService classes;
    private final CourseService courses;
    private final ClassMasteryService mastery;
    private final AttemptResults attempts;
    private final QuestionBankService bank;

    ClaimMasteryService(ClassService classes, CourseService courses, ClassMasteryService mastery, AttemptResults attempts,
                        QuestionBankService bank) {
        this.classes = classes;
        this.courses = courses;
        this.mastery = mastery;
        this.attempts = attempts;
        this.bank = bank;
    }

    /** The class's claim mastery, weakest first; empty when there is no such class. */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public Optional<ClassMastery> classMastery(long classId) {
        Optional<ClassInfo> found = classes.teachingClass(classId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ClassInfo info = found.get();
        List<UserId> students = classes.studentIds(classId);
        if (info.courseId() == null) {
            return Optional.of(new ClassMastery(info, null, "en", students.size(), List.of()));
        }
        long courseId = info.courseId();
        Optional<CourseInfo> course = courses.findCourse(courseId);
        String slug = course.map(CourseInfo::slug).orElse(null);
        Map<Long, LessonInfo> lessons = courses.lessons(courseId).stream().collect(Collectors.toMap(LessonInfo::id, Function.identity()));
        Map<Long, ClaimMasteryCount> counts = mastery.claimMastery(classId).stream()
                .collect(Collectors.toMap(ClaimMasteryCount::claimId, Function.identity()));
        Answers answers = answers(classId, students);
        Map<Long, List<ClaimQuestion>> questions = questionsByClaim(courseId);

        List<ClaimMastery> rows = new ArrayList<>();
        for (ClaimInfo claim : courses.claims(courseId)) {
            ClaimMasteryCount count = counts.getOrDefault(claim.id(), new ClaimMasteryCount(claim.id(), 0, 0, students.size()));
            LessonInfo lesson = claim.lessonId() == null ? null : lessons.get(claim.lessonId());
            Tally tally = answers.byClaim().get(claim.id());
            rows.add(new ClaimMastery(claim, lesson == null ? null : lesson.id(), lesson == null ? null : lesson.title(),
                    students.size(), count.mastered(), count.shaky(), count.notSeen(),
                    tally == null ? 0 : tally.responses, tally == null ? 0 : tally.students.size(),
                    tally == null || tally.responses == 0 ? null : 100 * tally.fractionSum / tally.responses,
                    questions.getOrDefault(claim.id(), List.of())));
        }
        rows.sort(ClaimMastery.WEAKEST_FIRST);
        return Optional.of(new ClassMastery(info, slug, course.map(CourseInfo::language).orElse("en"), students.size(), rows));
    }

    private static final class Tally {
        int responses;
        double fractionSum;
        final Set<UserId> students = new HashSet<>();
    }

    private record Answers(Map<Long, Tally> byClaim) {
    }

    /** Every marked answer of the class's students in the quizzes assigned to the class, per claim its question tests. */
    private Answers answers(long classId, List<UserId> students) {
        Set<Long> quizIds = classes.assignments(classId).stream().map(AssignmentInfo::quizId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<Long, Tally> byClaim = new HashMap<>();
        if (students.isEmpty() || quizIds.isEmpty()) {
            return new Answers(byClaim);
        }
        List<MarkedAttempt> marked = new ArrayList<>();
        Set<UserId> inClass = Set.copyOf(students);
        // attempts taken through this class, by its current students
        quizIds.forEach(quizId -> attempts.markedAttempts(quizId, List.of(classId)).stream()
                .filter(a -> inClass.contains(a.student())).forEach(marked::add));
        Set<Long> questionIds = marked.stream().flatMap(a -> a.questions().stream()).map(MarkedQuestion::questionId)
                .collect(Collectors.toSet());
        Map<Long, Set<Long>> claimsOf = questionIds.isEmpty() ? Map.of() : bank.entries(questionIds).stream()
                .collect(Collectors.toMap(BankEntry::questionId, BankEntry::claimIds));
        for (MarkedAttempt attempt : marked) {
            for (MarkedQuestion q : attempt.questions()) {
                if (q.mark() == null || q.maxMark() <= 0) {
                    continue; // an essay waiting for its grade says nothing yet
                }
                double fraction = Math.max(0, Math.min(1, q.mark() / q.maxMark()));
                for (Long claimId : claimsOf.getOrDefault(q.questionId(), Set.of())) {
                    Tally t = byClaim.computeIfAbsent(claimId, k -> new Tally());
                    t.responses++;
                    t.fractionSum += fraction;
                    t.students.add(attempt.student());
                }
            }
        }
        return new Answers(byClaim);
    }

    /** The course's published questions per claim, in key order. */
    private Map<Long, List<ClaimQuestion>> questionsByClaim(long courseId) {
        List<BankEntry> entries = bank.publishedEntries(courseId);
        Map<Long, QuestionContent> contents = bank.versions(entries.stream().map(BankEntry::currentVersionId).toList());
        Map<Long, List<ClaimQuestion>> result = new HashMap<>();
        entries.stream().sorted(java.util.Comparator.comparing(BankEntry::key)).forEach(e -> {
            QuestionContent content = contents.get(e.currentVersionId());
            ClaimQuestion question = new ClaimQuestion(e.questionId(), e.key(), content == null ? "" : plain(content.stem()));
            e.claimIds().forEach(claimId -> result.computeIfAbsent(claimId, k -> new ArrayList<>()).add(question));
        });
        return result;
    }

    /** The start of a Markdown stem as plain text: blanks as "…", no emphasis marks, at most {@value #STEM_LENGTH} characters. */
    static String plain(String markdown) {
        if (markdown == null) {
            return "";
        }
        String text = markdown.replaceAll("\\{\\d+}", "…").replaceAll("[*_`#>]", "").replaceAll("\\[([^]]*)]\\([^)]*\\)", "$1")
                .replaceAll("\\s+", " ").strip();
        return text.length() <= STEM_LENGTH ? text : text.substring(0, STEM_LENGTH - 1).stripTrailing() + "…";
    }
}

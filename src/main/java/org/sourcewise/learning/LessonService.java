package org.sourcewise.learning;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sourcewise.accounts.CurrentUser;
import org.sourcewise.accounts.UserId;
import org.sourcewise.content.ClaimInfo;
import org.sourcewise.content.CourseInfo;
import org.sourcewise.content.CourseService;
import org.sourcewise.content.LessonInfo;
import org.sourcewise.learning.fsrs.Mastery;
import org.sourcewise.learning.internal.DisplayOrder;
import org.sourcewise.learning.internal.LessonProgressEntity;
import org.sourcewise.learning.internal.LessonProgressRepository;
import org.sourcewise.learning.internal.QuestionPresenter;
import org.sourcewise.learning.internal.ReviewStateEntity;
import org.sourcewise.learning.internal.ReviewStates;
import org.sourcewise.learning.internal.StudentScope;
import org.sourcewise.questions.BankEntry;
import org.sourcewise.questions.QuestionBankService;
import org.sourcewise.questions.QuestionContent;
import org.sourcewise.questions.QuestionStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lessons as a student meets them: the lessons of the courses of their classes, each with its
 * progress and claim mastery; opening a lesson; marking it done (which brings its claims into
 * practice); and its check-yourself questions, marked here so that answer keys never leave the server.
 *
 * <p>A student may only open a lesson of a course of one of their classes; any other lesson id, known
 * or not, is refused with {@link AccessDeniedException}, so ids reveal nothing.
 */
@Service
public class LessonService {

    private final CourseService courses;
    private final QuestionBankService bank;
    private final StudentScope scope;
    private final LessonProgressRepository progress;
    private final ReviewStates reviews;
    private final QuestionPresenter presenter;
    private final CurrentUser currentUser;
    private final Clock clock;

    LessonService(CourseService courses, QuestionBankService bank, StudentScope scope, LessonProgressRepository progress,
                  ReviewStates reviews, QuestionPresenter presenter, CurrentUser currentUser, Clock clock) {
        this.courses = courses;
        this.bank = bank;
        this.scope = scope;
        this.progress = progress;
        this.reviews = reviews;
        this.presenter = presenter;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every lesson of the courses of the caller's classes, course by course in lesson order, with progress. */
    @RolesAllowed("STUDENT")
    @Transactional(readOnly = true)
    public List<LessonProgress> myLessons() {
        UserId me = currentUser.id();
        Instant now = clock.instant();
        Map<Long, LessonProgressEntity> mine = progress.findByUserId(me.value()).stream()
                .collect(Collectors.toMap(LessonProgressEntity::getLessonId, Function.identity()));
        Map<Long, ReviewStateEntity> states = reviews.all(me).stream()
                .collect(Collectors.toMap(ReviewStateEntity::getClaimId, Function.identity()));
        List<LessonProgress> result = new ArrayList<>();
        for (long courseId : scope.courseIds()) {
            String courseTitle = courses.findCourse(courseId).map(CourseInfo::title).orElse("");
            for (LessonInfo lesson : courses.lessons(courseId)) {
                result.add(progressOf(lesson, courseTitle, mine.get(lesson.id()), states, now));
            }
        }
        return result;
    }

    /** The progress of one of the caller's lessons. */
    @RolesAllowed("STUDENT")
    @Transactional(readOnly = true)
    public LessonProgress progress(long lessonId) {
        UserId me = currentUser.id();
        LessonInfo lesson = requireMine(lessonId);
        return progressOf(lesson, courseTitle(lesson), progress.findByUserIdAndLessonId(me.value(), lessonId).orElse(null),
                statesOf(me, lesson), clock.instant());
    }

    /** Opens one of the caller's lessons: records that they opened it and returns its page. */
    @RolesAllowed("STUDENT")
    @Transactional
    public LessonPage open(long lessonId) {
        UserId me = currentUser.id();
        LessonInfo lesson = requireMine(lessonId);
        Instant now = clock.instant();
        LessonProgressEntity row = progress.findByUserIdAndLessonId(me.value(), lessonId)
                .orElseGet(() -> new LessonProgressEntity(me.value(), lessonId, now));
        row.opened(now);
        progress.save(row);

        Map<Long, ReviewStateEntity> states = statesOf(me, lesson);
        Map<Long, Mastery> mastery = new HashMap<>();
        lesson.claims().forEach(c -> mastery.put(c.id(), reviews.mastery(states.get(c.id()), now)));
        return page(lesson, me, row.getDoneAt() != null, mastery);
    }

    /**
     * A lesson as staff see it, read-only: the page a student gets, without anyone's progress or
     * mastery, and recording nothing (no "opened", no review state). Any instructor or admin, like the
     * question bank: course content is shared teaching material, not personal data. Empty when there is
     * no such lesson.
     */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    @Transactional(readOnly = true)
    public Optional<LessonPage> preview(long lessonId) {
        UserId me = currentUser.id();
        return courses.lesson(lessonId).map(lesson -> page(lesson, me, false, Map.of()));
    }

    /**
     * Marks a member of staff's answer to a check-yourself question of a lesson they preview; records
     * nothing, like {@link #check}. Any instructor or admin.
     */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    @Transactional(readOnly = true)
    public CheckResult previewCheck(long lessonId, String questionKey, StudentAnswer answer) {
        UserId me = currentUser.id();
        LessonInfo lesson = courses.lesson(lessonId)
                .orElseThrow(() -> new IllegalArgumentException("there is no lesson " + lessonId));
        return checkAnswer(lesson, questionKey, answer, me);
    }

    private LessonPage page(LessonInfo lesson, UserId me, boolean done, Map<Long, Mastery> mastery) {
        List<StudentQuestion> checks = new ArrayList<>();
        Map<String, BankEntry> entries = checkEntries(lesson);
        Map<Long, QuestionContent> contents = bank.versions(entries.values().stream().map(BankEntry::currentVersionId).toList());
        for (BankEntry entry : entries.values()) {
            QuestionContent content = contents.get(entry.currentVersionId());
            if (content != null) {
                checks.add(presenter.present(entry.questionId(), entry.key(), content, seed(me, entry)));
            }
        }
        List<LessonInfo> siblings = courses.lessons(lesson.courseId());
        int index = siblings.stream().map(LessonInfo::id).toList().indexOf(lesson.id());
        Long previous = index > 0 ? siblings.get(index - 1).id() : null;
        Long next = index >= 0 && index < siblings.size() - 1 ? siblings.get(index + 1).id() : null;
        return new LessonPage(lesson, courseTitle(lesson), done, mastery, checks, previous, next);
    }

    /**
     * Marks one of the caller's lessons done and brings its claims into practice (due now, for the claims
     * not yet in practice). Doing it again changes nothing.
     */
    @RolesAllowed("STUDENT")
    @Transactional
    public LessonProgress markDone(long lessonId) {
        UserId me = currentUser.id();
        LessonInfo lesson = requireMine(lessonId);
        Instant now = clock.instant();
        LessonProgressEntity row = progress.findByUserIdAndLessonId(me.value(), lessonId)
                .orElseGet(() -> new LessonProgressEntity(me.value(), lessonId, now));
        row.markDone(now);
        progress.save(row);
        reviews.bringIntoPractice(me, lesson.claims().stream().map(ClaimInfo::id).toList(), now);
        return progressOf(lesson, courseTitle(lesson), row, statesOf(me, lesson), now);
    }

    /**
     * Marks the caller's answer to one of a lesson's check-yourself questions. Only now does the student
     * get the feedback, the right answer and the explanation. Checking records nothing.
     */
    @RolesAllowed("STUDENT")
    @Transactional(readOnly = true)
    public CheckResult check(long lessonId, String questionKey, StudentAnswer answer) {
        UserId me = currentUser.id();
        return checkAnswer(requireMine(lessonId), questionKey, answer, me);
    }

    private CheckResult checkAnswer(LessonInfo lesson, String questionKey, StudentAnswer answer, UserId me) {
        BankEntry entry = checkEntries(lesson).get(questionKey);
        if (entry == null) {
            throw new IllegalArgumentException("'" + questionKey + "' is not a check-yourself question of this lesson");
        }
        QuestionContent content = bank.versions(List.of(entry.currentVersionId())).get(entry.currentVersionId());
        if (content == null) {
            throw new IllegalStateException("question '" + questionKey + "' has no content");
        }
        return presenter.check(content, answer, seed(me, entry));
    }

    private LessonInfo requireMine(long lessonId) {
        Set<Long> mine = scope.courseIds();
        return courses.lesson(lessonId).filter(l -> mine.contains(l.courseId()))
                .orElseThrow(() -> new AccessDeniedException("lesson " + lessonId + " is not in a course of your classes"));
    }

    // the lesson's published, askable check questions by key, in the lesson's order
    private Map<String, BankEntry> checkEntries(LessonInfo lesson) {
        Map<String, BankEntry> entries = new java.util.LinkedHashMap<>();
        for (String key : lesson.checkQuestionKeys()) {
            bank.entry(lesson.courseId(), key)
                    .filter(e -> e.status() == QuestionStatus.PUBLISHED && QuestionPresenter.askable(e.type()))
                    .ifPresent(e -> entries.put(key, e));
        }
        return entries;
    }

    private static long seed(UserId me, BankEntry entry) {
        return DisplayOrder.seed(me.value(), entry.currentVersionId(), 0);
    }

    private Map<Long, ReviewStateEntity> statesOf(UserId me, LessonInfo lesson) {
        return reviews.of(me, lesson.claims().stream().map(ClaimInfo::id).toList());
    }

    private String courseTitle(LessonInfo lesson) {
        return courses.findCourse(lesson.courseId()).map(CourseInfo::title).orElse("");
    }

    private LessonProgress progressOf(LessonInfo lesson, String courseTitle, @Nullable LessonProgressEntity row,
                                      Map<Long, ReviewStateEntity> states, Instant now) {
        int mastered = 0;
        int shaky = 0;
        int notSeen = 0;
        for (ClaimInfo claim : lesson.claims()) {
            switch (reviews.mastery(states.get(claim.id()), now)) {
                case MASTERED -> mastered++;
                case SHAKY -> shaky++;
                case NOT_SEEN -> notSeen++;
            }
        }
        return new LessonProgress(lesson.id(), lesson.courseId(), courseTitle, lesson.ordinal(), lesson.title(),
                row != null && row.getDoneAt() != null, row == null ? null : row.getLastOpenedAt(),
                lesson.claims().size(), mastered, shaky, notSeen);
    }
}

package org.sourcewise.quizzes;

import jakarta.annotation.security.RolesAllowed;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sourcewise.accounts.AccountPrincipal;
import org.sourcewise.accounts.CurrentUser;
import org.sourcewise.content.ClaimInfo;
import org.sourcewise.content.CourseInfo;
import org.sourcewise.content.CourseEditors;
import org.sourcewise.content.CourseService;
import org.sourcewise.content.LessonInfo;
import org.sourcewise.content.Slugs;
import org.sourcewise.questions.BankEntry;
import org.sourcewise.questions.QuestionBankService;
import org.sourcewise.questions.QuestionContent;
import org.sourcewise.quizzes.QuizDraft.DrawSource;
import org.sourcewise.quizzes.QuizDraft.SlotDraft;
import org.sourcewise.quizzes.internal.AttemptRepository;
import org.sourcewise.quizzes.internal.QuizEntity;
import org.sourcewise.quizzes.internal.QuizRepository;
import org.sourcewise.quizzes.internal.QuizSlotEntity;
import org.sourcewise.quizzes.internal.QuizSlotRepository;
import org.sourcewise.quizzes.internal.SlotRules;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quiz builder: lists a course's quizzes, loads one as a draft, checks and saves drafts, and
 * draws a preview. For instructors and admins. Any of them may list and preview a course's quizzes;
 * a quiz may be changed by its author and by admins, and a quiz that came with the course files by
 * any instructor (like the course's bank). Attempts freeze their questions, versions and points at
 * start, so a saved change never touches an attempt already begun; it applies to attempts started after it.
 */
@Service
@Transactional(readOnly = true)
public class QuizBuilderService {

    private final QuizRepository quizzes;
    private final QuizSlotRepository slots;
    private final AttemptRepository attempts;
    private final QuizService quizService;
    private final QuestionBankService bank;
    private final CourseService courses;
    private final SlotRules slotRules;
    private final CurrentUser currentUser;
    private final Random random = new SecureRandom();

    private final CourseEditors editors;

    QuizBuilderService(QuizRepository quizzes, QuizSlotRepository slots, AttemptRepository attempts, QuizService quizService,
                       QuestionBankService bank, CourseService courses, SlotRules slotRules, CurrentUser currentUser,
                       CourseEditors editors) {
        this.editors = editors;
        this.quizzes = quizzes;
        this.slots = slots;
        this.attempts = attempts;
        this.quizService = quizService;
        this.bank = bank;
        this.courses = courses;
        this.slotRules = slotRules;
        this.currentUser = currentUser;
    }

    /** The quizzes of a course in the order they were made, with their size, attempts and whether the caller may edit them. */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public List<QuizListItem> quizzesOf(long courseId) {
        boolean editor = editors.mayEdit(courseId);
        return quizzes.findByCourseIdOrderById(courseId).stream().map(q -> {
            List<QuizSlotEntity> list = slots.findByQuizIdOrderByPosition(q.getId());
            double points = list.stream().mapToDouble(s -> Math.max(1, s.getDrawCount()) * s.getPoints()).sum();
            return new QuizListItem(quizService.find(q.getId()).orElseThrow(), list.size(), points,
                    attempts.countByQuizId(q.getId()), editor, q.getCreatedBy() == null);
        }).toList();
    }

    /** What quizzes of this course can be built from: published questions, lessons, claims, tags, categories. */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public QuizCatalog catalog(long courseId) {
        CourseInfo course = courses.findCourse(courseId).orElseThrow(() -> new QuizBuilderException("course", "quizzes.builder.no-course"));
        List<LessonInfo> lessons = courses.lessons(courseId);
        Set<String> checkKeys = lessons.stream().flatMap(l -> l.checkQuestionKeys().stream()).collect(Collectors.toSet());
        List<BankEntry> published = bank.publishedEntries(courseId);
        Map<Long, QuestionContent> contents = bank.versions(published.stream().map(BankEntry::currentVersionId).toList());
        List<QuizCatalog.Question> questions = published.stream()
                .sorted(java.util.Comparator.comparing(BankEntry::key))
                .map(e -> new QuizCatalog.Question(e.questionId(), e.key(), e.type(),
                        contents.containsKey(e.currentVersionId()) ? contents.get(e.currentVersionId()).stem() : "",
                        e.category(), e.tags(), e.claimIds(), !checkKeys.contains(e.key())))
                .toList();
        List<QuizCatalog.Lesson> lessonList = lessons.stream()
                .map(l -> new QuizCatalog.Lesson(l.id(), l.ordinal(), l.title(),
                        l.claims().stream().map(ClaimInfo::id).collect(Collectors.toUnmodifiableSet())))
                .toList();
        List<QuizCatalog.Claim> claims = courses.claims(courseId).stream()
                .map(c -> new QuizCatalog.Claim(c.id(), c.key(), c.ordinal(), c.statement())).toList();
        List<String> tags = List.copyOf(published.stream().flatMap(e -> e.tags().stream()).collect(Collectors.toCollection(TreeSet::new)));
        List<String> categories = List.copyOf(published.stream().map(BankEntry::category).filter(c -> c != null && !c.isBlank())
                .collect(Collectors.toCollection(TreeSet::new)));
        return new QuizCatalog(courseId, course.slug(), course.title(), questions, lessonList, claims, tags, categories);
    }

    /** A quiz as a draft for the builder; only for those who may change it. */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public QuizDraft load(long quizId) {
        QuizEntity quiz = editable(quizzes.findById(quizId).orElse(null));
        List<SlotDraft> list = slots.findByQuizIdOrderByPosition(quizId).stream().map(QuizBuilderService::draft).toList();
        Integer seconds = quiz.getTimeLimitSeconds();
        return new QuizDraft(quiz.getId(), quiz.getCourseId(), quiz.getLockVersion(), quiz.getTitle(), quiz.getDescription(),
                seconds == null ? null : (seconds + 59) / 60, quiz.getAttemptsAllowed(), quiz.getGradingMethod(), quiz.getOpenAt(),
                quiz.getCloseAt(), quiz.isShuffleQuestions(), quiz.isShuffleOptions(), quiz.getReviewPolicy(), quiz.getPassMark(), list);
    }

    /** How many attempts (open or submitted) a quiz has; the builder warns that they keep their questions. */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public long attemptCount(long quizId) {
        return attempts.countByQuizId(quizId);
    }

    /** What is wrong with a draft, per field; empty when it can be saved. Nothing is stored. */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public List<QuizProblem> check(QuizDraft draft) {
        return QuizDraftCheck.problems(draft, catalog(draft.courseId()));
    }

    /**
     * Creates the quiz (id null) or updates it, settings and slots in one transaction, and returns its id.
     *
     * @throws QuizBuilderException with every problem, when the draft is not valid or someone saved the quiz meanwhile
     */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    @Transactional
    public long save(QuizDraft draft) {
        AccountPrincipal me = currentUser.require();
        editors.requireEditor(draft.courseId());
        QuizEntity quiz = null;
        if (draft.id() != null) {
            quiz = editable(quizzes.findForEdit(draft.id()).orElse(null));
            if (quiz.getCourseId() != draft.courseId()) {
                throw new QuizBuilderException("course", "quizzes.builder.other-course");
            }
            if (quiz.getLockVersion() != draft.lockVersion()) {
                throw new QuizBuilderException("form", "quizzes.builder.saved-meanwhile");
            }
        }
        List<QuizProblem> problems = QuizDraftCheck.problems(draft, catalog(draft.courseId()));
        if (!problems.isEmpty()) {
            throw new QuizBuilderException(problems);
        }
        String title = draft.title().strip();
        String description = draft.description() == null || draft.description().isBlank() ? null : draft.description().strip();
        Integer seconds = draft.timeLimitMinutes() == null ? null : draft.timeLimitMinutes() * 60;
        if (quiz == null) {
            quiz = new QuizEntity(draft.courseId(), newKey(draft.courseId(), title), title, description, seconds,
                    draft.attemptsAllowed(), draft.gradingMethod(), draft.openAt(), draft.closeAt(), draft.shuffleQuestions(),
                    draft.shuffleOptions(), draft.reviewPolicy(), draft.passMark());
            quiz.setCreatedBy(me.id().value() > 0 ? me.id().value() : null);
            quiz = quizzes.saveAndFlush(quiz);
        } else {
            quiz.update(title, description, seconds, draft.attemptsAllowed(), draft.gradingMethod(), draft.openAt(),
                    draft.closeAt(), draft.shuffleQuestions(), draft.shuffleOptions(), draft.reviewPolicy(), draft.passMark());
        }
        saveSlots(quiz.getId(), draft.slots());
        return quiz.getId();
    }

    /**
     * The quiz drawn once as a student would get it (draws, question order and option order as its
     * settings say), for staff to try. Read-only: no attempt and no response is written.
     */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public QuizPreview preview(long quizId) {
        QuizEntity quiz = quizzes.findById(quizId).orElseThrow(() -> new AccessDeniedException("no such quiz"));
        List<LessonInfo> lessons = courses.lessons(quiz.getCourseId());
        Map<Long, Set<Long>> lessonClaims = lessons.stream().collect(Collectors.toMap(LessonInfo::id,
                l -> l.claims().stream().map(ClaimInfo::id).collect(Collectors.toSet())));
        Set<String> checkKeys = lessons.stream().flatMap(l -> l.checkQuestionKeys().stream()).collect(Collectors.toSet());
        List<BankEntry> published = bank.publishedEntries(quiz.getCourseId());
        Set<Long> checks = published.stream().filter(e -> checkKeys.contains(e.key())).map(BankEntry::questionId).collect(Collectors.toSet());
        List<QuizAssembler.Drawn> drawn;
        try {
            drawn = new ArrayList<>(QuizAssembler.assemble(slotRules.toRules(slots.findByQuizIdOrderByPosition(quizId), lessonClaims),
                    published, checks, random));
        } catch (QuizAssembler.NotEnoughQuestionsException e) {
            throw new QuizBuilderException("slots", "quizzes.builder.cannot-fill", e.slotPosition(), e.available());
        }
        if (quiz.isShuffleQuestions()) {
            Collections.shuffle(drawn, random);
        }
        Map<Long, BankEntry> entries = bank.entries(drawn.stream().map(QuizAssembler.Drawn::questionId).toList()).stream()
                .collect(Collectors.toMap(BankEntry::questionId, e -> e));
        Map<Long, QuestionContent> contents = bank.versions(entries.values().stream().map(BankEntry::currentVersionId).toList());
        List<StudentQuestion> shown = new ArrayList<>();
        for (QuizAssembler.Drawn d : drawn) {
            BankEntry entry = Objects.requireNonNull(entries.get(d.questionId()));
            QuestionContent content = Objects.requireNonNull(contents.get(entry.currentVersionId()));
            shown.add(AttemptPresenter.present(shown.size() + 1, content,
                    AttemptPresenter.newOrder(content, quiz.isShuffleOptions(), random), d.points()));
        }
        return new QuizPreview(quizService.find(quizId).orElseThrow(), shown,
                drawn.stream().mapToDouble(QuizAssembler.Drawn::points).sum());
    }

    private void saveSlots(long quizId, List<SlotDraft> drafts) {
        List<QuizSlotEntity> existing = slots.findByQuizIdOrderByPosition(quizId);
        Map<Long, QuizSlotEntity> byId = new HashMap<>();
        existing.forEach(s -> byId.put(s.getId(), s));
        // renumbering in place would meet the (quiz, position) uniqueness half-way: park first
        for (int i = 0; i < existing.size(); i++) {
            existing.get(i).park(-(i + 1));
        }
        slots.flush();
        Set<Long> kept = drafts.stream().map(SlotDraft::id).filter(byId::containsKey).collect(Collectors.toSet());
        List<QuizSlotEntity> removed = existing.stream().filter(s -> !kept.contains(s.getId())).toList();
        // attempts that drew from a removed slot keep their questions (attempt_question.slot_id becomes null)
        slots.deleteAll(removed);
        slots.flush();
        for (int i = 0; i < drafts.size(); i++) {
            SlotDraft d = drafts.get(i);
            Long lesson = d.source() == DrawSource.LESSON ? d.sourceId() : null;
            Long claim = d.source() == DrawSource.CLAIM ? d.sourceId() : null;
            // QuizDraftCheck has made sure a tag or category draw names one
            String tag = d.source() == DrawSource.TAG ? Objects.requireNonNull(d.sourceText()).strip() : null;
            String category = d.source() == DrawSource.CATEGORY ? Objects.requireNonNull(d.sourceText()).strip() : null;
            int count = d.isFixed() ? 1 : d.drawCount();
            if (d.isFixed()) {
                lesson = null;
                claim = null;
                tag = null;
                category = null;
            }
            QuizSlotEntity slot = d.id() == null ? null : byId.get(d.id());
            if (slot != null && kept.contains(slot.getId())) {
                slot.update(i + 1, d.questionId(), count, lesson, claim, tag, category, d.points());
            } else {
                slots.save(new QuizSlotEntity(quizId, i + 1, d.questionId(), count, lesson, claim, tag, category, d.points()));
            }
        }
        slots.flush();
    }

    private static SlotDraft draft(QuizSlotEntity s) {
        if (s.getQuestionId() != null) {
            return new SlotDraft(s.getId(), s.getQuestionId(), 1, null, null, null, s.getPoints());
        }
        if (s.getDrawLessonId() != null) {
            return new SlotDraft(s.getId(), null, s.getDrawCount(), DrawSource.LESSON, s.getDrawLessonId(), null, s.getPoints());
        }
        if (s.getDrawClaimId() != null) {
            return new SlotDraft(s.getId(), null, s.getDrawCount(), DrawSource.CLAIM, s.getDrawClaimId(), null, s.getPoints());
        }
        if (s.getDrawTag() != null) {
            return new SlotDraft(s.getId(), null, s.getDrawCount(), DrawSource.TAG, null, s.getDrawTag(), s.getPoints());
        }
        return new SlotDraft(s.getId(), null, s.getDrawCount(), DrawSource.CATEGORY, null, s.getDrawCategory(), s.getPoints());
    }

    /** The quiz, if the caller may change it; "no such quiz" and "not yours" read the same. */
    // a quiz is its course's editors' to change (CourseEditors): a changed pass mark or grading method
    // regrades every class that took it, so other instructors only assign it
    private QuizEntity editable(@Nullable QuizEntity quiz) {
        if (quiz == null || !editors.mayEdit(quiz.getCourseId())) {
            throw new AccessDeniedException("no such quiz of yours");
        }
        return quiz;
    }

    private String newKey(long courseId, String title) {
        String base = Slugs.of(title, 50, "quiz");
        String key = base;
        for (int n = 2; quizzes.existsByCourseIdAndQuizKey(courseId, key); n++) {
            key = base + "-" + n;
        }
        return key;
    }
}

package org.sourcewise.quizzes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.sourcewise.questions.BankEntry;
import org.sourcewise.questions.QuestionStatus;
import org.sourcewise.quizzes.QuizDraft.DrawSource;
import org.sourcewise.quizzes.QuizDraft.SlotDraft;

/**
 * Checks a quiz draft against its course's catalog and says, per field, what a teacher must change.
 * Plain Java: the builder runs it as the teacher types, the service again before saving.
 */
public final class QuizDraftCheck {

    /** Draws are random: the quiz must assemble with each of these seeds (as the course-file import checks). */
    static final int ASSEMBLY_TRIALS = 25;
    static final int MAX_DRAW = 200;
    static final double MAX_POINTS = 1000;

    private QuizDraftCheck() {
    }

    public static List<QuizProblem> problems(QuizDraft draft, QuizCatalog catalog) {
        List<QuizProblem> problems = new ArrayList<>();
        String title = draft.title() == null ? "" : draft.title().strip();
        if (title.isEmpty()) {
            problems.add(new QuizProblem("title", "quizzes.problem.title-missing"));
        } else if (title.length() > 200) {
            problems.add(new QuizProblem("title", "quizzes.problem.title-too-long", title.length()));
        }
        if (draft.description() != null && draft.description().length() > 32000) {
            problems.add(new QuizProblem("description", "quizzes.problem.description-too-long"));
        }
        if (draft.timeLimitMinutes() != null && (draft.timeLimitMinutes() < 1 || draft.timeLimitMinutes() > 24 * 60)) {
            problems.add(new QuizProblem("timeLimit", "quizzes.problem.time-limit"));
        }
        if (draft.attemptsAllowed() < 0 || draft.attemptsAllowed() > 100) {
            problems.add(new QuizProblem("attempts", "quizzes.problem.attempts"));
        }
        if (draft.passMark() < 0 || draft.passMark() > 100 || Double.isNaN(draft.passMark())) {
            problems.add(new QuizProblem("passMark", "quizzes.problem.pass-mark"));
        }
        if (draft.openAt() != null && draft.closeAt() != null && !draft.closeAt().isAfter(draft.openAt())) {
            problems.add(new QuizProblem("closeAt", "quizzes.problem.close-before-open"));
        }
        if (draft.gradingMethod() == null) {
            problems.add(new QuizProblem("grading", "quizzes.problem.grading"));
        }
        if (draft.reviewPolicy() == null) {
            problems.add(new QuizProblem("review", "quizzes.problem.review"));
        }
        if (draft.slots().isEmpty()) {
            problems.add(new QuizProblem("slots", "quizzes.problem.no-slots"));
        }
        Map<Long, Integer> fixedAt = new HashMap<>();
        boolean slotsOk = true;
        for (int i = 0; i < draft.slots().size(); i++) {
            int before = problems.size();
            checkSlot(i, draft.slots().get(i), catalog, fixedAt, problems);
            slotsOk &= problems.size() == before;
        }
        if (slotsOk && !draft.slots().isEmpty()) {
            checkAssembly(draft, catalog, problems);
        }
        return problems;
    }

    private static void checkSlot(int i, SlotDraft slot, QuizCatalog catalog, Map<Long, Integer> fixedAt, List<QuizProblem> problems) {
        if (Double.isNaN(slot.points()) || slot.points() <= 0 || slot.points() > MAX_POINTS) {
            problems.add(new QuizProblem(QuizProblem.slotField(i, "points"), "quizzes.problem.points"));
        }
        Long questionId = slot.questionId();
        if (questionId != null) { // a fixed slot
            var question = catalog.question(questionId);
            if (question.isEmpty()) {
                problems.add(new QuizProblem(QuizProblem.slotField(i, "question"), "quizzes.problem.question-gone"));
                return;
            }
            Integer earlier = fixedAt.putIfAbsent(questionId, i);
            if (earlier != null) {
                problems.add(new QuizProblem(QuizProblem.slotField(i, "question"), "quizzes.problem.question-twice",
                        question.get().key(), earlier + 1));
            }
            return;
        }
        if (slot.drawCount() < 1 || slot.drawCount() > MAX_DRAW) {
            problems.add(new QuizProblem(QuizProblem.slotField(i, "count"), "quizzes.problem.draw-count", MAX_DRAW));
            return;
        }
        DrawSource source = slot.source();
        Long sourceId = slot.sourceId();
        String sourceText = slot.sourceText();
        if (source == null || switch (source) {
            case LESSON, CLAIM -> sourceId == null;
            case TAG, CATEGORY -> sourceText == null || sourceText.isBlank();
        }) {
            problems.add(new QuizProblem(QuizProblem.slotField(i, "source"), "quizzes.problem.no-source"));
            return;
        }
        boolean known = switch (source) {
            case LESSON -> sourceId != null && catalog.lesson(sourceId).isPresent();
            case CLAIM -> sourceId != null && catalog.claim(sourceId).isPresent();
            default -> true;
        };
        if (!known) {
            // only a lesson or a claim is looked up; a tag or category is whatever the teacher typed
            problems.add(new QuizProblem(QuizProblem.slotField(i, "source"),
                    source == DrawSource.CLAIM ? "quizzes.problem.claim-unknown" : "quizzes.problem.lesson-unknown"));
            return;
        }
        int pool = catalog.poolSize(slot);
        if (pool < slot.drawCount()) {
            String field = QuizProblem.slotField(i, "count");
            // the source is known (checked above): a lesson or claim of the course, or a tag or category
            problems.add(switch (source) {
                case LESSON -> {
                    QuizCatalog.Lesson lesson = catalog.lesson(Objects.requireNonNull(sourceId)).orElseThrow();
                    yield new QuizProblem(field, "quizzes.problem.pool-short.lesson", String.valueOf(lesson.ordinal()), lesson.title(),
                            pool, slot.drawCount());
                }
                case CLAIM -> new QuizProblem(field, "quizzes.problem.pool-short.claim",
                        catalog.claim(Objects.requireNonNull(sourceId)).orElseThrow().key(), pool, slot.drawCount());
                case TAG -> new QuizProblem(field, "quizzes.problem.pool-short.tag", Objects.requireNonNull(sourceText).strip(), pool,
                        slot.drawCount());
                case CATEGORY -> new QuizProblem(field, "quizzes.problem.pool-short.category", Objects.requireNonNull(sourceText).strip(),
                        pool, slot.drawCount());
            });
        }
    }

    /** Every slot can be filled on its own; together they may still compete for the same questions. */
    private static void checkAssembly(QuizDraft draft, QuizCatalog catalog, List<QuizProblem> problems) {
        Map<Long, Set<Long>> lessonClaims = catalog.claimsByLesson();
        List<QuizAssembler.Slot> rules = new ArrayList<>();
        for (int i = 0; i < draft.slots().size(); i++) {
            SlotDraft s = draft.slots().get(i);
            Long questionId = s.questionId();
            if (questionId != null) {
                rules.add(QuizAssembler.Slot.fixed(i + 1, questionId, s.points()));
                continue;
            }
            // checkSlot found each draw's source complete before the assembly is tried
            QuizAssembler.DrawFilter filter = switch (Objects.requireNonNull(s.source())) {
                case LESSON -> QuizAssembler.DrawFilter.claims(lessonClaims.getOrDefault(s.sourceId(), Set.of()));
                case CLAIM -> QuizAssembler.DrawFilter.claims(Set.of(Objects.requireNonNull(s.sourceId())));
                case TAG -> QuizAssembler.DrawFilter.tag(Objects.requireNonNull(s.sourceText()).strip());
                case CATEGORY -> QuizAssembler.DrawFilter.category(Objects.requireNonNull(s.sourceText()).strip());
            };
            rules.add(QuizAssembler.Slot.draw(i + 1, s.drawCount(), filter, s.points()));
        }
        List<BankEntry> candidates = catalog.questions().stream()
                .map(q -> new BankEntry(q.id(), q.key(), catalog.courseId(), q.type(), q.category(), q.tags(), q.claimIds(),
                        null, QuestionStatus.PUBLISHED, 0))
                .toList();
        Set<Long> excluded = catalog.questions().stream().filter(q -> !q.drawable()).map(QuizCatalog.Question::id)
                .collect(Collectors.toSet());
        for (int trial = 0; trial < ASSEMBLY_TRIALS; trial++) {
            try {
                QuizAssembler.assemble(rules, candidates, excluded, new Random(trial));
            } catch (QuizAssembler.NotEnoughQuestionsException e) {
                int index = Math.max(0, e.slotPosition() - 1);
                problems.add(new QuizProblem(QuizProblem.slotField(index, "count"), "quizzes.problem.pool-taken", e.available(),
                        draft.slots().get(index).drawCount()));
                return;
            }
        }
    }
}

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
            problems.add(new QuizProblem("title", "A quiz needs a title."));
        } else if (title.length() > 200) {
            problems.add(new QuizProblem("title", "A title has at most 200 characters; this one has " + title.length() + "."));
        }
        if (draft.description() != null && draft.description().length() > 32000) {
            problems.add(new QuizProblem("description", "The description is too long (at most 32,000 characters)."));
        }
        if (draft.timeLimitMinutes() != null && (draft.timeLimitMinutes() < 1 || draft.timeLimitMinutes() > 24 * 60)) {
            problems.add(new QuizProblem("timeLimit", "A time limit is from 1 minute to 24 hours; leave it empty for an untimed quiz."));
        }
        if (draft.attemptsAllowed() < 0 || draft.attemptsAllowed() > 100) {
            problems.add(new QuizProblem("attempts", "Attempts allowed is from 1 to 100, or 0 for unlimited."));
        }
        if (draft.passMark() < 0 || draft.passMark() > 100 || Double.isNaN(draft.passMark())) {
            problems.add(new QuizProblem("passMark", "The pass mark is a percentage from 0 to 100."));
        }
        if (draft.openAt() != null && draft.closeAt() != null && !draft.closeAt().isAfter(draft.openAt())) {
            problems.add(new QuizProblem("closeAt", "The quiz must close after it opens."));
        }
        if (draft.gradingMethod() == null) {
            problems.add(new QuizProblem("grading", "Choose how the attempts make the grade."));
        }
        if (draft.reviewPolicy() == null) {
            problems.add(new QuizProblem("review", "Choose when students see answers and explanations."));
        }
        if (draft.slots().isEmpty()) {
            problems.add(new QuizProblem("slots", "Add at least one question or random draw."));
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
            problems.add(new QuizProblem(QuizProblem.slotField(i, "points"), "Points are more than 0 and at most 1,000."));
        }
        Long questionId = slot.questionId();
        if (questionId != null) { // a fixed slot
            var question = catalog.question(questionId);
            if (question.isEmpty()) {
                problems.add(new QuizProblem(QuizProblem.slotField(i, "question"),
                        "This question is not a published question of this course any more; pick another or remove the slot."));
                return;
            }
            Integer earlier = fixedAt.putIfAbsent(questionId, i);
            if (earlier != null) {
                problems.add(new QuizProblem(QuizProblem.slotField(i, "question"),
                        "Question " + question.get().key() + " is already slot " + (earlier + 1) + "; a quiz asks each question once."));
            }
            return;
        }
        if (slot.drawCount() < 1 || slot.drawCount() > MAX_DRAW) {
            problems.add(new QuizProblem(QuizProblem.slotField(i, "count"), "A draw picks from 1 to " + MAX_DRAW + " questions."));
            return;
        }
        DrawSource source = slot.source();
        Long sourceId = slot.sourceId();
        String sourceText = slot.sourceText();
        if (source == null || switch (source) {
            case LESSON, CLAIM -> sourceId == null;
            case TAG, CATEGORY -> sourceText == null || sourceText.isBlank();
        }) {
            problems.add(new QuizProblem(QuizProblem.slotField(i, "source"), "Choose where this draw takes its questions from."));
            return;
        }
        boolean known = switch (source) {
            case LESSON -> sourceId != null && catalog.lesson(sourceId).isPresent();
            case CLAIM -> sourceId != null && catalog.claim(sourceId).isPresent();
            default -> true;
        };
        if (!known) {
            problems.add(new QuizProblem(QuizProblem.slotField(i, "source"), "That " + source.name().toLowerCase(java.util.Locale.ROOT)
                    + " is not part of this course."));
            return;
        }
        int pool = catalog.poolSize(slot);
        if (pool < slot.drawCount()) {
            String where = catalog.describe(slot.source(), slot.sourceId(), slot.sourceText());
            String has = pool == 0 ? "has no published questions" : "has only " + pool + " published question" + (pool == 1 ? "" : "s");
            problems.add(new QuizProblem(QuizProblem.slotField(i, "count"),
                    capitalise(where) + " " + has + "; this draw asks for " + slot.drawCount() + "."));
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
                problems.add(new QuizProblem(QuizProblem.slotField(index, "count"), "Only " + e.available()
                        + " question" + (e.available() == 1 ? " is" : "s are") + " left for this draw once the other slots have"
                        + " taken theirs; it asks for " + draft.slots().get(index).drawCount()
                        + ". Draw fewer here or from a wider source elsewhere."));
                return;
            }
        }
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}

package org.sourcewise.quizzes;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.sourcewise.accounts.CurrentUser;
import org.sourcewise.accounts.Role;
import org.sourcewise.accounts.UserId;
import org.sourcewise.questions.BankEntry;
import org.sourcewise.questions.Option;
import org.sourcewise.questions.QuestionBankService;
import org.sourcewise.questions.QuestionContent;
import org.sourcewise.questions.QuestionType;
import org.jspecify.annotations.Nullable;
import org.sourcewise.quizzes.internal.AttemptEntity;
import org.sourcewise.quizzes.rules.AttemptAccess;
import org.sourcewise.quizzes.internal.AttemptRepository;
import org.sourcewise.quizzes.internal.QuizSlotEntity;
import org.sourcewise.quizzes.internal.QuizSlotRepository;
import org.sourcewise.quizzes.internal.ResponseRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attempts seen from the staff side, for gradebooks and statistics: the attempts a class's students
 * took through it at given quizzes, and submitted attempts with each question's mark and, for choice
 * questions, the options chosen in authored order. Staff only: an instructor may ask about the classes
 * they teach, an admin about any ({@link AttemptAccess}). Each call costs a fixed number of
 * queries, however many students it covers.
 */
@Service
@Transactional(readOnly = true)
public class AttemptResults {


    private final AttemptRepository attempts;
    private final ResponseRepository responses;
    private final QuizSlotRepository slots;
    private final AttemptMarksStore marks;
    private final QuestionBankService bank;
    private final StaffAccess staffAccess;
    private final CurrentUser currentUser;

    AttemptResults(AttemptRepository attempts, ResponseRepository responses,
                   QuizSlotRepository slots, AttemptMarksStore marks, QuestionBankService bank, StaffAccess staffAccess,
                   CurrentUser currentUser) {
        this.attempts = attempts;
        this.responses = responses;
        this.slots = slots;
        this.marks = marks;
        this.bank = bank;
        this.staffAccess = staffAccess;
        this.currentUser = currentUser;
    }

    /**
     * Every attempt (open or submitted) that these students of the class took through it at these
     * quizzes, per student, oldest first. Staff of the class and admins ({@link AttemptAccess}).
     */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public Map<UserId, List<AttemptSummary>> attemptsInClass(long classId, Collection<UserId> students, Collection<Long> quizIds) {
        requireClasses(List.of(classId));
        Set<Long> ids = students.stream().map(UserId::value).collect(Collectors.toSet());
        if (ids.isEmpty() || quizIds.isEmpty()) {
            return Map.of();
        }
        List<AttemptEntity> found = attempts.findByClassIdAndQuizIdInAndStudentIdIn(classId, Set.copyOf(quizIds), ids);
        Set<Long> awaiting = found.isEmpty() ? Set.of() : new HashSet<>(responses.findAttemptIdsAwaitingGrading(Set.copyOf(quizIds)));
        Map<UserId, List<AttemptSummary>> result = new LinkedHashMap<>();
        found.stream()
                .sorted(Comparator.comparing(AttemptEntity::getStudentId).thenComparing(AttemptEntity::getQuizId)
                        .thenComparingInt(AttemptEntity::getAttemptNumber))
                .forEach(a -> result.computeIfAbsent(new UserId(a.getStudentId()), k -> new ArrayList<>())
                        .add(StoredAttempts.summary(a, awaiting.contains(a.getId()))));
        return result;
    }

    /**
     * The submitted attempts at a quiz with per-question marks, taken through these classes, or
     * through any class (and none) when {@code classIds} is null, which only admins may ask.
     * Staff only for classes they teach ({@link AttemptAccess}). Oldest first within each student.
     */
    @RolesAllowed({"INSTRUCTOR", "ADMIN"})
    public List<MarkedAttempt> markedAttempts(long quizId, @Nullable Collection<Long> classIds) {
        if (classIds == null && currentUser.require().role() != Role.ADMIN) {
            throw new AccessDeniedException("only an admin may read every class's attempts");
        }
        if (classIds != null) {
            requireClasses(classIds);
        }
        Set<Long> classes = classIds == null ? null : Set.copyOf(classIds);
        // every submitted attempt at the quiz, then the caller's classes in memory: by quiz the
        // database reads through indexes, while long "in (...)" lists of ids are checked row by row
        List<AttemptEntity> found = attempts.findByQuizIdAndState(quizId, AttemptState.SUBMITTED).stream()
                .filter(a -> classes == null || a.getClassId() != null && classes.contains(a.getClassId())).toList();
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, List<StoredMark>> marksByAttempt = marks.read(quizId, found);
        Set<Long> versionIds = new HashSet<>();
        Set<Long> questionIds = new HashSet<>();
        marksByAttempt.values().forEach(list -> list.forEach(q -> {
            versionIds.add(q.versionId());
            questionIds.add(q.questionId());
        }));
        Map<Long, QuestionContent> contents = bank.versions(versionIds);
        Map<Long, String> keys = bank.entries(questionIds).stream().collect(Collectors.toMap(BankEntry::questionId, BankEntry::key));
        Map<Long, Integer> slotStart = slotStarts(quizId);
        // a version's key is the same in each of its thousands of rows
        Map<Long, Set<Integer>> choiceKeys = new HashMap<>();
        contents.forEach((versionId, content) -> choiceKeys.put(versionId, choiceKey(content)));

        // attempts at one quiz mostly share a layout of slots and positions
        Map<List<SlotPosition>, Map<Integer, Integer>> layouts = new HashMap<>();
        List<MarkedAttempt> result = new ArrayList<>();
        found.stream()
                .sorted(Comparator.comparing(AttemptEntity::getStudentId).thenComparingInt(AttemptEntity::getAttemptNumber))
                .forEach(a -> {
                    List<StoredMark> qs = marksByAttempt.getOrDefault(a.getId(), List.of());
                    Map<Integer, Integer> slotOf = layouts.computeIfAbsent(
                            qs.stream().map(q -> new SlotPosition(q.slotId(), q.position())).toList(), l -> slotNumbers(l, slotStart));
                    List<MarkedQuestion> marked = qs.stream().map(q -> {
                        QuestionContent content = Objects.requireNonNull(contents.get(q.versionId()));
                        Double mark = q.needsGrading() ? null : q.score() == null ? Double.valueOf(0) : q.score();
                        Set<Integer> key = Objects.requireNonNull(choiceKeys.get(q.versionId()));
                        return new MarkedQuestion(Objects.requireNonNull(slotOf.get(q.position())), q.position(), q.questionId(),
                                Objects.requireNonNull(keys.get(q.questionId())), content.type(), q.points(), mark, q.answered(),
                                key.isEmpty() ? null : new ChoiceMarks(content.options().size(), key, q.chosen()));
                    }).sorted(Comparator.comparingInt(MarkedQuestion::slot)).toList();
                    boolean awaiting = marked.stream().anyMatch(m -> m.mark() == null);
                    result.add(new MarkedAttempt(a.getId(), a.getQuizId(), new UserId(a.getStudentId()), a.getAttemptNumber(),
                            a.getSubmittedAt(), a.getScore(), a.getMaxScore(), awaiting, marked));
                });
        return result;
    }

    /** Refuses unless the caller may read every one of these classes' attempts. */
    private void requireClasses(Collection<Long> classIds) {
        if (!AttemptAccess.mayReadClasses(staffAccess.viewer(), classIds)) {
            throw new AccessDeniedException("not a class you teach");
        }
    }

    /** The first stable slot number of each quiz slot: slots in order, a "draw N" slot taking N numbers. */
    private Map<Long, Integer> slotStarts(long quizId) {
        Map<Long, Integer> start = new HashMap<>();
        int next = 1;
        for (QuizSlotEntity slot : slots.findByQuizIdOrderByPosition(quizId)) {
            start.put(slot.getId(), next);
            next += Math.max(1, slot.getDrawCount());
        }
        return start;
    }

    /** Where an attempt's question came from: its quiz slot (null if the slot was deleted) and its position. */
    record SlotPosition(@Nullable Long slotId, int position) {
    }

    /**
     * Position to stable slot number for one attempt: within a quiz slot, its questions in the order
     * shown. Falls back to the positions when the quiz's slots changed since the attempt began.
     */
    static Map<Integer, Integer> slotNumbers(List<SlotPosition> questions, Map<Long, Integer> slotStart) {
        Map<Integer, Integer> result = new HashMap<>();
        Map<Long, List<SlotPosition>> bySlot = questions.stream()
                .collect(Collectors.groupingBy(q -> q.slotId() == null ? -1L : q.slotId()));
        Set<Integer> used = new HashSet<>();
        boolean consistent = true;
        for (var entry : bySlot.entrySet()) {
            Integer start = slotStart.get(entry.getKey());
            if (start == null) {
                consistent = false;
                break;
            }
            List<SlotPosition> inSlot = entry.getValue().stream()
                    .sorted(Comparator.comparingInt(SlotPosition::position)).toList();
            for (int i = 0; i < inSlot.size(); i++) {
                int slot = start + i;
                consistent &= used.add(slot);
                result.put(inSlot.get(i).position(), slot);
            }
        }
        if (!consistent) {
            result.clear();
            questions.forEach(q -> result.put(q.position(), q.position()));
        }
        return result;
    }

    /** The options that count as right, in authored order; empty for other types or a question without a key. */
    static Set<Integer> choiceKey(QuestionContent content) {
        QuestionType type = content.type();
        if (!type.hasChoices()) {
            return Set.of();
        }
        List<Option> options = content.options();
        return IntStream.range(0, options.size())
                .filter(i -> type == QuestionType.MULTIPLE_RESPONSE ? options.get(i).weight() > 0 : options.get(i).weight() >= 1 - 1e-9)
                .boxed().collect(Collectors.toUnmodifiableSet());
    }



}

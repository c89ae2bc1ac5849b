package org.sourcewise.quizzes;

import jakarta.annotation.PreDestroy;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sourcewise.questions.QuestionBankService;
import org.sourcewise.questions.QuestionContent;
import org.sourcewise.quizzes.internal.AttemptEntity;
import org.sourcewise.quizzes.internal.AttemptMarksEntity;
import org.sourcewise.quizzes.internal.AttemptMarksRepository;
import org.sourcewise.quizzes.internal.AttemptQuestionRepository;
import org.sourcewise.quizzes.internal.AttemptRepository;
import org.sourcewise.quizzes.internal.MarkRow;
import org.sourcewise.quizzes.internal.StoredMarksRow;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps a copy of each submitted attempt's marks in one row ({@link StoredMark#encode}), so that the
 * statistics of 5,000 attempts read 5,000 rows rather than 100,000 questions and 100,000 answers.
 *
 * <p>The copy is written when the attempt is submitted. Every later change to the marks (a teacher's
 * grade or override) raises the attempt's marks revision, which makes the copy stale: readers then take
 * the long way for that attempt, and the copy is rewritten in the background. So a copy can be late,
 * never wrong, and nothing that changes marks has to remember to update it.
 */
@Component
class AttemptMarksStore {

    private static final Logger log = LoggerFactory.getLogger(AttemptMarksStore.class);
    /** More stale attempts than this are read by quiz: H2 checks a long list of bound ids row by row. */
    private static final int BY_ID_LIMIT = 500;
    /** Copies written per transaction. */
    private static final int CHUNK = 200;

    private final AttemptMarksRepository copies;
    private final AttemptQuestionRepository attemptQuestions;
    private final AttemptRepository attempts;
    private final QuestionBankService bank;
    private final TransactionTemplate writing;
    private final Set<Long> queued = ConcurrentHashMap.newKeySet();
    // one thread: refreshing is rare, and it should not compete with students for the cores
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "attempt-marks");
        thread.setDaemon(true);
        return thread;
    });

    AttemptMarksStore(AttemptMarksRepository copies, AttemptQuestionRepository attemptQuestions, AttemptRepository attempts,
                      QuestionBankService bank, PlatformTransactionManager transactions) {
        this.copies = copies;
        this.attemptQuestions = attemptQuestions;
        this.attempts = attempts;
        this.bank = bank;
        this.writing = new TransactionTemplate(transactions);
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }

    /** Stores the marks of an attempt just submitted, in the caller's transaction. */
    void write(AttemptEntity attempt, List<MarkRow> rows, Map<Long, QuestionContent> contents) {
        copies.save(new AttemptMarksEntity(attempt.getId(), attempt.getMarksRevision(), StoredMark.encode(marks(rows, contents))));
    }

    /**
     * The marks of these submitted attempts at a quiz, by attempt id: from their copies, and the long way
     * for any without a valid copy, which are then written in the background.
     */
    Map<Long, List<StoredMark>> read(long quizId, List<AttemptEntity> submitted) {
        Map<Long, Integer> revisions = new HashMap<>();
        submitted.forEach(a -> revisions.put(a.getId(), a.getMarksRevision()));
        Map<Long, List<StoredMark>> result = new HashMap<>();
        Set<Long> staleCopies = new HashSet<>();
        for (StoredMarksRow copy : copies.findByQuizAndState(quizId, AttemptState.SUBMITTED)) {
            Integer revision = revisions.get(copy.attemptId());
            if (revision != null && revision == copy.revision()) {
                result.put(copy.attemptId(), StoredMark.decode(copy.marks()));
            } else {
                staleCopies.add(copy.attemptId());
            }
        }
        Set<Long> stale = revisions.keySet().stream().filter(id -> !result.containsKey(id)).collect(Collectors.toSet());
        if (!stale.isEmpty()) {
            // the attempts were read before their rows: a grade committed in between leaves these copies stale, not wrong
            Map<Long, List<StoredMark>> computed = computed(quizId, stale);
            result.putAll(computed);
            storeLater(stale.stream().map(id -> new Copy(id, Objects.requireNonNull(revisions.get(id)), computed.getOrDefault(id, List.of()),
                            staleCopies.contains(id)))
                    .toList());
        }
        return result;
    }

    /** Rewrites the copies of these attempts now, reading their marks the long way. */
    void refresh(Collection<Long> attemptIds) {
        Map<Long, Integer> revisions = new HashMap<>();
        attempts.findAllById(attemptIds).stream().filter(a -> a.getState() == AttemptState.SUBMITTED)
                .forEach(a -> revisions.put(a.getId(), a.getMarksRevision()));
        Map<Long, List<StoredMark>> computed = computed(null, revisions.keySet());
        store(revisions.entrySet().stream().map(e -> new Copy(e.getKey(), e.getValue(), computed.getOrDefault(e.getKey(), List.of()),
                copies.existsById(e.getKey()))).toList());
    }

    /** A copy to write; {@code exists} when an older one is there to replace. */
    private record Copy(long attemptId, int revision, List<StoredMark> marks, boolean exists) {
    }

    private void storeLater(List<Copy> toStore) {
        List<Copy> fresh = toStore.stream().filter(c -> queued.add(c.attemptId())).toList();
        if (fresh.isEmpty()) {
            return;
        }
        background.execute(() -> {
            try {
                store(fresh);
            } finally {
                fresh.forEach(c -> queued.remove(c.attemptId()));
            }
        });
    }

    /** Writes copies in chunks, each in its own transaction, by primary key only. */
    private void store(List<Copy> toStore) {
        for (int from = 0; from < toStore.size(); from += CHUNK) {
            List<Copy> chunk = toStore.subList(from, Math.min(toStore.size(), from + CHUNK));
            try {
                writing.executeWithoutResult(status -> chunk.forEach(c -> {
                    String line = StoredMark.encode(c.marks());
                    if (c.exists()) {
                        copies.replace(c.attemptId(), c.revision(), line);
                    } else {
                        copies.save(new AttemptMarksEntity(c.attemptId(), c.revision(), line));
                    }
                }));
            } catch (RuntimeException e) {
                // a submit or another reader wrote one of these first; the next reader tries again
                log.debug("could not store the marks of {} attempts: {}", chunk.size(), e.toString());
            }
        }
    }

    /** Marks the long way: each question with its answer, read by quiz when there are many attempts. */
    private Map<Long, List<StoredMark>> computed(@Nullable Long quizId, Set<Long> attemptIds) {
        List<MarkRow> rows = quizId != null && attemptIds.size() > BY_ID_LIMIT
                ? attemptQuestions.findMarksByQuizAndState(quizId, AttemptState.SUBMITTED).stream()
                .filter(row -> attemptIds.contains(row.attemptId())).toList()
                : attemptQuestions.findMarksByAttemptIds(attemptIds);
        Set<Long> versionIds = new HashSet<>();
        rows.forEach(row -> versionIds.add(row.questionVersionId()));
        Map<Long, QuestionContent> contents = bank.versions(versionIds);
        Map<Long, List<MarkRow>> byAttempt = rows.stream().collect(Collectors.groupingBy(MarkRow::attemptId));
        Map<Long, List<StoredMark>> result = new HashMap<>();
        byAttempt.forEach((id, list) -> result.put(id, marks(list, contents)));
        return result;
    }

    private static List<StoredMark> marks(List<MarkRow> rows, Map<Long, QuestionContent> contents) {
        return rows.stream().map(row -> StoredMark.of(row, Objects.requireNonNull(contents.get(row.questionVersionId()))))
                .sorted(java.util.Comparator.comparingInt(StoredMark::position)).toList();
    }
}

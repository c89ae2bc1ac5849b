package org.sourcewise.quizzes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sourcewise.browser.Worded;
import org.sourcewise.questions.BankEntry;

/**
 * Picks the questions of one attempt from a quiz's slots: fixed questions as they are, draws at
 * random from the published questions that match, never the same question twice in one attempt and
 * never a lesson's check-yourself question. Plain Java, so it is tested without Spring.
 */
public final class QuizAssembler {

    /** Where a draw slot takes its questions from; exactly one field is set. */
    public record DrawFilter(@Nullable Set<Long> claimIds, @Nullable String tag, @Nullable String category) {

        public static DrawFilter claims(Set<Long> claimIds) {
            return new DrawFilter(Set.copyOf(claimIds), null, null);
        }

        public static DrawFilter tag(String tag) {
            return new DrawFilter(null, tag, null);
        }

        public static DrawFilter category(@Nullable String category) {
            return new DrawFilter(null, null, category);
        }

        boolean matches(BankEntry entry) {
            if (claimIds != null) {
                return entry.claimIds().stream().anyMatch(claimIds::contains);
            }
            if (tag != null) {
                return entry.tags().contains(tag);
            }
            return category != null && category.equals(entry.category());
        }
    }

    /** A slot: a fixed question (filter null) or a draw of {@code count} questions. */
    public record Slot(int position, @Nullable Long questionId, int count, @Nullable DrawFilter filter, double points) {

        public static Slot fixed(int position, long questionId, double points) {
            return new Slot(position, questionId, 1, null, points);
        }

        public static Slot draw(int position, int count, DrawFilter filter, double points) {
            return new Slot(position, null, count, filter, points);
        }
    }

    /** One question of an attempt, in slot order. */
    public record Drawn(int slotPosition, long questionId, double points) {
    }

    /**
     * The bank cannot fill a slot; in words ({@link Worded}) that name the slot, how many it draws and
     * how many questions were left for it, and {@link #getMessage()} in English.
     */
    public static final class NotEnoughQuestionsException extends RuntimeException implements Worded {
        private final int slotPosition;
        private final int count;
        private final int available;

        public NotEnoughQuestionsException(int slotPosition, int count, int available) {
            super(Worded.english("quizzes.assembly.not-enough", slotPosition, count, available));
            this.slotPosition = slotPosition;
            this.count = count;
            this.available = available;
        }

        /** The slot that could not be filled (0 when unknown). */
        public int slotPosition() {
            return slotPosition;
        }

        /** How many questions were left for it. */
        public int available() {
            return available;
        }

        @Override
        public String wordsKey() {
            return "quizzes.assembly.not-enough";
        }

        @Override
        public Object[] wordsParams() {
            return new Object[] {slotPosition, count, available};
        }
    }

    private QuizAssembler() {
    }

    /** How many random draws are tried before a quiz counts as impossible to fill. */
    static final int TRIES = 50;

    /**
     * Draws greedily, the narrowest draw first; when two draws overlap, an unlucky first draw can take
     * the questions a later one needed although another choice would have filled both (a tag and a
     * category that share questions), so an attempt that fails is drawn again, up to {@link #TRIES}
     * times, before the quiz counts as impossible to fill.
     *
     * @param candidates published questions of the course
     * @param excluded   ids of questions never drawn (check-yourself questions)
     */
    public static List<Drawn> assemble(List<Slot> slots, Collection<BankEntry> candidates, Set<Long> excluded, Random random) {
        NotEnoughQuestionsException last = null;
        for (int i = 0; i < TRIES; i++) {
            try {
                return assembleOnce(slots, candidates, excluded, random);
            } catch (NotEnoughQuestionsException e) {
                last = e;
            }
        }
        throw last;
    }

    private static List<Drawn> assembleOnce(List<Slot> slots, Collection<BankEntry> candidates, Set<Long> excluded, Random random) {
        Set<Long> used = new HashSet<>();
        for (Slot slot : slots) {
            if (slot.filter() == null) {
                used.add(slot.questionId());
            }
        }
        List<Drawn> drawn = new ArrayList<>();
        List<Slot> draws = slots.stream().filter(s -> s.filter() != null)
                .sorted(Comparator.comparingLong(s -> pool(s, candidates, excluded, Set.of()).size()))
                .toList();
        for (Slot slot : draws) {
            List<BankEntry> pool = pool(slot, candidates, excluded, used);
            if (pool.size() < slot.count()) {
                throw new NotEnoughQuestionsException(slot.position(), slot.count(), pool.size());
            }
            pool.sort(Comparator.comparingLong(BankEntry::questionId));
            java.util.Collections.shuffle(pool, random);
            for (BankEntry entry : pool.subList(0, slot.count())) {
                used.add(entry.questionId());
                drawn.add(new Drawn(slot.position(), entry.questionId(), slot.points()));
            }
        }
        for (Slot slot : slots) {
            if (slot.filter() == null) {
                // a slot without a filter is a fixed one, which names its question
                drawn.add(new Drawn(slot.position(), Objects.requireNonNull(slot.questionId()), slot.points()));
            }
        }
        // stable sort keeps the random order within a draw slot
        drawn.sort(Comparator.comparingInt(Drawn::slotPosition));
        return drawn;
    }

    private static List<BankEntry> pool(Slot slot, Collection<BankEntry> candidates, Set<Long> excluded, Set<Long> used) {
        DrawFilter filter = Objects.requireNonNull(slot.filter(), "only draw slots have a pool");
        return new ArrayList<>(candidates.stream()
                .filter(e -> !excluded.contains(e.questionId()) && !used.contains(e.questionId()))
                .filter(filter::matches)
                .toList());
    }
}

package org.sourcewise.quizzes;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sourcewise.quizzes.scoring.GradingMethod;

/**
 * A quiz as the builder edits it: settings and slots in order. {@code id} is null for a new quiz;
 * {@code lockVersion} is the version the builder loaded, so a save over someone else's change is refused.
 *
 * @param timeLimitMinutes null for an untimed quiz
 * @param attemptsAllowed  0 for unlimited
 * @param passMark         a percentage from 0 to 100
 */
public record QuizDraft(@Nullable Long id, long courseId, long lockVersion, String title, @Nullable String description,
                        @Nullable Integer timeLimitMinutes, int attemptsAllowed, GradingMethod gradingMethod, @Nullable Instant openAt,
                        @Nullable Instant closeAt,
                        boolean shuffleQuestions, boolean shuffleOptions, ReviewPolicy reviewPolicy, double passMark,
                        List<SlotDraft> slots) {

    public QuizDraft {
        slots = slots == null ? List.of() : List.copyOf(slots);
    }

    /** A new, empty quiz with the defaults a teacher most often wants. */
    public static QuizDraft empty(long courseId) {
        return new QuizDraft(null, courseId, 0, "", "", null, 1, GradingMethod.HIGHEST, null, null, false, false,
                ReviewPolicy.AFTER_SUBMIT, 50, List.of());
    }

    /** How many questions every attempt gets. */
    public int questionCount() {
        return slots.stream().mapToInt(SlotDraft::questionCount).sum();
    }

    /** The most an attempt can score: each question of a draw is worth the slot's points. */
    public double totalPoints() {
        return slots.stream().mapToDouble(s -> s.questionCount() * s.points()).sum();
    }

    /** Where a draw takes its questions from. */
    public enum DrawSource { LESSON, CLAIM, TAG, CATEGORY }

    /**
     * One slot: a fixed question ({@code questionId} set), or a draw of {@code drawCount} questions from
     * a lesson, a claim, a tag or a category ({@code source} and its {@code sourceId} or {@code sourceText}).
     * {@code points} is what each of the slot's questions is worth. {@code id} is the stored slot's id.
     */
    public record SlotDraft(@Nullable Long id, @Nullable Long questionId, int drawCount, @Nullable DrawSource source,
                            @Nullable Long sourceId, @Nullable String sourceText, double points) {

        public static SlotDraft fixed(long questionId, double points) {
            return new SlotDraft(null, questionId, 1, null, null, null, points);
        }

        public static SlotDraft draw(int count, DrawSource source, @Nullable Long sourceId, @Nullable String sourceText, double points) {
            return new SlotDraft(null, null, count, source, sourceId, sourceText, points);
        }

        public boolean isFixed() {
            return questionId != null;
        }

        public int questionCount() {
            return isFixed() ? 1 : Math.max(0, drawCount);
        }

        public SlotDraft withPoints(double newPoints) {
            return new SlotDraft(id, questionId, drawCount, source, sourceId, sourceText, newPoints);
        }

        public SlotDraft withDraw(int count, @Nullable DrawSource newSource, @Nullable Long newSourceId,
                                  @Nullable String newSourceText) {
            return new SlotDraft(id, null, count, newSource, newSourceId, newSourceText, points);
        }
    }
}

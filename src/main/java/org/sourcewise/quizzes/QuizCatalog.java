package org.sourcewise.quizzes;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sourcewise.questions.QuestionType;
import org.sourcewise.quizzes.QuizDraft.SlotDraft;

/**
 * What a quiz of one course can be built from: its published questions (stems, no keys), lessons,
 * claims, tags and categories. Plain data, so the builder can count a draw's pool as the teacher types.
 */
public record QuizCatalog(long courseId, String courseSlug, String courseTitle, List<Question> questions, List<Lesson> lessons,
                          List<Claim> claims, List<String> tags, List<String> categories) {

    /**
     * A published question; {@code drawable} is false for a lesson's check-yourself question, which
     * draws never pick (it may still be a fixed question).
     */
    public record Question(long id, String key, QuestionType type, String stem, @Nullable String category, Set<String> tags,
                           Set<Long> claimIds, boolean drawable) {
    }

    public record Lesson(long id, int ordinal, String title, Set<Long> claimIds) {
    }

    public record Claim(long id, String key, int ordinal, String statement) {
    }

    public Optional<Question> question(long id) {
        return questions.stream().filter(q -> q.id() == id).findFirst();
    }

    public Optional<Lesson> lesson(long id) {
        return lessons.stream().filter(l -> l.id() == id).findFirst();
    }

    public Optional<Claim> claim(long id) {
        return claims.stream().filter(c -> c.id() == id).findFirst();
    }

    /** The lesson ids with their claim ids, as {@code SlotRules} wants them. */
    Map<Long, Set<Long>> claimsByLesson() {
        return lessons.stream().collect(java.util.stream.Collectors.toMap(Lesson::id, Lesson::claimIds));
    }

    /** How many published questions a draw can pick from, before other slots take theirs. */
    public int poolSize(SlotDraft slot) {
        if (slot.isFixed() || slot.source() == null) {
            return 0;
        }
        return (int) questions.stream().filter(Question::drawable).filter(q -> matches(slot, q)).count();
    }

    private boolean matches(SlotDraft slot, Question q) {
        return switch (Objects.requireNonNull(slot.source())) { // poolSize asks only with a source
            case LESSON -> slot.sourceId() != null && lesson(slot.sourceId())
                    .map(l -> q.claimIds().stream().anyMatch(l.claimIds()::contains)).orElse(false);
            case CLAIM -> slot.sourceId() != null && q.claimIds().contains(slot.sourceId());
            case TAG -> slot.sourceText() != null && q.tags().contains(slot.sourceText().strip());
            case CATEGORY -> slot.sourceText() != null && slot.sourceText().strip().equals(q.category());
        };
    }
}

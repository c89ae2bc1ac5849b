package org.sourcewise.learning.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.sourcewise.accounts.UserId;
import org.sourcewise.learning.fsrs.Fsrs;
import org.sourcewise.learning.fsrs.Mastery;
import org.sourcewise.learning.fsrs.Rating;
import org.springframework.stereotype.Component;

/**
 * The review states of students' claims: bringing claims into practice and recording reviews. Callers
 * hold the transaction and have checked who may touch which state.
 */
@Component
public class ReviewStates {

    private final ReviewStateRepository states;
    private final Fsrs fsrs;

    ReviewStates(ReviewStateRepository states, Fsrs fsrs) {
        this.states = states;
        this.fsrs = fsrs;
    }

    /** The student's states for these claims, by claim id; claims not in practice are absent. */
    public Map<Long, ReviewStateEntity> of(UserId student, Collection<Long> claimIds) {
        if (claimIds.isEmpty()) {
            return Map.of();
        }
        return states.findByUserIdAndClaimIdIn(student.value(), claimIds).stream()
                .collect(Collectors.toMap(ReviewStateEntity::getClaimId, Function.identity()));
    }

    /** The states of several students for these claims (one query); claims not in practice are absent. */
    public List<ReviewStateEntity> ofStudents(Collection<UserId> students, Collection<Long> claimIds) {
        if (students.isEmpty() || claimIds.isEmpty()) {
            return List.of();
        }
        return states.findByUserIdInAndClaimIdIn(students.stream().map(UserId::value).collect(Collectors.toSet()), Set.copyOf(claimIds));
    }

    public List<ReviewStateEntity> all(UserId student) {
        return states.findByUserId(student.value());
    }

    /**
     * Brings the claims into practice: each claim without a state gets one, never reviewed and due at
     * {@code now}; claims already in practice keep theirs. Returns how many came in.
     */
    public int bringIntoPractice(UserId student, Collection<Long> claimIds, Instant now) {
        Set<Long> have = new HashSet<>(of(student, claimIds).keySet());
        int added = 0;
        for (Long claimId : new java.util.LinkedHashSet<>(claimIds)) {
            if (have.add(claimId)) {
                states.save(ReviewStateEntity.newCard(student.value(), claimId, now));
                added++;
            }
        }
        return added;
    }

    /** Records a review rated {@code rating} at {@code now}, bringing the claim into practice first if needed. */
    public ReviewStateEntity review(UserId student, long claimId, Rating rating, Instant now) {
        ReviewStateEntity state = states.findByUserIdAndClaimId(student.value(), claimId)
                .orElseGet(() -> ReviewStateEntity.newCard(student.value(), claimId, now));
        state.apply(fsrs.review(state.cardState(), rating, now));
        return states.save(state);
    }

    /** How well the student knows a claim at {@code now}; NOT_SEEN for a claim not in practice (null). */
    public Mastery mastery(@Nullable ReviewStateEntity state, Instant now) {
        return state == null ? Mastery.NOT_SEEN : fsrs.mastery(state.cardState(), now);
    }
}

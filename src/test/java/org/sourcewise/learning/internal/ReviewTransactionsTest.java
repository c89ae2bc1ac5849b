package org.sourcewise.learning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sourcewise.IntegrationTest;
import org.sourcewise.TestUsers;
import org.sourcewise.accounts.AccountPrincipal;
import org.sourcewise.accounts.SystemTask;
import org.sourcewise.accounts.UserId;
import org.sourcewise.content.CourseService;
import org.sourcewise.learning.fsrs.Rating;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two writers of one student's review state at once: the one that commits second lost the race, and its
 * work is done again on top of the first's, so both reviews count. The other writer runs on a thread of
 * its own, so in a transaction of its own, at the moment the test chooses.
 */
@IntegrationTest
class ReviewTransactionsTest {

    @Autowired
    ReviewTransactions transactions;
    @Autowired
    ReviewStates reviews;
    @Autowired
    ReviewStateRepository states;
    @Autowired
    CourseService courses;
    @Autowired
    TestUsers users;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    Clock clock;

    UserId student;
    long claim;

    @BeforeEach
    void setUp() {
        student = ((AccountPrincipal) userDetails.loadUserByUsername(users.newDemoStudent())).id();
        long courseId = SystemTask.call(() -> courses.findCourse("russia-north-korea-2017").orElseThrow().id());
        claim = SystemTask.call(() -> courses.claims(courseId)).getFirst().id();
    }

    /** Another writer that commits now, while the test's transaction is open. */
    private void anotherWriterReviews(Rating rating, Instant at) {
        CompletableFuture.runAsync(() -> transactions.run("the other writer", () -> reviews.review(student, claim, rating, at)))
                .join();
    }

    private ReviewStateEntity state() {
        return states.findByUserIdAndClaimId(student.value(), claim).orElseThrow();
    }

    @Test
    void a_review_of_a_state_that_changed_since_it_was_read_is_done_again_on_top_of_the_change() {
        Instant at = clock.instant();
        reviews.bringIntoPractice(student, java.util.List.of(claim), at);
        AtomicInteger tries = new AtomicInteger();

        transactions.run("test", () -> {
            // reads the row, as a listener does before it reviews
            states.findByUserIdAndClaimId(student.value(), claim).orElseThrow();
            if (tries.incrementAndGet() == 1) {
                anotherWriterReviews(Rating.GOOD, at);
            }
            reviews.review(student, claim, Rating.AGAIN, at.plus(Duration.ofMinutes(10)));
        });

        assertThat(tries).hasValue(2);
        // the other writer's Good, then this Again: neither overwrote the other
        assertThat(state().getReps()).isEqualTo(2);
        assertThat(state().getLastReviewAt()).isAfter(at);
    }

    @Test
    void a_first_review_of_a_claim_that_another_writer_created_meanwhile_is_done_again_on_top_of_it() {
        Instant at = clock.instant();
        AtomicInteger tries = new AtomicInteger();

        transactions.run("test", () -> {
            if (tries.incrementAndGet() == 1) {
                // found no row: inserts one, while another writer inserts and commits the same key
                anotherWriterReviews(Rating.GOOD, at);
                states.save(ReviewStateEntity.newCard(student.value(), claim, at));
            }
            reviews.review(student, claim, Rating.AGAIN, at.plus(Duration.ofMinutes(10)));
        });

        assertThat(tries).hasValue(2);
        assertThat(state().getReps()).isEqualTo(2);
    }

    @Test
    void other_failures_are_left_to_the_caller_after_one_try() {
        AtomicInteger tries = new AtomicInteger();

        assertThatThrownBy(() -> transactions.run("test", () -> {
            tries.incrementAndGet();
            reviews.review(student, claim, Rating.GOOD, clock.instant());
            throw new CannotAcquireLockException("the database is away");
        })).isInstanceOf(CannotAcquireLockException.class);

        assertThat(tries).hasValue(1);
        assertThat(states.findByUserIdAndClaimId(student.value(), claim)).isEmpty();
    }

    @Test
    void a_race_lost_every_time_gives_up_after_a_few_tries_with_the_last_failure() {
        AtomicInteger tries = new AtomicInteger();

        assertThatThrownBy(() -> transactions.run("test", () -> {
            tries.incrementAndGet();
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(ReviewStateEntity.class, 1L);
        })).isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);

        assertThat(tries).hasValue(ReviewTransactions.TRIES);
    }
}

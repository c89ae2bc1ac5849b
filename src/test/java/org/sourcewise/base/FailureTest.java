package org.sourcewise.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;

class FailureTest {

    @Test
    void a_write_the_database_refuses_says_nothing_was_saved_and_gives_a_reference() {
        Failure failure = Failure.of(new DataIntegrityViolationException("could not execute statement",
                new SQLException("Check constraint invalid: \"CK_ATTEMPT_STATE: \"")));

        assertThat(failure.kind()).isEqualTo(Failure.Kind.STORAGE_REFUSED);
        assertThat(failure.kind().status()).isEqualTo(500);
        assertThat(failure.reference()).matches("[0-9a-f]{8}");
        assertThat(failure.forPage()).startsWith("Saving failed").contains("nothing was saved", "still on the page", failure.reference());
        assertThat(failure.forApi()).contains("nothing was saved", failure.reference()).doesNotContain("on the page");
        assertThat(failure.forPage()).doesNotContain("CK_ATTEMPT_STATE", "SQL");
    }

    @Test
    void a_database_that_does_not_answer_is_a_503_to_try_again() {
        assertThat(Failure.of(new CannotCreateTransactionException("no connection")).kind()).isEqualTo(Failure.Kind.STORAGE_UNAVAILABLE);
        assertThat(Failure.of(new CannotAcquireLockException("lock timeout")).kind().status()).isEqualTo(503);
    }

    @Test
    void the_cause_that_says_most_decides_even_when_wrapped() {
        RuntimeException wrapped = new IllegalStateException("listener failed", new AccessDeniedException("not yours"));
        Failure failure = Failure.of(wrapped);

        assertThat(failure.kind()).isEqualTo(Failure.Kind.FORBIDDEN);
        assertThat(failure.reference()).as("refusals are not faults: nothing to look up in the log").isNull();
        assertThat(failure.forPage()).contains("not allowed");
    }

    @Test
    void a_missing_record_and_a_concurrent_change_ask_for_a_reload() {
        assertThat(Failure.of(new NoSuchElementException("no course 7")).kind().status()).isEqualTo(404);
        Failure conflict = Failure.of(new ObjectOptimisticLockingFailureException("Quiz", 3L));
        assertThat(conflict.kind().status()).isEqualTo(409);
        assertThat(conflict.forPage()).contains("Reload");
    }

    @Test
    void anything_else_is_our_fault_logged_under_a_reference() {
        Failure failure = Failure.of(new NullPointerException());

        assertThat(failure.kind()).isEqualTo(Failure.Kind.UNEXPECTED);
        assertThat(failure.kind().logged()).isTrue();
        assertThat(failure.forPage()).contains("was not done", failure.reference());
    }
}

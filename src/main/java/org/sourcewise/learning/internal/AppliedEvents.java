package org.sourcewise.learning.internal;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Remembers, in the listener's own transaction, which events learning has applied. The registry may
 * hand an event over again (a crash after the listener committed but before the event was marked
 * complete); a review applied twice would count twice in the claim's schedule.
 */
@Component
class AppliedEvents {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AppliedEvents(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records the event as applied and says whether it is the first time. Call it in the transaction
     * that applies the event: if that rolls back, so does the record. Two threads with the same event
     * at once: the second insert waits for the first and then fails on the key, so its transaction is
     * done again ({@link ReviewTransactions}), and then finds the event applied.
     */
    boolean firstTime(String key) {
        Integer seen = jdbc.queryForObject("select count(*) from applied_event where event_key = ?", Integer.class, key);
        if (seen != null && seen > 0) {
            return false;
        }
        jdbc.update("insert into applied_event (event_key, applied_at) values (?, ?)", key, Timestamp.from(clock.instant()));
        return true;
    }
}

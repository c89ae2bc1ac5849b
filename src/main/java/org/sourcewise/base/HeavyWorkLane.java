package org.sourcewise.base;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A lane for the expensive one-off work of many users at once (a page opened, an attempt started):
 * at most {@code sourcewise.heavy-lane.permits} such pieces run at a time, fairly queued, so that on
 * exam morning the cheap work of students already answering is not shared out among dozens of page
 * openings (docs/performance.md). Re-entrant on one thread, so work in the lane that calls more lane
 * work cannot deadlock; and a wait never fails: past {@link #MAX_WAIT} the work runs anyway.
 */
@Component
public class HeavyWorkLane {

    static final Duration MAX_WAIT = Duration.ofSeconds(30);

    private final Semaphore permits;
    private final Duration maxWait;
    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

    @Autowired
    HeavyWorkLane(@Value("${sourcewise.heavy-lane.permits:1}") int permits) {
        this(permits, MAX_WAIT);
    }

    HeavyWorkLane(int permits, Duration maxWait) {
        this.permits = new Semaphore(Math.max(1, permits), true);
        this.maxWait = maxWait;
    }

    public <T> T call(Supplier<T> work) {
        return call(work, maxWait);
    }

    /**
     * Work that already holds another lock, such as a Vaadin session's during a click, waits at most
     * {@code wait}: a page opening of the same session may hold the lane and wait for that lock, and
     * the shorter wait bounds how long that rare crossing stalls the lane.
     */
    public <T> T call(Supplier<T> work, Duration wait) {
        int[] mine = depth.get();
        boolean acquired = false;
        if (mine[0] == 0) {
            try {
                acquired = permits.tryAcquire(Math.min(wait.toMillis(), maxWait.toMillis()), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        mine[0]++;
        try {
            return work.get();
        } finally {
            mine[0]--;
            if (acquired) {
                permits.release();
            }
        }
    }

    public void run(Runnable work) {
        run(work, maxWait);
    }

    /** {@link #call(Supplier, Duration)} for work without a result. */
    public void run(Runnable work, Duration wait) {
        call(() -> {
            work.run();
            return null;
        }, wait);
    }

    /** Permits free now; for tests and diagnostics. */
    int available() {
        return permits.availablePermits();
    }
}

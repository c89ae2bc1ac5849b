package org.sourcewise.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class HeavyWorkLaneTest {

    // own threads: the common pool has a single thread on a two-core machine, which the first task holds
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    @Test
    void a_second_piece_of_heavy_work_waits_until_the_first_leaves_the_lane() throws Exception {
        HeavyWorkLane lane = new HeavyWorkLane(1, Duration.ofMinutes(1));
        AtomicBoolean secondRan = new AtomicBoolean();
        Holder first = hold(lane);
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> lane.run(() -> secondRan.set(true)), threads);
        // a lane that let it through would run it at once: it must stay waiting
        org.awaitility.Awaitility.await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(2))
                .until(() -> !second.isDone() && !secondRan.get());
        first.release();
        second.get(10, TimeUnit.SECONDS);
        assertThat(secondRan).isTrue();
        assertThat(lane.available()).isEqualTo(1);
    }

    @Test
    void work_in_the_lane_may_call_more_lane_work_on_the_same_thread() {
        HeavyWorkLane lane = new HeavyWorkLane(1, Duration.ofMinutes(1));

        String result = lane.call(() -> lane.call(() -> "nested"));

        assertThat(result).isEqualTo("nested");
        assertThat(lane.available()).isEqualTo(1);
    }

    @Test
    void a_wait_longer_than_the_limit_runs_the_work_anyway_and_keeps_the_permit_count() throws Exception {
        HeavyWorkLane lane = new HeavyWorkLane(1, Duration.ofMillis(50));
        Holder holder = hold(lane);

        assertThat(lane.call(() -> "ran")).isEqualTo("ran");

        holder.release();
        assertThat(lane.available()).isEqualTo(1);
    }

    @Test
    void a_caller_holding_another_lock_waits_only_as_long_as_it_asks() throws Exception {
        HeavyWorkLane lane = new HeavyWorkLane(1, Duration.ofMinutes(10));
        Holder holder = hold(lane);

        CompletableFuture<String> shortWait = CompletableFuture.supplyAsync(() -> lane.call(() -> "ran", Duration.ofMillis(50)), threads);

        assertThat(shortWait.get(10, TimeUnit.SECONDS)).isEqualTo("ran");
        holder.release();
        assertThat(lane.available()).isEqualTo(1);
    }

    @Test
    void a_failure_inside_the_lane_releases_it() {
        HeavyWorkLane lane = new HeavyWorkLane(1, Duration.ofMinutes(1));

        try {
            lane.run(() -> {
                throw new IllegalStateException("boom");
            });
        } catch (IllegalStateException expected) {
            assertThat(expected).hasMessage("boom");
        }

        assertThat(lane.available()).isEqualTo(1);
    }

    /** Work inside the lane on its own thread until released. */
    private record Holder(CountDownLatch gate, CompletableFuture<Void> done) {
        void release() throws Exception {
            gate.countDown();
            done.get(10, TimeUnit.SECONDS);
        }
    }

    private Holder hold(HeavyWorkLane lane) throws InterruptedException {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> done = CompletableFuture.runAsync(() -> lane.run(() -> {
            inside.countDown();
            await(release);
        }), threads);
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();
        return new Holder(release, done);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

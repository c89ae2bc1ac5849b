package org.sourcewise;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;

/**
 * Listeners of events between modules run on the calling thread, right after the commit, in the
 * integration tests that share one context: a test that submits an attempt then reads what learning
 * made of it sees it at once. Boot's own executor (two threads, as in production) backs off. The
 * asynchronous path, its retries and its restart are tested in contexts without this configuration
 * (EventRetryIT, EventsAcrossRestartIT, run by Failsafe in a JVM of their own: a second
 * application context resets the global security context strategy that this shared context uses) and by the browser tests.
 */
@TestConfiguration
public class SynchronousEventsConfig {

    /** Named as Boot names its own, whose alias {@code taskExecutor} is what {@code @Async} looks for. */
    @Bean(name = {"applicationTaskExecutor", "taskExecutor"})
    TaskExecutor applicationTaskExecutor() {
        return new SyncTaskExecutor();
    }
}

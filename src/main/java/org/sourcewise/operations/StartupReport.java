package org.sourcewise.operations;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.event.EventListener;
import org.springframework.core.metrics.StartupStep;
import org.springframework.stereotype.Component;

/**
 * Where a start's time went: with {@code -Dsourcewise.startup-report=true} the app records Spring's
 * startup steps and logs the slowest once it is ready (docs/performance.md, "A fast restart"). Off by
 * default: recording costs a little memory and time of its own.
 */
@Component
public class StartupReport {

    /** The system property that turns the recording on. */
    public static final String PROPERTY = "sourcewise.startup-report";

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);
    private static final int SHOWN = 25;

    /** The recorder to give the application when the property asks for one, else Spring's silent default. */
    public static org.springframework.core.metrics.ApplicationStartup recorderIfAsked() {
        return Boolean.getBoolean(PROPERTY) ? new BufferingApplicationStartup(20_000)
                : org.springframework.core.metrics.ApplicationStartup.DEFAULT;
    }

    @EventListener
    void onReady(ApplicationReadyEvent ready) {
        if (ready.getApplicationContext().getApplicationStartup() instanceof BufferingApplicationStartup recorded) {
            log.info("Slowest startup steps (each includes the steps inside it):\n{}", slowest(recorded.getBufferedTimeline(), SHOWN));
        }
    }

    /** One recorded step: what it was, how long it took, and its tags ("beanName=..."). */
    record Step(String name, Duration took, String tags) {

        static Step of(StartupTimeline.TimelineEvent event) {
            StartupStep step = event.getStartupStep();
            String tags = StreamSupport.stream(step.getTags().spliterator(), false)
                    .map(t -> t.getKey() + "=" + t.getValue()).collect(Collectors.joining(" "));
            return new Step(step.getName(), event.getDuration(), tags);
        }
    }

    private static String slowest(StartupTimeline timeline, int count) {
        return slowest(timeline.getEvents().stream().map(Step::of).toList(), count);
    }

    /** The {@code count} slowest steps, slowest first, one per line: milliseconds, name, tags. */
    static String slowest(List<Step> steps, int count) {
        return steps.stream().sorted(Comparator.comparing(Step::took).reversed()).limit(count)
                .map(s -> String.format("%7d ms  %s %s", s.took().toMillis(), s.name(), s.tags()).stripTrailing())
                .collect(Collectors.joining("\n"));
    }
}

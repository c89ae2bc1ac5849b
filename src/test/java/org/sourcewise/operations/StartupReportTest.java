package org.sourcewise.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcewise.operations.StartupReport.Step;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;

class StartupReportTest {

    @Test
    void the_report_lists_the_slowest_steps_first_with_their_tags() {
        List<Step> steps = List.of(
                new Step("spring.beans.instantiate", Duration.ofMillis(120), "beanName=accountService"),
                new Step("spring.context.refresh", Duration.ofMillis(9_800), ""),
                new Step("spring.beans.instantiate", Duration.ofMillis(4_100), "beanName=entityManagerFactory"));

        String report = StartupReport.slowest(steps, 2);

        assertThat(report.lines()).containsExactly(
                "   9800 ms  spring.context.refresh",
                "   4100 ms  spring.beans.instantiate beanName=entityManagerFactory");
    }

    @Test
    void without_the_property_the_app_records_nothing() {
        assertThat(StartupReport.recorderIfAsked()).isNotInstanceOf(BufferingApplicationStartup.class);
    }
}

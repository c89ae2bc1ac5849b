package org.sourcewise.learning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WhenTest {

    private static final Instant NOW = Instant.parse("2025-01-06T09:00:00Z");

    private static String in(Duration d) {
        return When.relative(NOW.plus(d), NOW);
    }

    @Test
    void a_learning_step_reads_in_whole_minutes_rounded_up() {
        assertThat(in(Duration.ofSeconds(20))).isEqualTo("in 1 minute");
        assertThat(in(Duration.ofMinutes(1))).isEqualTo("in 1 minute");
        assertThat(in(Duration.ofMinutes(7).plusSeconds(30))).isEqualTo("in 8 minutes");
        assertThat(in(Duration.ofMinutes(10))).isEqualTo("in 10 minutes");
        assertThat(in(Duration.ofMinutes(59).plusSeconds(59))).isEqualTo("in 60 minutes");
    }

    @Test
    void later_dues_read_in_hours_days_months_and_years() {
        assertThat(in(Duration.ZERO)).isEqualTo("now");
        assertThat(in(Duration.ofMinutes(-5))).isEqualTo("now");
        assertThat(in(Duration.ofHours(1))).isEqualTo("in 1 hour");
        assertThat(in(Duration.ofHours(5))).isEqualTo("in 5 hours");
        assertThat(in(Duration.ofDays(1))).isEqualTo("tomorrow");
        assertThat(in(Duration.ofDays(11))).isEqualTo("in 11 days");
        assertThat(in(Duration.ofDays(120))).isEqualTo("in 4 months");
    }

    private static String inGerman(Duration d) {
        return When.relative(NOW.plus(d), NOW, Locale.GERMAN);
    }

    @Test
    void in_german_dues_read_with_german_plurals() {
        assertThat(inGerman(Duration.ZERO)).isEqualTo("jetzt");
        assertThat(inGerman(Duration.ofSeconds(20))).isEqualTo("in 1 Minute");
        assertThat(inGerman(Duration.ofMinutes(7).plusSeconds(30))).isEqualTo("in 8 Minuten");
        assertThat(inGerman(Duration.ofHours(1))).isEqualTo("in 1 Stunde");
        assertThat(inGerman(Duration.ofHours(5))).isEqualTo("in 5 Stunden");
        assertThat(inGerman(Duration.ofDays(1))).isEqualTo("morgen");
        assertThat(inGerman(Duration.ofDays(11))).isEqualTo("in 11 Tagen");
        assertThat(inGerman(Duration.ofDays(120))).isEqualTo("in 4 Monaten");
        assertThat(inGerman(Duration.ofDays(3 * 365))).isEqualTo("in 3 Jahren");
    }

    @Test
    void years_read_in_english_too() {
        assertThat(in(Duration.ofDays(3 * 365))).isEqualTo("in 3 years");
        assertThat(When.relative(NOW.plus(Duration.ofDays(11)), NOW, Locale.ENGLISH)).isEqualTo("in 11 days");
    }
}

package org.sourcewise.learning.ui;

import java.time.Duration;
import java.time.Instant;

/** Due dates in words, relative to now, so they read the same in every time zone. */
final class When {

    private When() {
    }

    static String relative(Instant at) {
        return relative(at, Instant.now());
    }

    static String relative(Instant at, Instant now) {
        Duration until = Duration.between(now, at);
        if (!until.isPositive()) {
            return "now";
        }
        long hours = until.toHours();
        if (hours < 1) {
            // a learning step: rounded up, so that "in 8 minutes" has not already passed when it is read
            long minutes = Math.max(1, (until.toSeconds() + 59) / 60);
            return "in " + minutes + (minutes == 1 ? " minute" : " minutes");
        }
        if (hours < 20) {
            return "in " + hours + (hours == 1 ? " hour" : " hours");
        }
        long days = Math.round(until.toMinutes() / (24 * 60.0));
        if (days <= 1) {
            return "tomorrow";
        }
        if (days < 60) {
            return "in " + days + " days";
        }
        long months = Math.round(days / 30.4);
        return months < 24 ? "in " + months + " months" : "in " + Math.round(days / 365.25) + " years";
    }
}

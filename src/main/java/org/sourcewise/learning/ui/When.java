package org.sourcewise.learning.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.sourcewise.browser.Bundles;
import org.sourcewise.browser.ui.Words;

/** Due dates in words, relative to now, so they read the same in every time zone. */
final class When {

    private When() {
    }

    /** {@code at} from now, in the current page's language. */
    static String relative(Instant at) {
        return relative(at, Instant.now());
    }

    /** {@code at} from {@code now}, in the current page's language. */
    static String relative(Instant at, Instant now) {
        return relative(at, now, Words.locale());
    }

    /** {@code at} from {@code now} in {@code language}: "in 8 minutes", "tomorrow", "in 3 Tagen". */
    static String relative(Instant at, Instant now, Locale language) {
        Bundles words = Bundles.loaded();
        Duration until = Duration.between(now, at);
        if (!until.isPositive()) {
            return words.say(language, "learning.when.now");
        }
        long hours = until.toHours();
        if (hours < 1) {
            // a learning step: rounded up, so that "in 8 minutes" has not already passed when it is read
            long minutes = Math.max(1, (until.toSeconds() + 59) / 60);
            return words.say(language, "learning.when.minutes", minutes);
        }
        if (hours < 20) {
            return words.say(language, "learning.when.hours", hours);
        }
        long days = Math.round(until.toMinutes() / (24 * 60.0));
        if (days <= 1) {
            return words.say(language, "learning.when.tomorrow");
        }
        if (days < 60) {
            return words.say(language, "learning.when.days", days);
        }
        long months = Math.round(days / 30.4);
        return months < 24 ? words.say(language, "learning.when.months", months)
                : words.say(language, "learning.when.years", Math.round(days / 365.25));
    }
}

package org.sourcewise.quizzes.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import org.sourcewise.browser.ui.Words;

/**
 * Shows the time left and counts down in the browser, starting from the server's figure; when it
 * reaches zero it tells the server, which checks its own clock before submitting anything.
 */
class CountdownTimer extends Span {

    private final Runnable onTimeUp;
    private final Span clock = new Span();
    /** Read out by screen readers at 5 and 1 minutes left: the clock itself ticks silently. */
    private final Span announcement = new Span();

    CountdownTimer(Duration left, Runnable onTimeUp) {
        this.onTimeUp = onTimeUp;
        addClassName("timer");
        clock.getElement().setAttribute("role", "timer");
        clock.getElement().setAttribute("aria-live", "off");
        announcement.addClassName("sr-only");
        announcement.getElement().setAttribute("aria-live", "polite");
        announcement.getElement().setAttribute("role", "status");
        add(clock, announcement);
        start(left);
    }

    /** Counts down from {@code left} again: after the server moved the deadline (time given back). */
    void start(Duration left) {
        clock.setText(format(left.toSeconds()));
        removeClassName("timer-low");
        // the browser writes the words it is given: the clock's, with the time put in, and the two announcements
        getElement().executeJs("""
                const el = this, clock = $1, say = $2, words = $3, fiveLeft = $4, oneLeft = $5; const end = Date.now() + $0;
                const fmt = s => { const m = Math.floor(s / 60), r = s % 60; return words.replace('@', m + ':' + String(r).padStart(2, '0')); };
                clearInterval(el._sw); let told = false;
                const spoken = new Set([300, 60].filter(t => t * 1000 < $0)); // only what is still ahead
                el._sw = setInterval(() => {
                  const s = Math.max(0, Math.round((end - Date.now()) / 1000));
                  clock.textContent = fmt(s);
                  el.classList.toggle('timer-low', s <= 60);
                  for (const t of [...spoken]) {
                    if (s <= t) { spoken.delete(t); say.textContent = t === 60 ? oneLeft : fiveLeft; }
                  }
                  if (s <= 0 && !told) { told = true; clearInterval(el._sw); el.$server.timeUp(); }
                }, 1000);""", left.toMillis(), clock.getElement(), announcement.getElement(),
                getTranslation("quizzes.timer.time-left", "@"), getTranslation("quizzes.timer.minutes-left", 5),
                getTranslation("quizzes.timer.minutes-left", 1));
    }

    /** "Time left 4:05". */
    static String format(long seconds) {
        return Words.of("quizzes.timer.time-left", seconds / 60 + ":" + String.format("%02d", seconds % 60));
    }

    @ClientCallable
    void timeUp() {
        onTimeUp.run();
    }
}

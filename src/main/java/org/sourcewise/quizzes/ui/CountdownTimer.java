package org.sourcewise.quizzes.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;

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
        getElement().executeJs("""
                const el = this, clock = $1, say = $2; const end = Date.now() + $0;
                const fmt = s => { const m = Math.floor(s / 60), r = s % 60; return 'Time left ' + m + ':' + String(r).padStart(2, '0'); };
                clearInterval(el._sw); let told = false;
                const spoken = new Set([300, 60].filter(t => t * 1000 < $0)); // only what is still ahead
                el._sw = setInterval(() => {
                  const s = Math.max(0, Math.round((end - Date.now()) / 1000));
                  clock.textContent = fmt(s);
                  el.classList.toggle('timer-low', s <= 60);
                  for (const t of [...spoken]) {
                    if (s <= t) { spoken.delete(t); say.textContent = (t / 60) + (t === 60 ? ' minute' : ' minutes') + ' left.'; }
                  }
                  if (s <= 0 && !told) { told = true; clearInterval(el._sw); el.$server.timeUp(); }
                }, 1000);""", left.toMillis(), clock.getElement(), announcement.getElement());
    }

    static String format(long seconds) {
        return "Time left " + seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }

    @ClientCallable
    void timeUp() {
        onTimeUp.run();
    }
}

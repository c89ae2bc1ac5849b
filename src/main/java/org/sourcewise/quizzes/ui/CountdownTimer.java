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

    CountdownTimer(Duration left, Runnable onTimeUp) {
        this.onTimeUp = onTimeUp;
        addClassName("timer");
        getElement().setAttribute("role", "timer");
        getElement().setAttribute("aria-live", "off");
        start(left);
    }

    /** Counts down from {@code left} again: after the server moved the deadline (time given back). */
    void start(Duration left) {
        setText(format(left.toSeconds()));
        removeClassName("timer-low");
        getElement().executeJs("""
                const el = this; const end = Date.now() + $0;
                const fmt = s => { const m = Math.floor(s / 60), r = s % 60; return 'Time left ' + m + ':' + String(r).padStart(2, '0'); };
                clearInterval(el._sw); let told = false;
                el._sw = setInterval(() => {
                  const s = Math.max(0, Math.round((end - Date.now()) / 1000));
                  el.textContent = fmt(s);
                  el.classList.toggle('timer-low', s <= 60);
                  if (s <= 0 && !told) { told = true; clearInterval(el._sw); el.$server.timeUp(); }
                }, 1000);""", left.toMillis());
    }

    static String format(long seconds) {
        return "Time left " + seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }

    @ClientCallable
    void timeUp() {
        onTimeUp.run();
    }
}

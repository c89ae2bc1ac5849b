package org.sourcewise.browser.ui;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.sourcewise.browser.Bundles;
import org.sourcewise.browser.Languages;
import org.sourcewise.browser.Worded;

/**
 * The app's words for code that is not a component (a formatter, a dialog's helper, a label chosen
 * by a switch): in the current page's language, or English without a page. Components call their
 * own {@code getTranslation(key, ...)}, which reads the same {@link Bundles}.
 */
public final class Words {

    private Words() {
    }

    /** {@code key}'s words in the current page's language. */
    public static String of(String key, Object... params) {
        return Bundles.loaded().say(locale(), key, params);
    }

    /**
     * What went wrong, in the current page's language: a {@link Worded} refusal's words, else the
     * exception's own message (still English for services that have no words for it yet).
     */
    public static String of(Throwable refusal) {
        if (refusal instanceof Worded worded) {
            return of(worded.wordsKey(), worded.wordsParams());
        }
        String message = refusal.getMessage();
        return message == null ? of("browser.failure.unexplained") : message;
    }

    /** The current page's language, or (British) English when there is no page (a test, a background job). */
    public static Locale locale() {
        UI ui = UI.getCurrent();
        // always one of the app's languages, so that dates are written the same way for every English page
        return ui == null ? Languages.SUPPORTED.getFirst() : Languages.of(ui.getLocale()).orElse(Languages.SUPPORTED.getFirst());
    }
}

package org.sourcewise.base.ui;

import org.sourcewise.base.Failure;
import org.sourcewise.browser.ui.Words;

/**
 * A {@link Failure} said on a page in the page's language. The REST API keeps {@link Failure}'s own
 * English sentences; a page says the same things from the words files.
 */
final class FailureWords {

    private FailureWords() {
    }

    /** The whole sentence for a page, which keeps what the person entered when a request fails. */
    static String forPage(Failure failure) {
        return words(failure, true);
    }

    /** The sentence for a page that could not be opened: nothing was entered there yet. */
    static String forOpening(Failure failure) {
        return words(failure, false);
    }

    private static String words(Failure failure, boolean entered) {
        String message = Words.of("base.failure." + failure.kind().name().toLowerCase().replace('_', '-'));
        String reference = failure.reference() == null ? "" : failure.reference();
        String kept = entered ? " " + Words.of("base.failure.kept") + " " : " ";
        return switch (failure.kind()) {
            case FORBIDDEN -> message;
            case NOT_FOUND -> message + " " + Words.of("base.failure.advice.reload");
            case CONFLICT -> message + kept + Words.of("base.failure.advice.reload");
            case STORAGE_UNAVAILABLE -> message + kept + Words.of("base.failure.advice.moment", reference);
            case STORAGE_REFUSED, UNEXPECTED -> message + kept + Words.of("base.failure.advice.tell", reference);
        };
    }
}

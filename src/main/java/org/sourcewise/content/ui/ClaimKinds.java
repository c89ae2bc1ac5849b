package org.sourcewise.content.ui;

import org.sourcewise.browser.ui.Words;
import org.sourcewise.content.ClaimKind;

/**
 * What the app calls each kind of claim, in the page's language: "Reported fact", "Berichtete
 * Tatsache". Every view that shows a claim's kind says it here ({@link ClaimKind#label()} is the English).
 */
public final class ClaimKinds {

    private ClaimKinds() {
    }

    /** The kind's name in the current page's language. */
    public static String label(ClaimKind kind) {
        return switch (kind) {
            case REPORTED_FACT -> Words.of("content.claim-kind.reported-fact");
            case FIGURE -> Words.of("content.claim-kind.figure");
            case ANALYSIS -> Words.of("content.claim-kind.analysis");
            case PREDICTION -> Words.of("content.claim-kind.prediction");
            case BACKGROUND -> Words.of("content.claim-kind.background");
        };
    }
}

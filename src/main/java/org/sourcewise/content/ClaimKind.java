package org.sourcewise.content;

/** What the article does with a claim; telling these apart is part of what students learn. */
public enum ClaimKind {
    REPORTED_FACT("Reported fact"),
    FIGURE("Figure"),
    ANALYSIS("Analysis"),
    PREDICTION("Prediction"),
    BACKGROUND("Background");

    private final String label;

    ClaimKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.sourcewise.content.drafting;

import java.util.Locale;

/**
 * A number, date or name found in a sentence, at {@code [start, end)} of that sentence.
 *
 * @param unit for a plain count, the word after it ("tonnes" in "40 tonnes"), lower case; else empty
 */
public record Mention(Kind kind, String text, int start, int end, String unit) {

    /** What a mention is; {@link #family()} groups the kinds a distractor may be drawn from. */
    public enum Kind {
        COUNT(Family.NUMBER),
        PERCENT(Family.NUMBER),
        MONEY(Family.NUMBER),
        YEAR(Family.DATE),
        DATE(Family.DATE),
        NAME(Family.NAME);

        private final Family family;

        Kind(Family family) {
            this.family = family;
        }

        public Family family() {
            return family;
        }
    }

    public enum Family { NUMBER, DATE, NAME }

    public Mention {
        unit = unit == null ? "" : unit;
    }

    public Family family() {
        return kind.family();
    }

    /** The form two mentions are compared in: lower case, single spaces, no leading "the". */
    public String normalized() {
        String n = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        return n.startsWith("the ") ? n.substring(4) : n;
    }
}
